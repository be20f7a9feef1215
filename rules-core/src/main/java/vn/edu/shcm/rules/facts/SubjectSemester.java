package vn.edu.shcm.rules.facts;

/**
 * One subject of the plan in one semester, with the counted sessions that serve it.
 *
 * @param subject the subject as the plan names it, trimmed
 * @param subjectIndex its index in the plan's {@code subjects}
 * @param semester 1 or 2
 * @param sessions counted sessions in the semester that list it in {@code subjects} or
 *     {@code lessonStudySubjects}
 * @param lessonStudySessions counted sessions in the semester that hold lesson study in it
 */
public record SubjectSemester(String subject, int subjectIndex, int semester, int sessions,
                              int lessonStudySessions) {

    /** Returns the JSON pointer of the subject, e.g. {@code /subjects/1}. */
    public String path() {
        return "/subjects/" + subjectIndex;
    }
}
