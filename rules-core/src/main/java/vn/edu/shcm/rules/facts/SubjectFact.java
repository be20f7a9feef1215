package vn.edu.shcm.rules.facts;

import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * A subject of the plan ({@code subjects[]}) with the teacher assigned to lead it.
 *
 * @param index its index in the plan's {@code subjects}
 * @param assignment the subject and its lead teacher as the plan gives them
 */
public record SubjectFact(int index, SubjectAssignment assignment) {

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

    /** Tells whether the plan names a lead teacher (not null, not blank). */
    public boolean hasLeadTeacher() {
        return assignment.leadTeacher() != null && !assignment.leadTeacher().isBlank();
    }

    /**
     * Tells whether this subject's lead teacher is the same person as {@code other}'s, names compared as
     * {@link Names#normalize(String)} does; false when either names none.
     */
    public boolean sameLeadTeacher(SubjectFact other) {
        return hasLeadTeacher() && other.hasLeadTeacher()
                && Names.normalize(leadTeacher()).equals(Names.normalize(other.leadTeacher()));
    }
}
