package vn.edu.shcm.rules.model;

/** What a report delivered by the cluster or group is about. */
public enum ReportKind {
    /** The plan itself, when it is sent separately from the plan's {@code submittedOn}. */
    PLAN,
    /** The report on semester I. */
    SEMESTER_1,
    /** The mid-year report. */
    MID_YEAR,
    /** The report on the whole school year. */
    YEAR_END,
    /** The report naming the head and the deputy. */
    ROLES
}
