package vn.edu.shcm.rules.facts;

import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * A subject of the plan with the teacher assigned to lead it: an entry of {@code subjects[]}, or a subject that a
 * session names ({@code subjects} or {@code lessonStudySubjects}) but {@code subjects[]} does not list, which then
 * has no lead teacher.
 *
 * <p>A plan may list a subject more than once (subjects compare after trimming, composed and decomposed letters
 * alike); {@code firstLeadTeacher} then tells who an earlier entry already assigned.
 *
 * @param index its index in the plan's {@code subjects}, or -1 for a subject only a session names
 * @param assignment the subject and its lead teacher as the plan gives them (none for a subject only a session
 *     names)
 * @param firstLeadTeacher the lead teacher of the first earlier entry of the same subject that names one, or null
 *     when no earlier entry does
 * @param namedAt for a subject only a session names, the JSON pointer of the first session's entry naming it
 *     (e.g. {@code /sessions/2/subjects/0}); null for an entry of {@code subjects[]}
 */
public record SubjectFact(int index, SubjectAssignment assignment, String firstLeadTeacher, String namedAt) {

    /** Returns the fact of an entry of the plan's {@code subjects[]}. */
    public SubjectFact(int index, SubjectAssignment assignment, String firstLeadTeacher) {
        this(index, assignment, firstLeadTeacher, null);
    }

    /** Tells whether the plan's {@code subjects[]} lists the subject. */
    public boolean declared() {
        return namedAt == null;
    }

    /** Returns the JSON pointer of the subject, e.g. {@code /subjects/1}, or where a session names it. */
    public String path() {
        return namedAt != null ? namedAt : "/subjects/" + index;
    }

    /**
     * Returns the JSON pointer of a field of the subject, e.g. {@code /subjects/1/leadTeacher}; for a subject only
     * a session names, where the session names it.
     */
    public String path(String field) {
        return namedAt != null ? namedAt : path() + "/" + field;
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
        return Texts.present(assignment.leadTeacher());
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
