package vn.edu.shcm.rules.facts;

import java.time.LocalDate;

/**
 * Something the plan must deliver by a due date, and the day it was delivered if it was: the plan itself,
 * a report, a session's result report or one of its milestones.
 *
 * <p>There is one deliverable of each plan-level kind and one of each session-level kind per session, whether
 * delivered or not, so a rule can judge a missing one. When a report kind appears several times the earliest
 * delivery counts.
 *
 * @param kind what it is
 * @param path the JSON pointer where the plan records its delivery (e.g. {@code /reports/1/submittedOn}),
 *     or where it would (e.g. {@code /reports} when no report of the kind is listed)
 * @param deliveredOn the day it was delivered, or null
 * @param session the session it belongs to, or null for plan-level deliverables
 */
public record Deliverable(DeliverableKind kind, String path, LocalDate deliveredOn, SessionFact session) {

    /** Returns the name of the field that records it, the last segment of its path (e.g. {@code approvedOn}). */
    public String field() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Tells whether it was delivered at all. */
    public boolean delivered() {
        return deliveredOn != null;
    }

    /** Tells whether it was delivered on or before {@code due}. */
    public boolean deliveredBy(LocalDate due) {
        return deliveredOn != null && due != null && !deliveredOn.isAfter(due);
    }
}
