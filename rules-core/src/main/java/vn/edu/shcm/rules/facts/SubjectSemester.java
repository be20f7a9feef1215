package vn.edu.shcm.rules.facts;

/**
 * One subject of the plan in one semester, with the counted sessions that serve it: a subject of the plan's
 * {@code subjects[]}, or one that only a session names.
 *
 * @param subject the subject as the plan names it, trimmed
 * @param subjectIndex its index in the plan's {@code subjects}, or -1 for a subject only a session names
 * @param semester 1 or 2
 * @param sessions counted sessions in the semester that list it in {@code subjects} or
 *     {@code lessonStudySubjects}
 * @param lessonStudySessions counted sessions in the semester that hold lesson study in it: those that list it in
 *     {@code lessonStudySubjects}, and LESSON_STUDY sessions without {@code lessonStudySubjects} that list it in
 *     {@code subjects}
 * @param namedAt for a subject only a session names, the JSON pointer of the first session's entry naming it;
 *     null for a subject of {@code subjects[]}
 */
public record SubjectSemester(String subject, int subjectIndex, int semester, int sessions,
                              int lessonStudySessions, String namedAt) {

    /** Returns the fact of a subject of the plan's {@code subjects[]}. */
    public SubjectSemester(String subject, int subjectIndex, int semester, int sessions, int lessonStudySessions) {
        this(subject, subjectIndex, semester, sessions, lessonStudySessions, null);
    }

    /** Tells whether the plan's {@code subjects[]} lists the subject. */
    public boolean declared() {
        return namedAt == null;
    }

    /** Returns the JSON pointer of the subject, e.g. {@code /subjects/1}, or where a session first names it. */
    public String path() {
        return namedAt != null ? namedAt : "/subjects/" + subjectIndex;
    }
}
