package vn.edu.shcm.rules.facts;

import java.time.LocalDate;

/**
 * Two milestones of one session out of their natural order: {@code earlier} should come first but is dated
 * after {@code later}.
 *
 * @param earlier the name of the milestone that should come first, e.g. {@code preparationAssignedOn}
 * @param earlierOn its date
 * @param later the name of the milestone that should come after it, e.g. {@code reviewMeetingOn}
 * @param laterOn its date, before {@code earlierOn}
 */
public record MilestonePair(String earlier, LocalDate earlierOn, String later, LocalDate laterOn) {
}
