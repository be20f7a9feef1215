package vn.edu.shcm.rules.benchmarks;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.Coverage;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.internal.CalendarResolver;
import vn.edu.shcm.rules.internal.MessageFormatter;
import vn.edu.shcm.rules.internal.PackDescriptor;
import vn.edu.shcm.rules.internal.PlanValidator;
import vn.edu.shcm.rules.internal.ResultOrder;
import vn.edu.shcm.rules.internal.Text;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionStatus;

/**
 * Checks a CLUSTER plan against {@code laocai-phothong-2025} in plain Java, without Drools and without deriving
 * facts: the floor the Drools check is measured against.
 *
 * <p>It hand-writes, as loops over the plan, the rules that run for a CLUSTER plan (the eleven CLUSTER rules,
 * {@code no-administrative-content}, which runs in every scope, and the four {@code core:} rules), and does what
 * {@link Checker#check(Plan, String, LocalDate)} does around them: validation, the pack's coverage, the school
 * calendar, and the same sort. Messages come from the pack's {@code pack.json} and the core's {@code core.json},
 * formatted by the library's {@link MessageFormatter}; so the result is the same {@link CheckResult}, field for
 * field, as the Drools check's (the benchmarks module's tests hold it to that). Immutable and thread-safe.
 */
public final class LaoCaiClusterFloor {

    /** The pack whose CLUSTER rules this floor implements. */
    public static final String PACK_ID = "laocai-phothong-2025";

    private static final String PACK_JSON = "/vn/edu/shcm/rules/phothong/laocai2025/pack.json";
    private static final String CORE_JSON = "/vn/edu/shcm/rules/core/core.json";

    private static final String P = PACK_ID + ":";
    private static final String SEMESTER = P + "cluster-session-per-semester";
    private static final String LESSON_STUDY = P + "cluster-lesson-study-subjects";
    private static final String PREPARATION = P + "cluster-prep-lead-time";
    private static final String REVIEW = P + "cluster-review-lead-time";
    private static final String APPROVAL = P + "cluster-head-approval";
    private static final String PLAN_FIELDS = P + "cluster-plan-fields";
    private static final String CULTURAL_SPORTS = P + "no-cultural-sports";
    private static final String ADMINISTRATIVE = P + "no-administrative-content";
    private static final String RESULTS_NOTICE = P + "cluster-results-notice";
    private static final String PLAN_DEADLINE = P + "plan-deadline";
    private static final String YEAR_REPORT = P + "year-report-deadline";
    private static final String HEAD_ROTATION = P + "cluster-head-rotation";
    private static final String OUTSIDE_YEAR = "core:session-outside-school-year";
    private static final String HEAD_IS_DEPUTY = "core:head-is-deputy";
    private static final String MILESTONE_AFTER = "core:milestone-after-session";
    private static final String MILESTONE_ORDER = "core:milestone-order";

    /** The milestones, in the exchange format's order: the core rules judge them in it. */
    private static final List<String> MILESTONES = List.of("preparationAssignedOn", "reviewMeetingOn",
            "approvedOn", "contentAnnouncedOn", "contentApprovedOn", "invitationSentOn", "questionsSentOn");

    /** The natural orders of milestones (core:milestone-order), each checked pairwise among its dated links. */
    private static final List<List<String>> MILESTONE_CHAINS = List.of(
            List.of("preparationAssignedOn", "reviewMeetingOn", "approvedOn"),
            List.of("contentAnnouncedOn", "contentApprovedOn"));

    /** The session fields cluster-plan-fields asks for (the date, its "time", is required by the format). */
    private static final List<String> SESSION_FIELDS = List.of("location", "participants", "content", "objective");

    /** The names of the fields messages quote, as the library names them. */
    private static final Map<String, Text> FIELD_LABELS = Map.ofEntries(
            Map.entry("location", new Text("địa điểm", "location")),
            Map.entry("participants", new Text("thành phần tham dự", "participants")),
            Map.entry("content", new Text("nội dung", "content")),
            Map.entry("objective", new Text("mục tiêu", "objective")),
            Map.entry("preparationAssignedOn", new Text("phân công chuẩn bị", "preparation assigned")),
            Map.entry("reviewMeetingOn", new Text("họp rà soát nội dung", "review meeting")),
            Map.entry("approvedOn", new Text("ký xác nhận đồng ý tổ chức", "signed approval")),
            Map.entry("contentAnnouncedOn", new Text("thông báo nội dung, phân công nhiệm vụ", "content announced")),
            Map.entry("contentApprovedOn", new Text("kiểm tra, duyệt nội dung", "content approved")),
            Map.entry("invitationSentOn", new Text("gửi thư mời", "invitation sent")),
            Map.entry("questionsSentOn", new Text("gửi câu hỏi thảo luận", "discussion questions sent")));

    private static final Text[] SEMESTER_NAMES = {
        new Text("học kỳ I", "semester I"), new Text("học kỳ II", "semester II")};

    /** What a results notice must attach, in the guideline's order. */
    private static final List<Attachment> NOTICE_ATTACHMENTS = List.of(Attachment.LESSON_PLANS,
            Attachment.TOPIC_REPORTS);

    /** One rule: what the DRL's metadata says of it and the descriptor's texts. */
    private record RuleDef(String id, Severity severity, Citation citation, Map<String, Text> messages,
                           Text deliverable) {

        Text message(String key) {
            Text t = messages.get(key);
            if (t == null) {
                throw new IllegalStateException("rule " + id + " has no message \"" + key + "\"");
            }
            return t;
        }
    }

    private final Coverage coverage;
    private final Map<String, RuleDef> rules = new HashMap<>();

    private LaoCaiClusterFloor() {
        PackDescriptor pack = read(PACK_JSON);
        PackDescriptor core = read(CORE_JSON);
        PackDescriptor.CoverageSpec c = pack.coverage();
        this.coverage = new Coverage(EnumSet.copyOf(c.levels()), EnumSet.copyOf(c.scopes()),
                SchoolYear.parse(c.firstYear()), c.lastYear() == null ? null : SchoolYear.parse(c.lastYear()));
        // severities and clauses as the DRL files' @severity and @source say
        define(pack, SEMESTER, Severity.ERROR, "II.2.2.b");
        define(pack, LESSON_STUDY, Severity.ERROR, "II.2.2.b");
        define(pack, PREPARATION, Severity.ERROR, "II.2.2.c");
        define(pack, REVIEW, Severity.ERROR, "II.2.2.c");
        define(pack, APPROVAL, Severity.ERROR, "II.2.2.c");
        define(pack, PLAN_FIELDS, Severity.ERROR, "II.2.2.b");
        define(pack, CULTURAL_SPORTS, Severity.ERROR, "I.2");
        define(pack, ADMINISTRATIVE, Severity.ERROR, "I.2");
        define(pack, RESULTS_NOTICE, Severity.ERROR, "II.2.2.d");
        define(pack, PLAN_DEADLINE, Severity.ERROR, "III.3");
        define(pack, YEAR_REPORT, Severity.ERROR, "III.3");
        define(pack, HEAD_ROTATION, Severity.WARNING, "II.2.2.a");
        define(core, OUTSIDE_YEAR, Severity.ERROR, "core");
        define(core, HEAD_IS_DEPUTY, Severity.ERROR, "core");
        define(core, MILESTONE_AFTER, Severity.ERROR, "core");
        define(core, MILESTONE_ORDER, Severity.WARNING, "core");
    }

    /** Returns a floor that reads the pack's texts from the class path (the {@code rules-phothong} jar). */
    public static LaoCaiClusterFloor create() {
        return new LaoCaiClusterFloor();
    }

    private static PackDescriptor read(String resource) {
        InputStream in = LaoCaiClusterFloor.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("pack descriptor " + resource + " is not on the class path");
        }
        return PackDescriptor.read(in, resource);
    }

    private void define(PackDescriptor d, String id, Severity severity, String section) {
        PackDescriptor.RuleTexts t = d.rules().get(id);
        if (t == null) {
            throw new IllegalStateException("pack " + d.id() + " has no rule " + id);
        }
        rules.put(id, new RuleDef(id, severity, new Citation(d.source().citationText(), section), t.messages(),
                t.deliverable()));
    }

    /**
     * Checks a CLUSTER plan as of the given day, as {@code Checker.check(plan, "laocai-phothong-2025", asOf)} does
     * with the built-in school calendars.
     *
     * @throws InvalidPlanException if the plan cannot be checked (every problem listed), or the pack does not
     *     cover it
     * @throws IllegalArgumentException if the plan's scope is not CLUSTER: the floor implements no other
     */
    public CheckResult check(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        List<PlanProblem> problems = PlanValidator.problems(plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
        problems = coverageProblems(plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(null, problems);
        }
        if (plan.scope() != Scope.CLUSTER) {
            throw new IllegalArgumentException("the floor implements the CLUSTER rules only, not scope "
                    + plan.scope());
        }
        SchoolCalendar calendar = CalendarResolver.resolve(plan, Map.of());
        Run run = new Run(plan, calendar, asOf);
        run.check();
        ResultOrder.sortViolations(run.violations);
        ResultOrder.sortObligations(run.obligations);
        return new CheckResult(plan.id(), List.of(PACK_ID), asOf, run.violations, run.obligations);
    }

    /** The coverage check of {@link Checker}, with its messages. */
    private List<PlanProblem> coverageProblems(Plan plan) {
        Coverage c = coverage;
        List<PlanProblem> problems = new ArrayList<>();
        if (!c.levels().contains(plan.level())) {
            problems.add(new PlanProblem("/level",
                    "Bộ quy tắc " + PACK_ID + " áp dụng cho cấp " + c.levelLabels() + ", không áp dụng cho kế hoạch "
                            + "cấp " + plan.level().label() + ".",
                    "Pack " + PACK_ID + " covers level(s) " + c.levels().stream().sorted().toList()
                            + ", not this plan's " + plan.level() + ".", plan.level().name()));
        }
        if (!c.scopes().contains(plan.scope())) {
            problems.add(new PlanProblem("/scope",
                    "Bộ quy tắc " + PACK_ID + " áp dụng cho " + c.scopeLabels() + ", không áp dụng cho kế hoạch "
                            + plan.scope().label() + ".",
                    "Pack " + PACK_ID + " covers scope(s) " + c.scopes().stream().sorted().toList()
                            + ", not this plan's " + plan.scope() + ".", plan.scope().name()));
        }
        if (!c.covers(plan.schoolYear())) {
            problems.add(new PlanProblem("/schoolYear",
                    "Bộ quy tắc " + PACK_ID + " áp dụng " + c.years() + ", không áp dụng cho năm học "
                            + plan.schoolYear() + ".",
                    "Pack " + PACK_ID + " covers school years " + c.yearsEn() + ", not " + plan.schoolYear() + ".",
                    plan.schoolYear().toString()));
        }
        return problems;
    }

    /** One check: the plan, its calendar and as-of date, and what the rules found. */
    private final class Run {
        private final Plan plan;
        private final SchoolCalendar calendar;
        private final LocalDate asOf;
        private final List<Violation> violations = new ArrayList<>();
        private final List<Obligation> obligations = new ArrayList<>();

        Run(Plan plan, SchoolCalendar calendar, LocalDate asOf) {
            this.plan = plan;
            this.calendar = calendar;
            this.asOf = asOf;
        }

        void check() {
            LocalDate yearReportDue = LocalDate.of(plan.schoolYear().endYear(), 5, 30);
            int[] perSemester = new int[3];
            List<Session> sessions = plan.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                Session s = sessions.get(i);
                String path = "/sessions/" + i;
                coreSession(s, path);
                if (!s.counts()) {
                    continue;
                }
                perSemester[calendar.semesterOf(s.date())]++;
                lessonStudy(s, path);
                preparation(s, path);
                planFields(s, path);
                forbidden(s, path, Activity.CULTURAL_SPORTS, CULTURAL_SPORTS);
                forbidden(s, path, Activity.ADMINISTRATIVE, ADMINISTRATIVE);
                if (s.status() == SessionStatus.HELD) {
                    resultsNotice(s, path, yearReportDue);
                }
            }
            for (int semester = 1; semester <= 2; semester++) {
                if (perSemester[semester] < 1) {
                    Finding f = at(SEMESTER, "/sessions").with("semester", "HK" + semester)
                            .with("from", calendar.semesterStart(semester)).with("to", calendar.semesterEnd(semester))
                            .with("required", 1).with("actual", perSemester[semester])
                            .arg("semesterName", SEMESTER_NAMES[semester - 1]);
                    f.violation("default");
                }
            }
            headIsDeputy();
            planDeadline();
            yearReport(yearReportDue);
            headRotation();
        }

        /** core:session-outside-school-year, core:milestone-after-session, core:milestone-order. */
        private void coreSession(Session s, String path) {
            if (s.counts() && (s.date().isBefore(calendar.start()) || s.date().isAfter(calendar.end()))) {
                at(OUTSIDE_YEAR, path + "/date").with("date", s.date()).with("start", calendar.start())
                        .with("end", calendar.end()).violation("default");
            }
            Milestones m = s.milestones();
            for (String name : MILESTONES) {
                LocalDate on = milestone(m, name);
                if (on != null && on.isAfter(s.date())) {
                    at(MILESTONE_AFTER, path + "/milestones/" + name).with("milestone", name).with("actual", on)
                            .with("session", s.date()).arg("milestoneLabel", FIELD_LABELS.get(name))
                            .violation("default");
                }
            }
            for (List<String> chain : MILESTONE_CHAINS) {
                String before = null;
                LocalDate beforeOn = null;
                for (String name : chain) {
                    LocalDate on = milestone(m, name);
                    if (on == null) {
                        continue;
                    }
                    if (before != null && beforeOn.isAfter(on)) {
                        at(MILESTONE_ORDER, path + "/milestones/" + name).with("milestone", name).with("actual", on)
                                .with("before", before).with("beforeOn", beforeOn)
                                .arg("milestoneLabel", FIELD_LABELS.get(name))
                                .arg("beforeLabel", FIELD_LABELS.get(before))
                                .violation("default");
                    }
                    before = name;
                    beforeOn = on;
                }
            }
        }

        private void lessonStudy(Session s, String path) {
            Set<String> subjects = new HashSet<>();
            for (String subject : s.lessonStudySubjects()) {
                String stripped = subject.strip();
                if (!stripped.isEmpty()) {
                    subjects.add(stripped);
                }
            }
            if (subjects.size() < 5) {
                at(LESSON_STUDY, path + "/lessonStudySubjects").with("date", s.date()).with("required", 5)
                        .with("actual", subjects.size()).violation("default");
            }
        }

        /** cluster-prep-lead-time, cluster-review-lead-time, cluster-head-approval. */
        private void preparation(Session s, String path) {
            Milestones m = s.milestones();
            LocalDate prepDue = s.date().minusMonths(1);
            if (!deliveredBy(m.preparationAssignedOn(), prepDue)) {
                at(PREPARATION, path + "/milestones/preparationAssignedOn").with("session", s.date())
                        .deadline(m.preparationAssignedOn(), prepDue);
            }
            LocalDate reviewDue = s.date().minusDays(14);
            if (!deliveredBy(m.reviewMeetingOn(), reviewDue)) {
                at(REVIEW, path + "/milestones/reviewMeetingOn").with("session", s.date())
                        .deadline(m.reviewMeetingOn(), reviewDue);
            }
            LocalDate approvalDue = s.date().minusDays(1);
            LocalDate approved = m.approvedOn();
            LocalDate review = m.reviewMeetingOn();
            if (!deliveredBy(approved, approvalDue)) {
                at(APPROVAL, path + "/milestones/approvedOn").with("session", s.date())
                        .deadline(approved, approvalDue);
            } else if (review != null && approved.isBefore(review)) {
                at(APPROVAL, path + "/milestones/approvedOn").with("session", s.date())
                        .with("reviewMeetingOn", review).with("actual", approved).violation("before-review");
            }
        }

        private void planFields(Session s, String path) {
            for (String field : SESSION_FIELDS) {
                if (blank(sessionText(s, field))) {
                    at(PLAN_FIELDS, path + "/" + field).with("field", field)
                            .arg("fieldLabel", FIELD_LABELS.get(field)).with("date", s.date()).violation("session");
                }
            }
        }

        private void forbidden(Session s, String path, Activity activity, String rule) {
            int index = s.activities().indexOf(activity);
            if (index >= 0) {
                at(rule, path + "/activities/" + index).with("date", s.date()).with("activity", activity)
                        .violation("default");
            }
        }

        private void resultsNotice(Session s, String path, LocalDate due) {
            LocalDate sent = s.resultReport().submittedOn();
            if (!deliveredBy(sent, due)) {
                at(RESULTS_NOTICE, path + "/resultReport/submittedOn").with("session", s.date()).deadline(sent, due);
            }
            if (sent != null) {
                List<Attachment> missing = new ArrayList<>(2);
                for (Attachment a : NOTICE_ATTACHMENTS) {
                    if (!s.resultReport().attachments().contains(a)) {
                        missing.add(a);
                    }
                }
                if (!missing.isEmpty()) {
                    at(RESULTS_NOTICE, path + "/resultReport/attachments").with("session", s.date())
                            .with("missing", missing).violation("attachments");
                }
            }
        }

        private void headIsDeputy() {
            Cluster c = plan.cluster();
            if (c != null && c.head() != null && c.head().equals(c.deputy())) {
                at(HEAD_IS_DEPUTY, "/cluster/deputy").with("head", c.head()).with("deputy", c.deputy())
                        .violation("default");
            }
        }

        private void planDeadline() {
            int firstYear = plan.schoolYear().startYear();
            LocalDate due = firstYear == 2025 ? LocalDate.of(2025, 9, 29) : LocalDate.of(firstYear, 9, 4);
            deliverable(PLAN_DEADLINE, ReportKind.PLAN, "/submittedOn", plan.submittedOn(), due);
        }

        private void yearReport(LocalDate due) {
            deliverable(YEAR_REPORT, ReportKind.YEAR_END, "/reports", null, due);
        }

        /**
         * Judges a plan-level deliverable: its earliest delivery (the plan's own date or a report of the kind);
         * undelivered, it is placed at the first report of the kind, else at {@code fallbackPath}.
         */
        private void deliverable(String rule, ReportKind kind, String fallbackPath, LocalDate ownDate, LocalDate due) {
            String path = fallbackPath;
            LocalDate best = ownDate;
            boolean listed = false;
            List<Report> reports = plan.reports();
            for (int i = 0; i < reports.size(); i++) {
                Report r = reports.get(i);
                if (r.kind() != kind) {
                    continue;
                }
                if (r.submittedOn() != null && (best == null || r.submittedOn().isBefore(best))) {
                    best = r.submittedOn();
                    path = "/reports/" + i + "/submittedOn";
                } else if (best == null && !listed) {
                    path = "/reports/" + i + "/submittedOn";
                }
                listed = true;
            }
            if (!deliveredBy(best, due)) {
                at(rule, path).deadline(best, due);
            }
        }

        private void headRotation() {
            Cluster c = plan.cluster();
            int firstYear = plan.schoolYear().startYear();
            if (firstYear >= 2026 && c != null && c.head() != null && c.previousHead() != null
                    && c.head().strip().equals(c.previousHead().strip())) {
                String head = c.head().strip();
                at(HEAD_ROTATION, "/cluster/head").with("head", head).with("previousHead", c.previousHead())
                        .arg("headName", memberName(c, head))
                        .arg("schoolYear", firstYear + "-" + plan.schoolYear().endYear())
                        .violation("default");
            }
        }

        private Finding at(String rule, String path) {
            return new Finding(this, rules.get(rule), path);
        }
    }

    /** A finding being described, as the rules' {@code Findings.at(...)} builds one. */
    private static final class Finding {
        private final Run run;
        private final RuleDef rule;
        private final String path;
        private final Map<String, Object> details = new LinkedHashMap<>();
        private final Map<String, Object> args = new HashMap<>();

        Finding(Run run, RuleDef rule, String path) {
            this.run = run;
            this.rule = rule;
            this.path = path;
            if (rule.deliverable() != null) {
                args.put("what", rule.deliverable());
            }
        }

        Finding with(String key, Object value) {
            details.put(key, detail(value));
            args.put(key, value);
            return this;
        }

        Finding arg(String key, Object value) {
            args.put(key, value);
            return this;
        }

        void violation(String messageKey) {
            Text t = rule.message(messageKey);
            run.violations.add(new Violation(rule.id(), rule.severity(), path,
                    MessageFormatter.format(t.vi(), args, true), MessageFormatter.format(t.en(), args, false),
                    rule.citation(), details));
        }

        void obligation(LocalDate dueOn) {
            args.put("required", dueOn);
            Text t = rule.message("due");
            run.obligations.add(new Obligation(rule.id(), dueOn, path, MessageFormatter.format(t.vi(), args, true),
                    MessageFormatter.format(t.en(), args, false), rule.citation()));
        }

        /** Delivered late: violation; missing after its due date: violation; missing before it: obligation. */
        void deadline(LocalDate deliveredOn, LocalDate due) {
            if (deliveredOn != null) {
                if (deliveredOn.isAfter(due)) {
                    with("required", due).with("actual", deliveredOn).violation("late");
                }
            } else if (due.isBefore(run.asOf)) {
                with("required", due).violation("missing");
            } else {
                obligation(due);
            }
        }

        /** A detail as the result carries it: enum constants by name, lists element by element. */
        private static Object detail(Object value) {
            if (value instanceof Enum<?> e) {
                return e.name();
            }
            if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                for (Object v : list) {
                    out.add(detail(v));
                }
                return List.copyOf(out);
            }
            return value;
        }
    }

    private static boolean deliveredBy(LocalDate deliveredOn, LocalDate due) {
        return deliveredOn != null && !deliveredOn.isAfter(due);
    }

    private static LocalDate milestone(Milestones m, String name) {
        return switch (name) {
            case "preparationAssignedOn" -> m.preparationAssignedOn();
            case "reviewMeetingOn" -> m.reviewMeetingOn();
            case "approvedOn" -> m.approvedOn();
            case "contentAnnouncedOn" -> m.contentAnnouncedOn();
            case "contentApprovedOn" -> m.contentApprovedOn();
            case "invitationSentOn" -> m.invitationSentOn();
            case "questionsSentOn" -> m.questionsSentOn();
            default -> throw new IllegalArgumentException("not a milestone: " + name);
        };
    }

    private static String sessionText(Session s, String field) {
        return switch (field) {
            case "location" -> s.location();
            case "participants" -> s.participants();
            case "content" -> s.content();
            case "objective" -> s.objective();
            default -> throw new IllegalArgumentException("not a session text field: " + field);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String memberName(Cluster c, String id) {
        for (Member m : c.members()) {
            if (m.id().equals(id)) {
                return m.name();
            }
        }
        return id;
    }
}
