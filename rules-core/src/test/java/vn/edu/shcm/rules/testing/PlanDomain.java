package vn.edu.shcm.rules.testing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import vn.edu.shcm.rules.Coverage;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Invitee;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Product;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.model.SubjectAssignment;
import vn.edu.shcm.rules.model.WorkshopFile;

/**
 * jqwik arbitraries for whole plans, of every level and scope: members, sessions (planned, held, cancelled,
 * inside the school year, just outside it, at absurd dates), milestones in any order, minutes and result reports,
 * reports of every kind, products, subjects, plan calendars with holidays, Vietnamese text composed (NFC) and
 * decomposed (NFD), and text that looks like a template or an expression. Most plans are valid; some are slightly
 * broken (a duplicate or dangling id, a blank required field, an inconsistent or absurd calendar), so that
 * checking them is an input error.
 *
 * <p>{@link #plans(Coverage)} aims at a pack: most plans have one of its levels, scopes and school years and a
 * calendar the year needs, so that its rules really run (the laws of {@link PlanLaws} measure how many do).
 */
public final class PlanDomain {

    /** Text of the kind plans hold, in Vietnamese, composed (NFC) as typed on most keyboards. */
    private static final List<String> TEXTS = List.of(
            "Ứng dụng phương pháp giáo dục STEAM trong hoạt động khám phá",
            "Sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
            "Trường Mầm non Sao Sáng",
            "HT, PHTCM, TTCM mẫu giáo các trường trong cụm",
            "Nâng cao chất lượng dạy học môn Toán",
            "Giáo viên nắm được cách tổ chức hoạt động trải nghiệm",
            "Kinh phí từ nguồn chi thường xuyên của các trường",
            "Nguyễn Thị Hồng Nhung",
            "Phòng họp tầng 2, Trường THCS Lê Quý Đôn",
            "Đổi mới kiểm tra, đánh giá theo định hướng phát triển phẩm chất, năng lực",
            "Chuyên đề: xây dựng môi trường giáo dục lấy trẻ làm trung tâm");

    /** Text that a template engine, a logger or a format string would treat as code: it must stay text. */
    public static final List<String> HOSTILE_TEXTS = List.of("{x}", "{What}", "${jndi:ldap://x}", "#{1+1}", "%s",
            "%n%d", "{0}", "\\u0000", "<script>alert(1)</script>", "'; DROP TABLE plans; --", "\u0000");

    /** Schools and, for network plans, the district offices of Quảng Ngãi's three preschool clusters. */
    private static final List<String> MEMBER_NAMES = List.of("Trường Mầm non Sao Sáng", "Trường Mầm non An Tiến",
            "Trường Mầm non Hoa Mai", "Trường THCS Nguyễn Du", "Trường TH Kim Đồng", "Trường THPT Số 1 Bát Xát",
            "Thành phố", "Nghĩa Hành", "Sơn Tây", "Lý Sơn", "Tư Nghĩa", "Mộ Đức", "Đức Phổ", "Minh Long", "Ba Tơ",
            "Sơn Tịnh", "Bình Sơn", "Trà Bồng", "Tây Trà", "Sơn Hà");

    /** The three clusters of Quảng Ngãi's 2019-2020 preschool network, by their members' names. */
    private static final List<List<String>> NETWORK_CLUSTERS = List.of(
            List.of("Thành phố", "Nghĩa Hành", "Sơn Tây", "Lý Sơn"),
            List.of("Tư Nghĩa", "Mộ Đức", "Đức Phổ", "Minh Long", "Ba Tơ"),
            List.of("Sơn Tịnh", "Bình Sơn", "Trà Bồng", "Tây Trà", "Sơn Hà"));

    /** Subjects: recommended codes and names as a school writes them. */
    private static final List<String> SUBJECTS = List.of("TOAN", "NGU_VAN", "TIENG_ANH", "KHTN", "LICH_SU_DIA_LY",
            "TIN_HOC", "CONG_NGHE", "Ngữ văn", "Giáo dục địa phương", " TOAN ", "Âm nhạc");

    /** Dates no school plan holds, but a script or a hand can write. */
    private static final List<LocalDate> ABSURD_DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(0, 1, 1),
            LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1),
            LocalDate.of(9999, 12, 31));

    private PlanDomain() {
    }

    /**
     * The frame of a plan: what it is and the dates its sessions are placed by.
     *
     * @param level the plan's level
     * @param scope the plan's scope
     * @param year the plan's school year
     * @param calendar the plan's own calendar, or null
     * @param start the first day of the year the plan works with (its own, else the built-in, else 5 September)
     * @param semester1End the last day of semester I it works with
     * @param end the last day of the year it works with
     */
    public record Frame(Level level, Scope scope, SchoolYear year, PlanCalendar calendar, LocalDate start,
                        LocalDate semester1End, LocalDate end) {
    }

    /** Returns plans of any level, scope and school year from 2019-2020 to 2026-2027. */
    public static Arbitrary<Plan> plans() {
        return frames(EnumSet.allOf(Level.class), EnumSet.allOf(Scope.class), 2019, 2026).flatMap(PlanDomain::plans);
    }

    /**
     * Returns plans aimed at a pack: about nine in ten of each of its levels, scopes and school years (an
     * open-ended coverage is taken to its first four years), the rest of any.
     */
    public static Arbitrary<Plan> plans(Coverage coverage) {
        int first = coverage.firstYear().startYear();
        int last = coverage.lastYear() == null ? first + 3 : coverage.lastYear().startYear();
        return frames(coverage.levels(), coverage.scopes(), first, last).flatMap(PlanDomain::plans);
    }

    /** Returns as-of dates for a plan: mostly during its school year or a little around it, rarely absurd. */
    public static Arbitrary<LocalDate> asOf(Plan plan) {
        Frame frame = frameOf(plan);
        return Arbitraries.frequencyOf(
                Tuple.of(19, days(frame.start().minusDays(60), frame.end().plusDays(60))),
                Tuple.of(1, Arbitraries.of(ABSURD_DATES)));
    }

    /** Returns dates inside the plan's school year as the checker resolves it (own calendar, else built-in). */
    public static Arbitrary<LocalDate> daysInYear(Plan plan) {
        Frame frame = frameOf(plan);
        return days(frame.start(), frame.end());
    }

    /** Returns the frame of an existing plan: its identity and the dates it works with. */
    public static Frame frameOf(Plan plan) {
        Optional<SchoolCalendar> builtIn = plan.schoolYear() == null ? Optional.empty()
                : SchoolCalendar.builtIn(plan.schoolYear());
        int y = plan.schoolYear() == null ? 2025 : plan.schoolYear().startYear();
        PlanCalendar own = plan.calendar();
        LocalDate start = first(own == null ? null : own.start(), builtIn.map(SchoolCalendar::start),
                LocalDate.of(y, 9, 5));
        LocalDate s1End = first(own == null ? null : own.semester1End(), builtIn.map(SchoolCalendar::semester1End),
                LocalDate.of(y + 1, 1, 15));
        LocalDate end = first(own == null ? null : own.end(), builtIn.map(SchoolCalendar::end),
                LocalDate.of(y + 1, 5, 31));
        if (!start.isBefore(end) || start.getYear() < 1900 || end.getYear() > 2199) {
            start = LocalDate.of(y, 9, 5);
            s1End = LocalDate.of(y + 1, 1, 15);
            end = LocalDate.of(y + 1, 5, 31);
        }
        return new Frame(plan.level(), plan.scope(), plan.schoolYear(), own, start, s1End, end);
    }

    private static LocalDate first(LocalDate own, Optional<LocalDate> builtIn, LocalDate fallback) {
        return own != null ? own : builtIn.orElse(fallback);
    }

    /** Returns the text in decomposed form (NFD), as some keyboards and converters write Vietnamese. */
    public static String nfd(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /**
     * Returns the plan with {@code f} applied to all its text except ids (the plan's, members', sessions' and the
     * member ids that head, deputy, previous head, hosts and initiatives name): names, subjects, lead teachers,
     * contents, places, people, objectives, funding, product titles.
     */
    public static Plan mapText(Plan plan, UnaryOperator<String> f) {
        UnaryOperator<String> g = s -> s == null ? null : f.apply(s);
        Cluster c = plan.cluster();
        Cluster cluster = c == null ? null : new Cluster(g.apply(c.name()), c.head(), c.deputy(), c.previousHead(),
                c.members().stream().map(m -> new Member(m.id(), g.apply(m.name()))).toList(), c.rolesReportedOn());
        List<Session> sessions = plan.sessions().stream().map(s -> s.toBuilder()
                .location(g.apply(s.location())).content(g.apply(s.content()))
                .participants(g.apply(s.participants())).personInCharge(g.apply(s.personInCharge()))
                .objective(g.apply(s.objective())).expectedResult(g.apply(s.expectedResult()))
                .subjects(s.subjects().stream().map(g).toArray(String[]::new))
                .lessonStudySubjects(s.lessonStudySubjects().stream().map(g).toArray(String[]::new))
                .build()).toList();
        return plan.toBuilder().cluster(cluster).sessions(sessions)
                .objectives(plan.objectives().stream().map(g).toArray(String[]::new))
                .funding(g.apply(plan.funding()))
                .subjects(plan.subjects().stream()
                        .map(a -> new SubjectAssignment(g.apply(a.subject()), g.apply(a.leadTeacher()))).toList())
                .products(plan.products().stream().map(p -> new Product(g.apply(p.title()), p.proposedOn())).toList())
                .build();
    }

    // ---- frames --------------------------------------------------------------------------------------------

    private static Arbitrary<Frame> frames(Set<Level> levels, Set<Scope> scopes, int firstYear, int lastYear) {
        // without edge cases, which jqwik would mix in far more often than the weights say
        Arbitrary<Level> level = Arbitraries.frequencyOf(
                Tuple.of(19, Arbitraries.of(levels)), Tuple.of(1, Arbitraries.of(Level.class))).withoutEdgeCases();
        Arbitrary<Scope> scope = Arbitraries.frequencyOf(
                Tuple.of(19, Arbitraries.of(scopes)), Tuple.of(1, Arbitraries.of(Scope.class))).withoutEdgeCases();
        Arbitrary<Integer> year = Arbitraries.frequencyOf(
                Tuple.of(19, Arbitraries.integers().between(firstYear, lastYear)),
                Tuple.of(1, Arbitraries.integers().between(Math.max(1900, firstYear - 3), lastYear + 3)))
                .withoutEdgeCases();
        return Combinators.combine(level, scope, year).as(Tuple::of)
                .flatMap(t -> calendars(SchoolYear.of(t.get3())).map(calendar -> frame(t.get1(), t.get2(),
                        SchoolYear.of(t.get3()), calendar.orElse(null))));
    }

    private static Frame frame(Level level, Scope scope, SchoolYear year, PlanCalendar calendar) {
        Plan shell = Plan.builder("frame", year, level, scope).calendar(calendar).build();
        Frame dates = frameOf(shell);
        return new Frame(level, scope, year, calendar, dates.start(), dates.semester1End(), dates.end());
    }

    /** A plan's own calendar: usually none for a year with built-in dates, usually all three dates otherwise. */
    private static Arbitrary<Optional<PlanCalendar>> calendars(SchoolYear year) {
        int y = year.startYear();
        Arbitrary<LocalDate> start = days(LocalDate.of(y, 8, 25), LocalDate.of(y, 9, 10));
        Arbitrary<LocalDate> s1End = days(LocalDate.of(y + 1, 1, 5), LocalDate.of(y + 1, 1, 25));
        Arbitrary<LocalDate> end = days(LocalDate.of(y + 1, 5, 20), LocalDate.of(y + 1, 7, 15));
        Arbitrary<List<LocalDate>> holidays = days(LocalDate.of(y + 1, 1, 20), LocalDate.of(y + 1, 2, 28))
                .list().ofMaxSize(8);
        Arbitrary<Optional<PlanCalendar>> full = Combinators.combine(start, s1End, end, holidays)
                .as((a, b, c, h) -> Optional.of(new PlanCalendar(a, b, c, h)));
        Arbitrary<Optional<PlanCalendar>> partial = Combinators.combine(end.injectNull(0.5), holidays)
                .as((c, h) -> Optional.of(new PlanCalendar(null, null, c, h)));
        Arbitrary<Optional<PlanCalendar>> broken = Arbitraries.of(
                new PlanCalendar(LocalDate.of(y + 1, 2, 1), LocalDate.of(y + 1, 1, 15), LocalDate.of(y + 1, 5, 30),
                        List.of()),
                new PlanCalendar(LocalDate.of(1, 1, 1), null, null, List.of()),
                new PlanCalendar(null, null, LocalDate.of(9999, 12, 31), List.of()),
                new PlanCalendar(LocalDate.of(y + 1, 9, 5), LocalDate.of(y + 2, 1, 15), LocalDate.of(y + 2, 5, 30),
                        List.of()),
                new PlanCalendar(LocalDate.of(y, 9, 5), LocalDate.of(y + 1, 1, 15), LocalDate.of(y + 1, 5, 30),
                        List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))))
                .map(Optional::of);
        Arbitrary<Optional<PlanCalendar>> none = Arbitraries.just(Optional.empty());
        if (SchoolCalendar.builtIn(year).isPresent()) {
            return Arbitraries.frequencyOf(Tuple.of(12, none), Tuple.of(4, partial), Tuple.of(3, full),
                    Tuple.of(1, broken)).withoutEdgeCases();
        }
        return Arbitraries.frequencyOf(Tuple.of(37, full), Tuple.of(1, partial), Tuple.of(1, none),
                Tuple.of(1, broken)).withoutEdgeCases();
    }

    // ---- plans ---------------------------------------------------------------------------------------------

    /** Returns plans in a frame: members (for scopes with a cluster), sessions, reports and the rest. */
    public static Arbitrary<Plan> plans(Frame frame) {
        Arbitrary<List<Member>> members = frame.scope().hasCluster()
                ? members(frame) : Arbitraries.just(List.<Member>of());
        Arbitrary<List<SubjectAssignment>> subjects = subjects();
        return Combinators.combine(members, subjects).as(Tuple::of)
                .flatMap(t -> plan(frame, t.get1(), t.get2()))
                .flatMap(plan -> Arbitraries.frequencyOf(
                        Tuple.of(23, Arbitraries.just(plan)),
                        Tuple.of(2, Arbitraries.of(Breakage.class).map(b -> b.apply(plan))))
                        // jqwik mixes edge cases in (here: a breakage, and the first and last breakage) far more
                        // often than their weight: the share of broken plans stays as weighted only without them
                        .withoutEdgeCases());
    }

    private static Arbitrary<Plan> plan(Frame frame, List<Member> members, List<SubjectAssignment> subjects) {
        List<String> ids = members.stream().map(Member::id).toList();
        List<String> subjectNames = subjects.stream().map(SubjectAssignment::subject).toList();
        Arbitrary<List<Session>> sessions = sessions(frame, ids, subjectNames);
        Arbitrary<Cluster> cluster = members.isEmpty() ? Arbitraries.just(null) : cluster(frame, members);
        return Builders.withBuilder(() -> Plan.builder("plan", frame.year(), frame.level(), frame.scope())
                        .calendar(frame.calendar()).subjects(subjects))
                .use(Arbitraries.of("plan-1", "kế-hoạch-cụm-số-5", "tq-cum-mn-2025", "an-tien-2023-2024")
                        .map(id -> id.startsWith("k") ? maybeNfd(id, id.length() % 2 == 0) : id))
                .in(Plan.Builder::id)
                .use(cluster).in(Plan.Builder::cluster)
                .use(nonNullText().list().ofMaxSize(3)).in((b, o) -> b.objectives(o.toArray(String[]::new)))
                .use(text()).in(Plan.Builder::funding)
                .use(days(frame.start().minusDays(45), frame.start().plusDays(90)).injectNull(0.3))
                .in(Plan.Builder::submittedOn)
                .use(sessions).in(Plan.Builder::sessions)
                .use(reports(frame)).in(Plan.Builder::reports)
                .use(products(frame)).in(Plan.Builder::products)
                .use(workshopFiles()).in(Plan.Builder::workshopFile)
                .build(Plan.Builder::build);
    }

    private static Arbitrary<List<Member>> members(Frame frame) {
        Arbitrary<List<String>> names = Arbitraries.of(MEMBER_NAMES).list().ofMinSize(1).ofMaxSize(6);
        if (frame.scope() == Scope.NETWORK) {
            // often exactly one of the network's clusters, so the composition rule can pass
            names = Arbitraries.frequencyOf(Tuple.of(1, names), Tuple.of(1, Arbitraries.of(NETWORK_CLUSTERS)));
        }
        return names.flatMap(list -> Arbitraries.integers().between(0, 3).list().ofSize(list.size()).map(styles -> {
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                members.add(new Member("m" + (i + 1), styled(list.get(i), styles.get(i))));
            }
            return members;
        }));
    }

    /** A name as hands and converters write it: as is, decomposed, in capitals with extra spaces, or padded. */
    private static String styled(String name, int style) {
        return switch (style) {
            case 1 -> nfd(name);
            case 2 -> " " + name.toUpperCase(java.util.Locale.forLanguageTag("vi")).replace(" ", "  ") + " ";
            case 3 -> name.replace(" ", "\u00a0");
            default -> name;
        };
    }

    private static Arbitrary<Cluster> cluster(Frame frame, List<Member> members) {
        List<String> ids = members.stream().map(Member::id).toList();
        Arbitrary<String> someone = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(ids)), Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.just(" ")));
        Arbitrary<String> head = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(ids.get(0))),
                Tuple.of(1, someone));
        Arbitrary<String> deputy = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.just(ids.size() > 1 ? ids.get(1) : null)), Tuple.of(2, someone));
        Arbitrary<String> previousHead = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of(ids)), Tuple.of(1, Arbitraries.just("da-giai-the")));
        Arbitrary<LocalDate> rolesReportedOn = days(frame.start().minusDays(30), frame.start().plusDays(90))
                .injectNull(0.4);
        return Combinators.combine(text(), head, deputy, previousHead, rolesReportedOn)
                .as((name, h, d, p, r) -> new Cluster(name, h, d, p, members, r));
    }

    private static Arbitrary<List<SubjectAssignment>> subjects() {
        Arbitrary<String> subject = Arbitraries.of(SUBJECTS).flatMap(s -> Arbitraries.of(s, nfd(s)));
        Arbitrary<String> teacher = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("Nguyễn Văn An",
                        "Trần Thị Bích", " nguyễn  văn an ", nfd("Trần Thị Bích"))),
                Tuple.of(1, Arbitraries.just(null)), Tuple.of(1, Arbitraries.just("")));
        return Combinators.combine(subject, teacher).as(SubjectAssignment::new).list().ofMaxSize(7);
    }

    // ---- sessions ------------------------------------------------------------------------------------------

    /** The parts of a session as drawn, before its dates are made relative to its day. */
    private static final class Draft {
        LocalDate date;
        SessionStatus status;
        SessionFormat format;
        String host;
        String location;
        String content;
        String participants;
        String personInCharge;
        String objective;
        String expectedResult;
        List<Activity> activities;
        List<ContentArea> contentAreas;
        List<String> subjects;
        List<String> lessonStudySubjects;
        List<Integer> milestoneOffsets;
        List<Invitee> invitees;
        Minutes minutes;
        Integer resultOffset;
        List<Attachment> attachments;
        List<String> initiativesBy;
        Integer movedFrom;
        Integer approvedOffset;
        boolean notified;

        Session session(int index) {
            Session.Builder b = Session.builder("s" + (index + 1), date).status(status).format(format).host(host)
                    .location(location).content(content).participants(participants)
                    .personInCharge(personInCharge).objective(objective).expectedResult(expectedResult)
                    .activities(activities.toArray(Activity[]::new))
                    .contentAreas(contentAreas.toArray(ContentArea[]::new))
                    .subjects(subjects.toArray(String[]::new))
                    .lessonStudySubjects(lessonStudySubjects.toArray(String[]::new))
                    .minutes(minutes)
                    .resultReport(new ResultReport(relative(resultOffset), attachments))
                    .initiativesBy(initiativesBy.toArray(String[]::new))
                    .milestones(Milestones.builder()
                            .preparationAssignedOn(relative(milestoneOffsets.get(0)))
                            .reviewMeetingOn(relative(milestoneOffsets.get(1)))
                            .approvedOn(relative(milestoneOffsets.get(2)))
                            .contentAnnouncedOn(relative(milestoneOffsets.get(3)))
                            .contentApprovedOn(relative(milestoneOffsets.get(4)))
                            .invitationSentOn(relative(milestoneOffsets.get(5)))
                            .questionsSentOn(relative(milestoneOffsets.get(6)))
                            .invitees(invitees)
                            .build());
            if (movedFrom != null) {
                b.moved(relative(movedFrom), relative(approvedOffset), notified);
            }
            return b.build();
        }

        private LocalDate relative(Integer offset) {
            return offset == null ? null : date.plusDays(offset);
        }
    }

    private static Arbitrary<List<Session>> sessions(Frame frame, List<String> memberIds, List<String> subjects) {
        Arbitrary<String> host = memberIds.isEmpty() ? Arbitraries.just(null) : Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(memberIds)), Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.just("")));
        Arbitrary<List<String>> subjectLists = subjects.isEmpty()
                ? Arbitraries.of(SUBJECTS).list().ofMaxSize(2)
                : Arbitraries.of(subjects).flatMap(s -> Arbitraries.of(s, nfd(s), s.strip())).list().ofMaxSize(6);
        Arbitrary<LocalDate> date = Arbitraries.frequencyOf(
                Tuple.of(34, days(frame.start(), frame.end())),
                Tuple.of(4, days(frame.start().minusDays(40), frame.end().plusDays(40))),
                Tuple.of(1, Arbitraries.of(ABSURD_DATES))).withoutEdgeCases();
        Arbitrary<Integer> milestone = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.integers().between(-60, 3)));
        Arbitrary<Draft> draft = Builders.withBuilder(Draft::new)
                .use(date).inSetter((d, v) -> d.date = v)
                .use(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(SessionStatus.PLANNED)),
                        Tuple.of(5, Arbitraries.just(SessionStatus.HELD)),
                        Tuple.of(2, Arbitraries.just(SessionStatus.CANCELLED))))
                .inSetter((d, v) -> d.status = v)
                .use(Arbitraries.of(SessionFormat.class).injectNull(0.2)).inSetter((d, v) -> d.format = v)
                .use(host).inSetter((d, v) -> d.host = v)
                .use(text()).inSetter((d, v) -> d.location = v)
                .use(text()).inSetter((d, v) -> d.content = v)
                .use(text()).inSetter((d, v) -> d.participants = v)
                .use(text()).inSetter((d, v) -> d.personInCharge = v)
                .use(text()).inSetter((d, v) -> d.objective = v)
                .use(text()).inSetter((d, v) -> d.expectedResult = v)
                .use(Arbitraries.of(Activity.class).list().ofMaxSize(3)).inSetter((d, v) -> d.activities = v)
                .use(Arbitraries.of(ContentArea.class).list().ofMaxSize(2)).inSetter((d, v) -> d.contentAreas = v)
                .use(subjectLists).inSetter((d, v) -> d.subjects = v)
                .use(subjectLists).inSetter((d, v) -> d.lessonStudySubjects = v)
                .use(milestone.list().ofSize(7)).inSetter((d, v) -> d.milestoneOffsets = v)
                .use(Arbitraries.of(Invitee.class).list().ofMaxSize(3)).inSetter((d, v) -> d.invitees = v)
                .use(Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Minutes.NONE)),
                        Tuple.of(3, Combinators.combine(bool(), bool(), bool(), bool(), bool()).as(Minutes::new))))
                .inSetter((d, v) -> d.minutes = v)
                .use(Arbitraries.integers().between(-5, 200).injectNull(0.4)).inSetter((d, v) -> d.resultOffset = v)
                .use(Arbitraries.of(Attachment.class).list().ofMaxSize(3)).inSetter((d, v) -> d.attachments = v)
                .use(memberIds.isEmpty() ? Arbitraries.just(List.<String>of())
                        : Arbitraries.of(memberIds).list().ofMaxSize(2))
                .inSetter((d, v) -> d.initiativesBy = v)
                .use(Arbitraries.integers().between(-20, 20).injectNull(0.8)).inSetter((d, v) -> d.movedFrom = v)
                .use(Arbitraries.integers().between(-25, 5).injectNull(0.3)).inSetter((d, v) -> d.approvedOffset = v)
                .use(bool()).inSetter((d, v) -> d.notified = v)
                .build();
        return Arbitraries.frequencyOf(
                        Tuple.of(9, draft.list().ofMaxSize(10)),
                        Tuple.of(1, draft.list().ofMinSize(10).ofMaxSize(30)))
                .map(drafts -> {
                    List<Session> out = new ArrayList<>(drafts.size());
                    for (int i = 0; i < drafts.size(); i++) {
                        out.add(drafts.get(i).session(i));
                    }
                    return out;
                });
    }

    // ---- reports, products, workshop file -------------------------------------------------------------------

    private static Arbitrary<List<Report>> reports(Frame frame) {
        Arbitrary<LocalDate> around = Arbitraries.oneOf(
                days(frame.start().minusDays(30), frame.start().plusDays(60)),
                days(frame.semester1End().minusDays(20), frame.semester1End().plusDays(20)),
                days(frame.end().minusDays(20), frame.end().plusDays(20)));
        Arbitrary<Report> report = Combinators.combine(Arbitraries.of(ReportKind.class), around.injectNull(0.25),
                        Arbitraries.of(ReportSection.class).list().uniqueElements().ofMaxSize(8))
                .as(Report::new);
        return report.list().ofMaxSize(6);
    }

    private static Arbitrary<List<Product>> products(Frame frame) {
        return Combinators.combine(nonNullText(), days(frame.start(), frame.end().plusDays(30)).injectNull(0.3))
                .as(Product::new).list().ofMaxSize(2);
    }

    private static Arbitrary<WorkshopFile> workshopFiles() {
        return Combinators.combine(bool(), bool(), bool(), bool(), bool()).as(WorkshopFile::new).injectNull(0.3);
    }

    // ---- breakage ------------------------------------------------------------------------------------------

    /** Ways a plan is slightly broken, each an input error. */
    enum Breakage {
        DUPLICATE_SESSION_ID((plan, sessions) -> {
            if (sessions.isEmpty()) {
                sessions.add(Session.builder("s", LocalDate.of(2025, 11, 10)).build());
            }
            sessions.add(sessions.get(0).toBuilder().date(sessions.get(0).date().plusDays(1)).build());
            return plan.toBuilder().sessions(sessions).build();
        }),
        UNKNOWN_HOST((plan, sessions) -> {
            sessions.add(Session.builder("stray", LocalDate.of(2025, 11, 10)).host("khong-co").build());
            return plan.toBuilder().sessions(sessions).build();
        }),
        DECOMPOSED_HOST((plan, sessions) -> {
            // the member's id composed, the session's host decomposed: two different ids that look the same
            List<Member> members = List.of(new Member("trường-a", "Trường A"), new Member("b", "Trường B"));
            sessions.add(Session.builder("nfd", LocalDate.of(2025, 11, 10)).host(nfd("trường-a")).build());
            return plan.toBuilder().cluster(Cluster.of("Cụm", "b", null, members)).sessions(sessions).build();
        }),
        BLANK_PLAN_ID((plan, sessions) -> plan.toBuilder().id(" ").build()),
        SESSION_WITHOUT_DATE((plan, sessions) -> {
            sessions.add(Session.builder("no-date", null).build());
            return plan.toBuilder().sessions(sessions).build();
        }),
        REPORT_WITHOUT_KIND((plan, sessions) -> {
            List<Report> reports = new ArrayList<>(plan.reports());
            reports.add(new Report(null, LocalDate.of(2026, 1, 10), List.of()));
            return plan.toBuilder().reports(reports).build();
        }),
        NO_CLUSTER((plan, sessions) -> plan.toBuilder().scope(Scope.CLUSTER).cluster(null).build()),
        BLANK_SUBJECT((plan, sessions) -> {
            List<SubjectAssignment> subjects = new ArrayList<>(plan.subjects());
            subjects.add(new SubjectAssignment("  ", "Nguyễn Văn An"));
            return plan.toBuilder().subjects(subjects).build();
        }),
        UNKNOWN_INITIATIVE((plan, sessions) -> {
            sessions.add(Session.builder("init", LocalDate.of(2025, 11, 10)).initiativesBy("khong-co").build());
            return plan.toBuilder().scope(plan.cluster() == null ? Scope.SCHOOL_GROUP : plan.scope())
                    .sessions(sessions).build();
        }),
        MISSING_LEVEL((plan, sessions) -> plan.toBuilder().level(null).build());

        private final BiFunction<Plan, List<Session>, Plan> breaker;

        Breakage(BiFunction<Plan, List<Session>, Plan> breaker) {
            this.breaker = breaker;
        }

        Plan apply(Plan plan) {
            return breaker.apply(plan, new ArrayList<>(plan.sessions()));
        }
    }

    // ---- small parts ---------------------------------------------------------------------------------------

    /** Days from {@code from} to {@code to}, both included. */
    public static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return Arbitraries.longs().between(0, Math.max(0, span)).map(from::plusDays);
    }

    private static Arbitrary<Boolean> bool() {
        return Arbitraries.of(true, false);
    }

    /** Optional text: mostly Vietnamese, composed or decomposed; sometimes null, blank or hostile. */
    private static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(Tuple.of(16, nonNullText()), Tuple.of(2, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of("", " ", "\t\u00a0")));
    }

    private static Arbitrary<String> nonNullText() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(TEXTS)),
                Tuple.of(3, Arbitraries.of(TEXTS).map(PlanDomain::nfd)),
                Tuple.of(1, Arbitraries.of(HOSTILE_TEXTS)));
    }

    private static String maybeNfd(String text, boolean decompose) {
        return decompose ? nfd(text) : text;
    }
}
