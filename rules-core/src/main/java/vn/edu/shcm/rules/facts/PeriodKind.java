package vn.edu.shcm.rules.facts;

/** The kinds of period a school year is counted in. */
public enum PeriodKind {
    /** The whole school year. */
    SCHOOL_YEAR,
    /** Semester I or II. */
    SEMESTER,
    /** A calendar quarter that overlaps the school year. */
    QUARTER
}
