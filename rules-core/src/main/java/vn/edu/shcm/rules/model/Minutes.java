package vn.edu.shcm.rules.model;

/**
 * What a session's minutes (biên bản) record.
 *
 * @param time the time of the session is recorded
 * @param place the place is recorded
 * @param participants the participants are recorded
 * @param content the content is recorded
 * @param chairConfirmed the chair confirmed the minutes
 */
public record Minutes(boolean time, boolean place, boolean participants, boolean content, boolean chairConfirmed) {

    /** Minutes that record nothing: what a session without minutes has. */
    public static final Minutes NONE = new Minutes(false, false, false, false, false);

    /** Tells whether the minutes record time, place, participants and content and are confirmed by the chair. */
    public boolean complete() {
        return time && place && participants && content && chairConfirmed;
    }
}
