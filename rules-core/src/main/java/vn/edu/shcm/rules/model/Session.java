package vn.edu.shcm.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One professional meeting (buổi sinh hoạt chuyên môn) of a plan: when, where, who hosts it, what it holds,
 * how it was prepared and what was reported after it.
 *
 * <p>Lists are never null; a missing {@code status} is {@link SessionStatus#PLANNED}; missing milestones, minutes
 * and result report are the records' {@code NONE} values. A missing {@code format} stays null: such a session
 * counts as neither in person nor online.
 *
 * @param id the session's id, unique within the plan; required
 * @param date the day of the session; required
 * @param originalDate the day it was first fixed on, when it was moved, or null
 * @param changeApprovedOn the day the move was approved, or null
 * @param changeNotified the cluster's schools were told of the move
 * @param status planned, held or cancelled
 * @param format in person, online or hybrid, or null
 * @param host the member id of the hosting school (CLUSTER and NETWORK plans), or null
 * @param location where it takes place, or null
 * @param content what it is about, or null
 * @param activities the kinds of activity it holds
 * @param contentAreas the content areas it belongs to (Tuyên Quang section II)
 * @param subjects the subjects it serves
 * @param lessonStudySubjects the subjects in which it holds lesson study
 * @param participants who takes part, or null
 * @param personInCharge who is in charge, or null
 * @param objective its objective, or null
 * @param expectedResult the expected result, or null
 * @param milestones its preparatory steps
 * @param minutes what its minutes record
 * @param resultReport the report on its results
 * @param initiativesBy the member ids that presented an initiative of their own at it
 */
public record Session(String id, LocalDate date, LocalDate originalDate, LocalDate changeApprovedOn,
                      boolean changeNotified, SessionStatus status, SessionFormat format, String host,
                      String location, String content, List<Activity> activities, List<ContentArea> contentAreas,
                      List<String> subjects, List<String> lessonStudySubjects, String participants,
                      String personInCharge, String objective, String expectedResult, Milestones milestones,
                      Minutes minutes, ResultReport resultReport, List<String> initiativesBy) {

    /** Copies the lists and replaces absent values by their defaults. */
    public Session {
        status = Objects.requireNonNullElse(status, SessionStatus.PLANNED);
        activities = Copies.list("activities", activities);
        contentAreas = Copies.list("contentAreas", contentAreas);
        subjects = Copies.list("subjects", subjects);
        lessonStudySubjects = Copies.list("lessonStudySubjects", lessonStudySubjects);
        milestones = Objects.requireNonNullElse(milestones, Milestones.NONE);
        minutes = Objects.requireNonNullElse(minutes, Minutes.NONE);
        resultReport = Objects.requireNonNullElse(resultReport, ResultReport.NONE);
        initiativesBy = Copies.list("initiativesBy", initiativesBy);
    }

    /** Returns a builder for a session with the given id and date and nothing else. */
    public static Builder builder(String id, LocalDate date) {
        return new Builder(new Session(id, date, null, null, false, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null));
    }

    /** Returns a builder holding this session's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Tells whether the session counts toward frequencies and minimums (status PLANNED or HELD). */
    public boolean counts() {
        return status.counts();
    }

    /** Tells whether the session is held in person (format IN_PERSON or HYBRID). */
    public boolean inPerson() {
        return format != null && format.inPerson();
    }

    /** Builds {@link Session}; not thread-safe. */
    public static final class Builder {
        private String id;
        private LocalDate date;
        private LocalDate originalDate;
        private LocalDate changeApprovedOn;
        private boolean changeNotified;
        private SessionStatus status;
        private SessionFormat format;
        private String host;
        private String location;
        private String content;
        private List<Activity> activities;
        private List<ContentArea> contentAreas;
        private List<String> subjects;
        private List<String> lessonStudySubjects;
        private String participants;
        private String personInCharge;
        private String objective;
        private String expectedResult;
        private Milestones milestones;
        private Minutes minutes;
        private ResultReport resultReport;
        private List<String> initiativesBy;

        private Builder(Session s) {
            id = s.id;
            date = s.date;
            originalDate = s.originalDate;
            changeApprovedOn = s.changeApprovedOn;
            changeNotified = s.changeNotified;
            status = s.status;
            format = s.format;
            host = s.host;
            location = s.location;
            content = s.content;
            activities = s.activities;
            contentAreas = s.contentAreas;
            subjects = s.subjects;
            lessonStudySubjects = s.lessonStudySubjects;
            participants = s.participants;
            personInCharge = s.personInCharge;
            objective = s.objective;
            expectedResult = s.expectedResult;
            milestones = s.milestones;
            minutes = s.minutes;
            resultReport = s.resultReport;
            initiativesBy = s.initiativesBy;
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the date. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Records that the session was moved from {@code originalDate}, approved and notified as given. */
        public Builder moved(LocalDate originalDate, LocalDate changeApprovedOn, boolean changeNotified) {
            this.originalDate = originalDate;
            this.changeApprovedOn = changeApprovedOn;
            this.changeNotified = changeNotified;
            return this;
        }

        /** Sets the status. */
        public Builder status(SessionStatus status) {
            this.status = status;
            return this;
        }

        /** Sets the format. */
        public Builder format(SessionFormat format) {
            this.format = format;
            return this;
        }

        /** Sets the hosting member's id. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Sets the location. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Sets the content. */
        public Builder content(String content) {
            this.content = content;
            return this;
        }

        /** Sets the activities. */
        public Builder activities(Activity... activities) {
            this.activities = List.of(activities);
            return this;
        }

        /** Sets the content areas. */
        public Builder contentAreas(ContentArea... contentAreas) {
            this.contentAreas = List.of(contentAreas);
            return this;
        }

        /** Sets the subjects. */
        public Builder subjects(String... subjects) {
            this.subjects = List.of(subjects);
            return this;
        }

        /** Sets the lesson-study subjects. */
        public Builder lessonStudySubjects(String... subjects) {
            this.lessonStudySubjects = List.of(subjects);
            return this;
        }

        /** Sets the participants. */
        public Builder participants(String participants) {
            this.participants = participants;
            return this;
        }

        /** Sets the person in charge. */
        public Builder personInCharge(String personInCharge) {
            this.personInCharge = personInCharge;
            return this;
        }

        /** Sets the objective. */
        public Builder objective(String objective) {
            this.objective = objective;
            return this;
        }

        /** Sets the expected result. */
        public Builder expectedResult(String expectedResult) {
            this.expectedResult = expectedResult;
            return this;
        }

        /** Sets the milestones. */
        public Builder milestones(Milestones milestones) {
            this.milestones = milestones;
            return this;
        }

        /** Sets the minutes. */
        public Builder minutes(Minutes minutes) {
            this.minutes = minutes;
            return this;
        }

        /** Sets the result report. */
        public Builder resultReport(ResultReport resultReport) {
            this.resultReport = resultReport;
            return this;
        }

        /** Sets the members that presented initiatives. */
        public Builder initiativesBy(String... memberIds) {
            this.initiativesBy = List.of(memberIds);
            return this;
        }

        /** Returns the session. */
        public Session build() {
            return new Session(id, date, originalDate, changeApprovedOn, changeNotified, status, format, host,
                    location, content, activities, contentAreas, subjects, lessonStudySubjects, participants,
                    personInCharge, objective, expectedResult, milestones, minutes, resultReport, initiativesBy);
        }
    }
}
