package vn.edu.shcm.rules.facts;

/** What a deliverable is: a document sent by a due date, or a preparatory step of a session. */
public enum DeliverableKind {
    /** The plan sent to the education office. */
    PLAN,
    /** The head and deputy reported to the standing office. */
    ROLES_REPORT,
    /** The semester-I report. */
    SEMESTER_1_REPORT,
    /** The mid-year report. */
    MID_YEAR_REPORT,
    /** The year-end report. */
    YEAR_END_REPORT,
    /** A product proposed to the Sở for replication: the earliest {@code products[].proposedOn}. */
    REPLICATION_PRODUCT,
    /** A session's result report (or results notice). */
    SESSION_RESULT_REPORT,
    /** A session's preparation assigned ({@code preparationAssignedOn}). */
    PREPARATION_ASSIGNED,
    /** A session's review meeting ({@code reviewMeetingOn}). */
    REVIEW_MEETING,
    /** A session's signed approval ({@code approvedOn}). */
    APPROVAL,
    /** A session's content announced ({@code contentAnnouncedOn}). */
    CONTENT_ANNOUNCED,
    /** A session's content approved ({@code contentApprovedOn}). */
    CONTENT_APPROVED,
    /** A session's invitation sent ({@code invitationSentOn}). */
    INVITATION,
    /** A workshop's discussion questions sent ({@code questionsSentOn}). */
    QUESTIONS_SENT;

    /** Tells whether this is a preparatory step of a session (a milestone). */
    public boolean milestone() {
        return ordinal() >= PREPARATION_ASSIGNED.ordinal();
    }
}
