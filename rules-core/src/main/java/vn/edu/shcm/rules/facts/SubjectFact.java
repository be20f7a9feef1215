package vn.edu.shcm.rules.facts;

import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * A subject of the plan ({@code subjects[]}) with the teacher assigned to lead it.
 *
 * <p>A plan may list a subject more than once (subjects compare after trimming, composed and decomposed letters
 * alike); {@code firstLeadTeacher} then tells who an earlier entry already assigned.
 *
 * @param index its index in the plan's {@code subjects}
 * @param assignment the subject and its lead teacher as the plan gives them
 * @param firstLeadTeacher the lead teacher of the first earlier entry of the same subject that names one, or null
 *     when no earlier entry does
 */
public record SubjectFact(int index, SubjectAssignment assignment, String firstLeadTeacher) {

    /** Returns the JSON pointer of the subject, e.g. {@code /subjects/1}. */
    public String path() {
        return "/subjects/" + index;
    }

    /** Returns the JSON pointer of a field of the subject, e.g. {@code /subjects/1/leadTeacher}. */
    public String path(String field) {
        return path() + "/" + field;
    }

    /** Returns the subject as the plan names it, trimmed (subjects are compared after trimming). */
    public String subject() {
        return assignment.subject().trim();
    }

    /** Returns the lead teacher as the plan gives it, or null. */
    public String leadTeacher() {
        return assignment.leadTeacher();
    }

    /** Tells whether this entry names a lead teacher (not null, not blank). */
    public boolean hasLeadTeacher() {
        return assignment.leadTeacher() != null && !assignment.leadTeacher().isBlank();
    }

    /**
     * Tells whether this entry assigns the subject a lead teacher other than the one an earlier entry assigned,
     * names compared as {@link Names#normalize(String)} does.
     */
    public boolean anotherLeadTeacher() {
        return hasLeadTeacher() && firstLeadTeacher != null
                && !Names.normalize(leadTeacher()).equals(Names.normalize(firstLeadTeacher));
    }
}
