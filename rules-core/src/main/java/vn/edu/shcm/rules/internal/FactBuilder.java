package vn.edu.shcm.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.edu.shcm.rules.calendar.Quarter;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.facts.CheckContext;
import vn.edu.shcm.rules.facts.Deliverable;
import vn.edu.shcm.rules.facts.DeliverableKind;
import vn.edu.shcm.rules.facts.FieldGap;
import vn.edu.shcm.rules.facts.MemberFact;
import vn.edu.shcm.rules.facts.MilestonePair;
import vn.edu.shcm.rules.facts.Period;
import vn.edu.shcm.rules.facts.PlanFacts;
import vn.edu.shcm.rules.facts.PeriodKind;
import vn.edu.shcm.rules.facts.ReportFact;
import vn.edu.shcm.rules.facts.SessionFact;
import vn.edu.shcm.rules.facts.SessionGap;
import vn.edu.shcm.rules.facts.SubjectFact;
import vn.edu.shcm.rules.facts.SubjectSemester;
import vn.edu.shcm.rules.facts.Texts;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * Derives, once per check and in plain Java, the facts rules match: sessions with their semester, quarter
 * and rotation; periods with their session counts; subjects with their lead teachers, and per semester;
 * deliverables with their delivery dates; reports; empty fields; members. The plan must have passed validation.
 */
public final class FactBuilder {

    /** The pack parameter giving the days a quarter must overlap the school year to count; 60 by default. */
    public static final String QUARTER_MIN_OVERLAP_DAYS = "quarterMinOverlapDays";

    private static final int DEFAULT_QUARTER_MIN_OVERLAP_DAYS = 60;

    private static final List<String> SESSION_TEXT_FIELDS = List.of("host", "location", "content",
            "participants", "personInCharge", "objective", "expectedResult");

    private FactBuilder() {
    }

    /** Returns the facts of a check: the context, the plan and everything derived from it. */
    public static List<Object> facts(CheckContext context) {
        return facts(context, PlanFacts.TYPES);
    }

    /**
     * Returns the facts of a check of the given classes ({@link PlanFacts#TYPES}), deriving no others; the context
     * and the plan are always there.
     */
    public static List<Object> facts(CheckContext context, Set<Class<?>> types) {
        Plan plan = context.plan();
        SchoolCalendar calendar = context.calendar();
        boolean wantsSessions = types.contains(SessionFact.class);
        boolean wantsPeriods = types.contains(Period.class);
        boolean wantsSubjects = types.contains(SubjectFact.class);
        boolean wantsSubjectSemesters = types.contains(SubjectSemester.class);
        boolean wantsDeliverables = types.contains(Deliverable.class);
        boolean wantsGaps = types.contains(FieldGap.class);
        boolean wantsSessionGaps = types.contains(SessionGap.class);
        List<Quarter> quarters = wantsSessions || wantsPeriods ? calendar.quarters(
                context.intParameter(QUARTER_MIN_OVERLAP_DAYS, DEFAULT_QUARTER_MIN_OVERLAP_DAYS)) : List.of();
        List<Object> facts = new ArrayList<>(16 + plan.sessions().size() * 10);
        facts.add(context);
        facts.add(plan);
        List<SessionFact> sessions = wantsSessions || wantsDeliverables || wantsGaps || wantsSessionGaps
                ? sessions(plan, calendar, quarters) : List.of();
        if (wantsSessions) {
            facts.addAll(sessions);
        }
        if (wantsPeriods) {
            facts.addAll(periods(plan, calendar, quarters));
        }
        if (wantsSubjects || wantsSubjectSemesters) {
            Map<String, String> sessionSubjects = sessionSubjects(plan);
            if (wantsSubjects) {
                facts.addAll(subjectFacts(plan, sessionSubjects));
            }
            if (wantsSubjectSemesters) {
                facts.addAll(subjects(plan, calendar, sessionSubjects));
            }
        }
        if (wantsDeliverables) {
            facts.addAll(deliverables(plan, sessions));
        }
        if (types.contains(ReportFact.class)) {
            for (int i = 0; i < plan.reports().size(); i++) {
                facts.add(new ReportFact(i, plan.reports().get(i)));
            }
        }
        if (wantsGaps) {
            facts.addAll(gaps(plan, sessions));
        }
        if (types.contains(MemberFact.class)) {
            facts.addAll(members(plan));
        }
        if (wantsSessionGaps) {
            facts.addAll(sessionGaps(calendar, sessions));
        }
        return facts;
    }

    /** The runs of working days between counted sessions of the school year, see {@link SessionGap}. */
    static List<SessionGap> sessionGaps(SchoolCalendar calendar, List<SessionFact> sessions) {
        List<SessionFact> counted = sessions.stream().filter(s -> s.counts() && s.semester() != 0)
                .sorted(Comparator.comparing(SessionFact::date).thenComparing(SessionFact::index)).toList();
        List<SessionGap> gaps = new ArrayList<>(counted.size() + 1);
        LocalDate from = calendar.start();
        for (SessionFact s : counted) {
            gaps.add(gap(calendar, s, from, s.date().minusDays(1)));
            LocalDate next = s.date().plusDays(1);
            if (next.isAfter(from)) {
                from = next;
            }
        }
        gaps.add(gap(calendar, null, from, calendar.end()));
        return gaps;
    }

    private static SessionGap gap(SchoolCalendar calendar, SessionFact endsAt, LocalDate from, LocalDate to) {
        LocalDate first = null;
        LocalDate last = null;
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                if (first == null) {
                    first = d;
                }
                last = d;
                count++;
            }
        }
        return new SessionGap(endsAt, first, last, count);
    }

    private static List<SessionFact> sessions(Plan plan, SchoolCalendar calendar, List<Quarter> quarters) {
        List<Session> all = plan.sessions();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).counts()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> all.get(i).date()).thenComparing(i -> i));
        List<String> memberIds = plan.cluster() == null ? List.of()
                : plan.cluster().members().stream().map(Member::id).toList();
        int[] previous = new int[all.size()];
        int[] hostedBefore = new int[all.size()];
        List<List<String>> notYetHosted = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            previous[i] = -1;
            notYetHosted.add(List.of());
        }
        Map<String, Integer> hosted = new HashMap<>();
        int last = -1;
        for (int i : order) {
            String host = Texts.isEmpty(all.get(i).host()) ? null : all.get(i).host();
            previous[i] = last;
            hostedBefore[i] = host == null ? 0 : hosted.getOrDefault(host, 0);
            notYetHosted.set(i, memberIds.stream().filter(m -> !m.equals(host) && !hosted.containsKey(m)).toList());
            if (host != null) {
                hosted.merge(host, 1, Integer::sum);
            }
            last = i;
        }
        List<SessionFact> facts = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Session s = all.get(i);
            int semester = calendar.semesterOf(s.date());
            Quarter quarter = quarters.stream().filter(q -> q.contains(s.date())).findFirst().orElse(null);
            facts.add(new SessionFact(i, s, semester, semester == 0 ? null : quarter,
                    semester == 0 ? null : calendar.semesterEnd(semester), previous[i], hostedBefore[i],
                    notYetHosted.get(i), outOfOrder(s.milestones())));
        }
        return facts;
    }

    /** The natural orders of milestones; each chain is checked pairwise among its dated links. */
    private static final List<List<String>> MILESTONE_CHAINS = List.of(
            List.of("preparationAssignedOn", "reviewMeetingOn", "approvedOn"),
            List.of("contentAnnouncedOn", "contentApprovedOn"));

    private static List<MilestonePair> outOfOrder(Milestones m) {
        List<MilestonePair> pairs = null;
        for (List<String> chain : MILESTONE_CHAINS) {
            String before = null;
            LocalDate beforeOn = null;
            for (String name : chain) {
                LocalDate date = milestoneDate(m, name);
                if (date == null) {
                    continue;
                }
                if (before != null && beforeOn.isAfter(date)) {
                    if (pairs == null) {
                        pairs = new ArrayList<>(2);
                    }
                    pairs.add(new MilestonePair(before, beforeOn, name, date));
                }
                before = name;
                beforeOn = date;
            }
        }
        return pairs == null ? List.of() : pairs;
    }

    private static LocalDate milestoneDate(Milestones m, String name) {
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

    private static List<Period> periods(Plan plan, SchoolCalendar calendar, List<Quarter> quarters) {
        List<Period> periods = new ArrayList<>();
        periods.add(period(plan, PeriodKind.SCHOOL_YEAR, 0, "năm học " + calendar.schoolYear(),
                "school year " + calendar.schoolYear(), calendar.start(), calendar.end(), true));
        periods.add(period(plan, PeriodKind.SEMESTER, 1, "học kỳ I", "semester I", calendar.semesterStart(1),
                calendar.semesterEnd(1), true));
        periods.add(period(plan, PeriodKind.SEMESTER, 2, "học kỳ II", "semester II", calendar.semesterStart(2),
                calendar.semesterEnd(2), true));
        for (Quarter q : quarters) {
            LocalDate start = q.start().isBefore(calendar.start()) ? calendar.start() : q.start();
            LocalDate end = q.end().isAfter(calendar.end()) ? calendar.end() : q.end();
            periods.add(period(plan, PeriodKind.QUARTER, q.quarter(), q.label(), q.labelEn(), start, end,
                    q.counted()));
        }
        return periods;
    }

    private static Period period(Plan plan, PeriodKind kind, int number, String label, String labelEn,
                                 LocalDate start, LocalDate end, boolean counted) {
        int sessions = 0;
        int inPerson = 0;
        for (Session s : plan.sessions()) {
            if (s.counts() && !s.date().isBefore(start) && !s.date().isAfter(end)) {
                sessions++;
                if (s.inPerson()) {
                    inPerson++;
                }
            }
        }
        return new Period(kind, number, label, labelEn, start, end, counted, sessions, inPerson);
    }

    private static List<SubjectFact> subjectFacts(Plan plan, Map<String, String> sessionSubjects) {
        List<SubjectFact> facts = new ArrayList<>();
        Map<String, String> firstLead = new HashMap<>();
        for (int i = 0; i < plan.subjects().size(); i++) {
            SubjectAssignment assignment = plan.subjects().get(i);
            String subject = Subjects.key(assignment.subject());
            facts.add(new SubjectFact(i, assignment, firstLead.get(subject)));
            if (!blank(assignment.leadTeacher())) {
                firstLead.putIfAbsent(subject, assignment.leadTeacher());
            }
        }
        sessionSubjects.forEach((subject, at) ->
                facts.add(new SubjectFact(-1, new SubjectAssignment(subject, null), null, at)));
        return facts;
    }

    /**
     * The subjects that sessions name (counted or not) and {@code subjects[]} does not list, each with the pointer of
     * the first entry naming it, in document order.
     */
    private static Map<String, String> sessionSubjects(Plan plan) {
        Set<String> declared = new HashSet<>();
        plan.subjects().forEach(a -> declared.add(Subjects.key(a.subject())));
        Map<String, String> named = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            for (String field : List.of("subjects", "lessonStudySubjects")) {
                List<String> values = field.equals("subjects") ? s.subjects() : s.lessonStudySubjects();
                for (int j = 0; j < values.size(); j++) {
                    String value = values.get(j);
                    if (value == null || blank(value)) {
                        continue;
                    }
                    String key = Subjects.key(value);
                    if (!declared.contains(key) && seen.add(key)) {
                        named.put(value.trim(), "/sessions/" + i + "/" + field + "/" + j);
                    }
                }
            }
        }
        return named;
    }

    private static List<SubjectSemester> subjects(Plan plan, SchoolCalendar calendar,
                                                  Map<String, String> sessionSubjects) {
        // each counted session's semester and subject keys, found once rather than once per subject
        List<Session> all = plan.sessions();
        int[] semesters = new int[all.size()];
        List<List<String>> named = new ArrayList<>(all.size());
        List<List<String>> studied = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Session s = all.get(i);
            semesters[i] = s.counts() ? calendar.semesterOf(s.date()) : 0;
            named.add(semesters[i] == 0 ? List.of() : keys(s.subjects()));
            studied.add(semesters[i] == 0 ? List.of() : keys(s.lessonStudySubjects()));
        }
        List<SubjectSemester> facts = new ArrayList<>();
        for (int i = 0; i < plan.subjects().size(); i++) {
            subjectSemesters(plan, semesters, named, studied, plan.subjects().get(i).subject().trim(), i, null, facts);
        }
        sessionSubjects.forEach((subject, at) -> subjectSemesters(plan, semesters, named, studied, subject, -1, at,
                facts));
        return facts;
    }

    private static List<String> keys(List<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(subjects.size());
        for (String v : subjects) {
            keys.add(Subjects.key(v));
        }
        return keys;
    }

    private static void subjectSemesters(Plan plan, int[] semesters, List<List<String>> named,
                                         List<List<String>> studied, String subject, int index, String at,
                                         List<SubjectSemester> facts) {
        String key = Subjects.key(subject);
        for (int semester = 1; semester <= 2; semester++) {
            int sessions = 0;
            int lessonStudy = 0;
            for (int i = 0; i < semesters.length; i++) {
                if (semesters[i] != semester) {
                    continue;
                }
                Session s = plan.sessions().get(i);
                boolean names = named.get(i).contains(key);
                // a LESSON_STUDY session with no lessonStudySubjects holds lesson study in its subjects
                boolean studies = studied.get(i).contains(key)
                        || (names && s.lessonStudySubjects().isEmpty() && s.activities().contains(Activity.LESSON_STUDY));
                if (studies || names) {
                    sessions++;
                }
                if (studies) {
                    lessonStudy++;
                }
            }
            facts.add(new SubjectSemester(subject, index, semester, sessions, lessonStudy, at));
        }
    }

    private static List<Deliverable> deliverables(Plan plan, List<SessionFact> sessions) {
        List<Deliverable> facts = new ArrayList<>();
        facts.add(earliest(DeliverableKind.PLAN, plan, ReportKind.PLAN, "/submittedOn", plan.submittedOn()));
        Cluster cluster = plan.cluster();
        facts.add(earliest(DeliverableKind.ROLES_REPORT, plan, ReportKind.ROLES,
                cluster == null ? "/cluster" : "/cluster/rolesReportedOn",
                cluster == null ? null : cluster.rolesReportedOn()));
        Map<ReportKind, DeliverableKind> reports = new EnumMap<>(ReportKind.class);
        reports.put(ReportKind.SEMESTER_1, DeliverableKind.SEMESTER_1_REPORT);
        reports.put(ReportKind.MID_YEAR, DeliverableKind.MID_YEAR_REPORT);
        reports.put(ReportKind.YEAR_END, DeliverableKind.YEAR_END_REPORT);
        reports.forEach((report, kind) -> facts.add(earliest(kind, plan, report, "/reports", null)));
        facts.add(earliestProduct(plan));
        for (SessionFact s : sessions) {
            facts.add(new Deliverable(DeliverableKind.SESSION_RESULT_REPORT, s.path("resultReport/submittedOn"),
                    s.session().resultReport().submittedOn(), s));
            facts.add(milestone(DeliverableKind.PREPARATION_ASSIGNED, s, "preparationAssignedOn",
                    Milestones::preparationAssignedOn));
            facts.add(milestone(DeliverableKind.REVIEW_MEETING, s, "reviewMeetingOn", Milestones::reviewMeetingOn));
            facts.add(milestone(DeliverableKind.APPROVAL, s, "approvedOn", Milestones::approvedOn));
            facts.add(milestone(DeliverableKind.CONTENT_ANNOUNCED, s, "contentAnnouncedOn",
                    Milestones::contentAnnouncedOn));
            facts.add(milestone(DeliverableKind.CONTENT_APPROVED, s, "contentApprovedOn",
                    Milestones::contentApprovedOn));
            facts.add(milestone(DeliverableKind.INVITATION, s, "invitationSentOn", Milestones::invitationSentOn));
            facts.add(milestone(DeliverableKind.QUESTIONS_SENT, s, "questionsSentOn", Milestones::questionsSentOn));
        }
        return facts;
    }

    private static Deliverable milestone(DeliverableKind kind, SessionFact s, String field,
                                         Function<Milestones, LocalDate> date) {
        return new Deliverable(kind, s.path("milestones/" + field), date.apply(s.milestones()), s);
    }

    /**
     * The earliest delivery of a plan-level deliverable: the plan's own field when given, or the earliest dated
     * report of the kind. Undelivered, it points at the first report of the kind, else at {@code fallbackPath}.
     */
    private static Deliverable earliest(DeliverableKind kind, Plan plan, ReportKind reportKind, String fallbackPath,
                                        LocalDate ownDate) {
        String path = fallbackPath;
        LocalDate best = ownDate;
        boolean listed = false;
        for (int i = 0; i < plan.reports().size(); i++) {
            Report r = plan.reports().get(i);
            if (r.kind() != reportKind) {
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
        return new Deliverable(kind, path, best, null);
    }

    /** The earliest proposed product; undelivered, it points at the first product, else at {@code /products}. */
    private static Deliverable earliestProduct(Plan plan) {
        String path = plan.products().isEmpty() ? "/products" : "/products/0/proposedOn";
        LocalDate best = null;
        for (int i = 0; i < plan.products().size(); i++) {
            LocalDate on = plan.products().get(i).proposedOn();
            if (on != null && (best == null || on.isBefore(best))) {
                best = on;
                path = "/products/" + i + "/proposedOn";
            }
        }
        return new Deliverable(DeliverableKind.REPLICATION_PRODUCT, path, best, null);
    }

    private static List<FieldGap> gaps(Plan plan, List<SessionFact> sessions) {
        List<FieldGap> gaps = new ArrayList<>();
        if (plan.objectives().stream().allMatch(FactBuilder::blank)) {
            gaps.add(new FieldGap("plan", "objectives", "/objectives", null));
        }
        if (blank(plan.funding())) {
            gaps.add(new FieldGap("plan", "funding", "/funding", null));
        }
        Cluster cluster = plan.cluster();
        if (cluster != null) {
            if (blank(cluster.name())) {
                gaps.add(new FieldGap("cluster", "name", "/cluster/name", null));
            }
            if (blank(cluster.head())) {
                gaps.add(new FieldGap("cluster", "head", "/cluster/head", null));
            }
            if (blank(cluster.deputy())) {
                gaps.add(new FieldGap("cluster", "deputy", "/cluster/deputy", null));
            }
        }
        for (SessionFact s : sessions) {
            Session session = s.session();
            for (String field : SESSION_TEXT_FIELDS) {
                if (blank(sessionText(session, field))) {
                    gaps.add(new FieldGap("session", field, s.path(field), s));
                }
            }
        }
        return gaps;
    }

    private static String sessionText(Session s, String field) {
        return switch (field) {
            case "host" -> s.host();
            case "location" -> s.location();
            case "content" -> s.content();
            case "participants" -> s.participants();
            case "personInCharge" -> s.personInCharge();
            case "objective" -> s.objective();
            case "expectedResult" -> s.expectedResult();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static boolean blank(String s) {
        return Texts.isEmpty(s);
    }

    private static List<MemberFact> members(Plan plan) {
        if (plan.cluster() == null) {
            return List.of();
        }
        List<MemberFact> facts = new ArrayList<>();
        List<Member> members = plan.cluster().members();
        for (int i = 0; i < members.size(); i++) {
            String id = members.get(i).id();
            int hosted = 0;
            int initiatives = 0;
            for (Session s : plan.sessions()) {
                if (s.counts()) {
                    hosted += id.equals(s.host()) ? 1 : 0;
                    initiatives += s.initiativesBy().contains(id) ? 1 : 0;
                }
            }
            facts.add(new MemberFact(i, members.get(i), hosted, initiatives));
        }
        return facts;
    }
}
