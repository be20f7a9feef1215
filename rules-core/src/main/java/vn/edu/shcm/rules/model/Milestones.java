package vn.edu.shcm.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The preparatory steps of a session and the days they were taken; each date is null until it is.
 *
 * @param preparationAssignedOn preparation assigned to the members (phân công chuẩn bị)
 * @param reviewMeetingOn the review meeting with subject leads (họp rà soát nội dung)
 * @param approvedOn the head's signed approval to hold the session (ký xác nhận đồng ý)
 * @param contentAnnouncedOn content announced and tasks assigned (thông báo nội dung, phân công)
 * @param contentApprovedOn the prepared content checked and approved (kiểm tra, duyệt nội dung)
 * @param invitationSentOn the invitation sent (gửi thư mời)
 * @param invitees who the invitation went to; never null
 * @param questionsSentOn discussion questions sent to delegates (gửi câu hỏi thảo luận)
 */
public record Milestones(LocalDate preparationAssignedOn, LocalDate reviewMeetingOn, LocalDate approvedOn,
                         LocalDate contentAnnouncedOn, LocalDate contentApprovedOn, LocalDate invitationSentOn,
                         List<Invitee> invitees, LocalDate questionsSentOn) {

    /** The milestones of a session that records none. */
    public static final Milestones NONE = new Milestones(null, null, null, null, null, null, List.of(), null);

    /** Copies {@code invitees}; a null list becomes empty. */
    public Milestones {
        invitees = Copies.list("invitees", invitees);
    }

    /** Returns a builder holding this record's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder(NONE);
    }

    /** Builds {@link Milestones}; not thread-safe. */
    public static final class Builder {
        private LocalDate preparationAssignedOn;
        private LocalDate reviewMeetingOn;
        private LocalDate approvedOn;
        private LocalDate contentAnnouncedOn;
        private LocalDate contentApprovedOn;
        private LocalDate invitationSentOn;
        private List<Invitee> invitees;
        private LocalDate questionsSentOn;

        private Builder(Milestones m) {
            preparationAssignedOn = m.preparationAssignedOn;
            reviewMeetingOn = m.reviewMeetingOn;
            approvedOn = m.approvedOn;
            contentAnnouncedOn = m.contentAnnouncedOn;
            contentApprovedOn = m.contentApprovedOn;
            invitationSentOn = m.invitationSentOn;
            invitees = m.invitees;
            questionsSentOn = m.questionsSentOn;
        }

        /** Sets {@code preparationAssignedOn}. */
        public Builder preparationAssignedOn(LocalDate date) {
            this.preparationAssignedOn = date;
            return this;
        }

        /** Sets {@code reviewMeetingOn}. */
        public Builder reviewMeetingOn(LocalDate date) {
            this.reviewMeetingOn = date;
            return this;
        }

        /** Sets {@code approvedOn}. */
        public Builder approvedOn(LocalDate date) {
            this.approvedOn = date;
            return this;
        }

        /** Sets {@code contentAnnouncedOn}. */
        public Builder contentAnnouncedOn(LocalDate date) {
            this.contentAnnouncedOn = date;
            return this;
        }

        /** Sets {@code contentApprovedOn}. */
        public Builder contentApprovedOn(LocalDate date) {
            this.contentApprovedOn = date;
            return this;
        }

        /** Sets {@code invitationSentOn} and the invitees. */
        public Builder invitation(LocalDate sentOn, Invitee... invitees) {
            this.invitationSentOn = sentOn;
            this.invitees = List.of(invitees);
            return this;
        }

        /** Sets {@code invitationSentOn}. */
        public Builder invitationSentOn(LocalDate date) {
            this.invitationSentOn = date;
            return this;
        }

        /** Sets the invitees. */
        public Builder invitees(List<Invitee> invitees) {
            this.invitees = invitees;
            return this;
        }

        /** Sets {@code questionsSentOn}. */
        public Builder questionsSentOn(LocalDate date) {
            this.questionsSentOn = date;
            return this;
        }

        /** Returns the milestones. */
        public Milestones build() {
            return new Milestones(preparationAssignedOn, reviewMeetingOn, approvedOn, contentAnnouncedOn,
                    contentApprovedOn, invitationSentOn, invitees, questionsSentOn);
        }
    }
}
