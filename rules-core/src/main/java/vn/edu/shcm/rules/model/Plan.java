package vn.edu.shcm.rules.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A professional-meeting plan (kế hoạch sinh hoạt chuyên môn) for one school year: who makes it, its sessions,
 * and the reports and products that follow; the root of the exchange format.
 *
 * <p>The record holds what the plan says, right or wrong: required fields may still be null here, and the
 * checker reports them as input errors with their JSON paths. Lists are never null.
 *
 * @param id the plan's id; required
 * @param schoolYear the school year; required
 * @param level the level of education; required
 * @param scope the setting of the meetings; required
 * @param province the province or centrally-run city the plan belongs to, by its name on the list in force
 *     since 1/7/2025 (see {@link vn.edu.shcm.rules.Jurisdiction}), or null; it chooses the packs that apply
 * @param cluster the cluster (required for CLUSTER and NETWORK plans), or null
 * @param calendar the plan's own school-year dates and extra days off, or null
 * @param objectives the plan's objectives
 * @param funding the funding (kinh phí), or null
 * @param submittedOn the day the plan was sent to the education office, or null
 * @param subjects the subjects the plan covers, with their lead teachers
 * @param sessions the sessions
 * @param reports the reports sent
 * @param products the products proposed for replication
 * @param workshopFile what the workshop's file holds (WORKSHOP plans), or null
 */
public record Plan(String id, SchoolYear schoolYear, Level level, Scope scope, String province, Cluster cluster,
                   PlanCalendar calendar, List<String> objectives, String funding, LocalDate submittedOn,
                   List<SubjectAssignment> subjects, List<Session> sessions, List<Report> reports,
                   List<Product> products, WorkshopFile workshopFile) {

    /** Copies the lists; a null list becomes empty. */
    public Plan {
        objectives = Copies.list("objectives", objectives);
        subjects = Copies.list("subjects", subjects);
        sessions = Copies.list("sessions", sessions);
        reports = Copies.list("reports", reports);
        products = Copies.list("products", products);
    }

    /** Returns a builder for a plan with the given identity and nothing else. */
    public static Builder builder(String id, SchoolYear schoolYear, Level level, Scope scope) {
        return new Builder(new Plan(id, schoolYear, level, scope, null, null, null, null, null, null, null, null,
                null, null, null));
    }

    /** Returns a builder holding this plan's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link Plan}; not thread-safe. */
    public static final class Builder {
        private String id;
        private SchoolYear schoolYear;
        private Level level;
        private Scope scope;
        private String province;
        private Cluster cluster;
        private PlanCalendar calendar;
        private List<String> objectives;
        private String funding;
        private LocalDate submittedOn;
        private List<SubjectAssignment> subjects;
        private List<Session> sessions;
        private List<Report> reports;
        private List<Product> products;
        private WorkshopFile workshopFile;

        private Builder(Plan p) {
            id = p.id;
            schoolYear = p.schoolYear;
            level = p.level;
            scope = p.scope;
            province = p.province;
            cluster = p.cluster;
            calendar = p.calendar;
            objectives = p.objectives;
            funding = p.funding;
            submittedOn = p.submittedOn;
            subjects = p.subjects;
            sessions = p.sessions;
            reports = p.reports;
            products = p.products;
            workshopFile = p.workshopFile;
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the school year. */
        public Builder schoolYear(SchoolYear schoolYear) {
            this.schoolYear = schoolYear;
            return this;
        }

        /** Sets the level. */
        public Builder level(Level level) {
            this.level = level;
            return this;
        }

        /** Sets the scope. */
        public Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        /** Sets the province (its name on the list in force since 1/7/2025), or null. */
        public Builder province(String province) {
            this.province = province;
            return this;
        }

        /** Sets the cluster. */
        public Builder cluster(Cluster cluster) {
            this.cluster = cluster;
            return this;
        }

        /** Sets the plan's own calendar. */
        public Builder calendar(PlanCalendar calendar) {
            this.calendar = calendar;
            return this;
        }

        /** Sets the objectives. */
        public Builder objectives(String... objectives) {
            this.objectives = Arrays.asList(objectives);
            return this;
        }

        /** Sets the funding. */
        public Builder funding(String funding) {
            this.funding = funding;
            return this;
        }

        /** Sets the day the plan was sent. */
        public Builder submittedOn(LocalDate submittedOn) {
            this.submittedOn = submittedOn;
            return this;
        }

        /** Sets the subjects. */
        public Builder subjects(List<SubjectAssignment> subjects) {
            this.subjects = subjects;
            return this;
        }

        /** Sets the sessions. */
        public Builder sessions(List<Session> sessions) {
            this.sessions = sessions;
            return this;
        }

        /** Sets the sessions. */
        public Builder sessions(Session... sessions) {
            return sessions(Arrays.asList(sessions));
        }

        /** Sets the reports. */
        public Builder reports(List<Report> reports) {
            this.reports = reports;
            return this;
        }

        /** Sets the reports. */
        public Builder reports(Report... reports) {
            return reports(Arrays.asList(reports));
        }

        /** Sets the products. */
        public Builder products(List<Product> products) {
            this.products = products;
            return this;
        }

        /** Sets the workshop file. */
        public Builder workshopFile(WorkshopFile workshopFile) {
            this.workshopFile = workshopFile;
            return this;
        }

        /** Returns the plan. */
        public Plan build() {
            return new Plan(id, schoolYear, level, scope, province, cluster, calendar, objectives, funding, submittedOn,
                    subjects, sessions, reports, products, workshopFile);
        }
    }
}
