package vn.edu.shcm.rules.mn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.obligations;
import static vn.edu.shcm.rules.testing.TestPlans.paths;
import static vn.edu.shcm.rules.testing.TestPlans.summary;
import static vn.edu.shcm.rules.testing.TestPlans.violations;
import static vn.edu.shcm.rules.testing.TestPlans.withSession;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Invitee;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Product;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * The 8 rules of {@code quangngai-mn-2019} on a plan of cluster 2 (Tư Nghĩa, Mộ Đức, Đức Phổ, Minh Long, Ba Tơ) with
 * the built-in 2019-2020 calendar (05/09/2019 to 14/07/2020, semester I ends 19/01/2020, QĐ 736/QĐ-BGDĐT): each rule
 * compliant, violated, on both sides of its boundary and, for deliverables, as an obligation.
 */
class QuangNgaiMn2019Test {

    static final Checker CHECKER = Checker.create();
    static final String PACK = "quangngai-mn-2019";
    static final LocalDate AFTER_YEAR = d("2020-07-20");
    static final LocalDate YEAR_END = d("2020-07-14");

    static Member m(String id, String name) {
        return new Member(id, name);
    }

    static final List<Member> CLUSTER_2 = List.of(m("tu-nghia", "Tư Nghĩa"), m("mo-duc", "Mộ Đức"),
            m("duc-pho", "Đức Phổ"), m("minh-long", "Minh Long"), m("ba-to", "Ba Tơ"));

    /** A session of the cluster that invites the Sở and states who presents an initiative. */
    static Session.Builder session(String id, String date, String host, String... initiativesBy) {
        return TestPlans.session(id, date).host(host).format(SessionFormat.IN_PERSON)
                .location("Phòng GDĐT " + host).content("Xây dựng trường mầm non lấy trẻ làm trung tâm")
                .activities(Activity.SEMINAR)
                .milestones(Milestones.builder().invitation(d(date).minusDays(7), Invitee.SO_GDDT, Invitee.PHONG_GDDT)
                        .build())
                .initiativesBy(initiativesBy);
    }

    /** A plan of cluster 2 that breaks no rule as of 20/07/2020. */
    static Plan compliant() {
        return Plan.builder("qn-cum-2", SchoolYear.of(2019), Level.MAM_NON, Scope.NETWORK)
                .cluster(new Cluster("Cụm thứ 2", "tu-nghia", "mo-duc", null, CLUSTER_2, d("2019-10-10")))
                .submittedOn(d("2019-10-25"))
                .sessions(
                        session("s1", "2019-11-20", "tu-nghia", "tu-nghia", "mo-duc").status(SessionStatus.HELD).build(),
                        session("s2", "2020-03-18", "duc-pho", "duc-pho", "minh-long")
                                .activities(Activity.THEMATIC, Activity.OBSERVATION).build(),
                        session("s3", "2020-06-17", "ba-to", "ba-to").build())
                .reports(new Report(ReportKind.YEAR_END, d("2020-07-10"), List.of()))
                .products(List.of(new Product("Mô hình góc tiếng Việt cho trẻ vùng dân tộc thiểu số", d("2020-06-30"))))
                .build();
    }

    static CheckResult check(Plan plan) {
        return check(plan, AFTER_YEAR);
    }

    static CheckResult check(Plan plan, LocalDate asOf) {
        return CHECKER.check(plan, PACK, asOf);
    }

    static Plan withMembers(Plan plan, Member... members) {
        Cluster c = plan.cluster();
        return plan.toBuilder().cluster(new Cluster(c.name(), c.head(), c.deputy(), null, Arrays.asList(members),
                c.rolesReportedOn())).build();
    }

    static Plan withRolesReportedOn(Plan plan, LocalDate on) {
        return plan.toBuilder().cluster(plan.cluster().withRolesReportedOn(on)).build();
    }

    @Test
    void theCompliantPlanHasNoViolationAndNoObligation() {
        CheckResult r = check(compliant());
        assertEquals(List.of(), summary(r));
        assertEquals(List.of(), r.obligations());
    }

    @Test
    void everyRuleHasTextsAndMetadata() {
        var rules = CHECKER.packs().get(PACK).rules();
        assertEquals(8, rules.size(), "its own rules; the core rules are RulePacks.coreRules()");
        assertEquals(8, rules.stream().filter(r -> r.packId().equals(PACK)).count());
        assertTrue(rules.stream().allMatch(r -> !r.citation().section().isBlank()));
    }

    @Test
    void thePackCoversNetworkPlansOfPreschoolsFor2019To2020Only() {
        Plan clusterScope = compliant().toBuilder().scope(Scope.CLUSTER).build();
        Plan nextYear = compliant().toBuilder().schoolYear(SchoolYear.of(2020))
                .calendar(new PlanCalendar(d("2020-09-05"), d("2021-01-16"), d("2021-05-30"), List.of())).build();
        Plan primary = compliant().toBuilder().level(Level.TIEU_HOC).build();
        for (Plan plan : List.of(clusterScope, nextYear, primary)) {
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> check(plan));
            assertEquals(1, e.problems().size(), e.getMessage());
        }
        assertEquals(List.of("/scope"), assertThrows(InvalidPlanException.class, () -> check(clusterScope))
                .problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void withoutACalendarOfItsOwnThePlanRunsOnTheAmended2019To2020Year() {
        // QĐ 736/QĐ-BGDĐT: the year ends before 15/07/2020, so 14/07/2020 is in it and 15/07/2020 is not
        assertEquals(List.of(), summary(check(withSession(compliant(), 2, s -> s.date(d("2020-07-14"))))));
        assertEquals(List.of("core:session-outside-school-year /sessions/2/date"),
                summary(check(withSession(compliant(), 2, s -> s.date(d("2020-07-15"))))));
    }

    @Nested
    class ClusterComposition {
        static final String RULE = "quangngai-mn-2019:cluster-composition";

        @ParameterizedTest(name = "cluster {0} complies")
        @CsvSource(delimiter = '|', value = {
            "1 | Thành phố, Nghĩa Hành, Sơn Tây, Lý Sơn",
            "2 | Tư Nghĩa, Mộ Đức, Đức Phổ, Minh Long, Ba Tơ",
            "3 | Sơn Tịnh, Bình Sơn, Trà Bồng, Tây Trà, Sơn Hà",
        })
        void eachClusterOfSectionIIComplies(int cluster, String names) {
            List<String> units = List.of(names.split(", "));
            Member[] members = new Member[units.size()];
            for (int i = 0; i < members.length; i++) {
                members[i] = m("u" + i, units.get(i));
            }
            assertEquals(List.of(), summary(check(onlyMembers(members))), "cluster " + cluster);
        }

        /** A plan whose cluster has these members, the first two its head and deputy, all presenting initiatives. */
        static Plan onlyMembers(Member... members) {
            String[] ids = Arrays.stream(members).map(Member::id).toArray(String[]::new);
            return compliant().toBuilder()
                    .cluster(new Cluster("Cụm", ids[0], ids.length > 1 ? ids[1] : null, null, List.of(members),
                            d("2019-10-10")))
                    .sessions(session("s1", "2020-03-18", ids[0], ids).activities(Activity.THEMATIC).build())
                    .build();
        }

        @Test
        void namesMatchWhateverTheOrderCaseSpacingOrUnicodeForm() {
            Plan plan = withMembers(compliant(), m("ba-to", "  BA   TƠ "), m("tu-nghia", nfd("tư nghĩa")),
                    m("mo-duc", nfd(" Mộ  Đức")), m("duc-pho", "ĐỨC PHỔ"), m("minh-long", "Minh\tLong"));
            assertEquals(List.of(), paths(check(plan), RULE));
        }

        @Test
        void decomposedAndComposedNamesAreTheSameName() {
            String composed = "Mộ Đức";
            String decomposed = nfd(composed);
            assertTrue(!composed.equals(decomposed));
            Plan mixed = withMembers(compliant(), m("tu-nghia", "Tư Nghĩa"), m("mo-duc", decomposed),
                    m("duc-pho", nfd("Đức Phổ")), m("minh-long", "Minh Long"), m("ba-to", nfd("Ba Tơ")));
            assertEquals(List.of(), paths(check(mixed), RULE));
        }

        @Test
        void aMissingUnitViolates() {
            CheckResult r = check(onlyMembers(CLUSTER_2.subList(0, 4).toArray(Member[]::new)));
            assertEquals(List.of("/cluster/members"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("cluster", 2, "missing", List.of("Ba Tơ"), "extra", List.of()), v.details());
            assertEquals("Thành viên của cụm chưa đủ Cụm thứ 2 ở mục II của kế hoạch (gồm Tư Nghĩa, Mộ Đức, Đức Phổ, "
                    + "Minh Long, Ba Tơ): còn thiếu Ba Tơ.", v.message());
            assertEquals("II", v.citation().section());
        }

        @Test
        void aUnitOfAnotherClusterViolates() {
            List<Member> six = new ArrayList<>(CLUSTER_2);
            six.add(m("son-ha", " Sơn  Hà"));
            CheckResult r = check(withMembers(compliant(), six.toArray(Member[]::new)));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("cluster", 2, "missing", List.of(), "extra", List.of("Sơn Hà")), v.details());
            assertEquals("Thành viên của cụm không đúng Cụm thứ 2 ở mục II của kế hoạch (gồm Tư Nghĩa, Mộ Đức, "
                    + "Đức Phổ, Minh Long, Ba Tơ): thừa Sơn Hà (không thuộc cụm hoặc ghi trùng).", v.message());
        }

        @Test
        void aSwappedUnitIsBothMissingAndExtra() {
            CheckResult r = check(withMembers(compliant(), CLUSTER_2.get(0), CLUSTER_2.get(1), CLUSTER_2.get(2),
                    CLUSTER_2.get(3), m("ba-to", "Bình Sơn")));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("cluster", 2, "missing", List.of("Ba Tơ"), "extra", List.of("Bình Sơn")),
                    v.details());
            assertEquals("Thành viên của cụm chưa đúng Cụm thứ 2 ở mục II của kế hoạch (gồm Tư Nghĩa, Mộ Đức, "
                    + "Đức Phổ, Minh Long, Ba Tơ): còn thiếu Ba Tơ; thừa Bình Sơn (không thuộc cụm hoặc ghi trùng).",
                    v.message());
        }

        @Test
        void aUnitListedTwiceIsExtra() {
            List<Member> six = new ArrayList<>(CLUSTER_2);
            six.add(m("mo-duc-2", nfd("mộ  đức")));
            Violation v = violations(check(withMembers(compliant(), six.toArray(Member[]::new))), RULE).get(0);
            assertEquals(Map.of("cluster", 2, "missing", List.of(), "extra", List.of("mộ đức")), v.details());
        }

        @Test
        void membersNamedOtherwiseThanSectionIIMatchNoCluster() {
            CheckResult r = check(onlyMembers(m("tu-nghia", "Phòng GDĐT Tư Nghĩa"), m("mo-duc", "Phòng GDĐT Mộ Đức")));
            assertEquals(List.of("/cluster/members"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("extra", List.of("Phòng GDĐT Tư Nghĩa", "Phòng GDĐT Mộ Đức")), v.details());
            assertTrue(v.message().startsWith("Không thành viên nào của cụm (Phòng GDĐT Tư Nghĩa, Phòng GDĐT Mộ Đức) "
                    + "là đơn vị của một trong ba cụm ở mục II của kế hoạch; ghi tên đơn vị đúng như mục II: "
                    + "Cụm thứ 1 gồm Thành phố"), v.message());
        }

        @Test
        void theClusterSharingMostNamesIsTheOneCompared() {
            // three units of cluster 3 and two of cluster 2: compared with cluster 3
            Violation v = violations(check(onlyMembers(m("a", "Sơn Tịnh"), m("b", "Ba Tơ"), m("c", "Trà Bồng"),
                    m("d", "Tư Nghĩa"), m("e", "Tây Trà"))), RULE).get(0);
            assertEquals(Map.of("cluster", 3, "missing", List.of("Bình Sơn", "Sơn Hà"),
                    "extra", List.of("Ba Tơ", "Tư Nghĩa")), v.details());
        }

        @Test
        void onATieTheFirstClusterIsTheOneCompared() {
            Violation v = violations(check(onlyMembers(m("a", "Tư Nghĩa"), m("b", "Lý Sơn"))), RULE).get(0);
            assertEquals(Map.of("cluster", 1, "missing", List.of("Thành phố", "Nghĩa Hành", "Sơn Tây"),
                    "extra", List.of("Tư Nghĩa")), v.details());
        }

        static String nfd(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFD);
        }
    }

    @Nested
    class RolesReported {
        static final String RULE = "quangngai-mn-2019:roles-reported";

        @ParameterizedTest(name = "roles reported {0}: violates {1}")
        @CsvSource({"2019-09-25, false", "2019-10-31, false", "2019-11-01, true"})
        void dueBy31October2019(String reportedOn, boolean violates) {
            CheckResult r = check(withRolesReportedOn(compliant(), d(reportedOn)));
            assertEquals(violates ? List.of("/cluster/rolesReportedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("required", d("2019-10-31"), "actual", d("2019-11-01")), v.details());
                assertEquals("Cụm báo cáo cụm trưởng, cụm phó về Thường trực tổ mạng lưới chuyên môn ngày 01/11/2019, "
                        + "sau hạn 31/10/2019 (tháng 10, khi cụm xây dựng kế hoạch).", v.message());
            }
        }

        @Test
        void aRolesReportCounts() {
            Plan plan = withRolesReportedOn(compliant(), null).toBuilder().reports(
                    new Report(ReportKind.ROLES, d("2019-10-30"), List.of()),
                    new Report(ReportKind.YEAR_END, d("2020-07-10"), List.of())).build();
            assertEquals(List.of(), paths(check(plan), RULE));
            Plan late = plan.toBuilder().reports(new Report(ReportKind.ROLES, d("2019-11-04"), List.of())).build();
            assertEquals(List.of("/reports/0/submittedOn"), paths(check(late), RULE));
        }

        @Test
        void missingWhileOctoberLastsIsAnObligation() {
            CheckResult r = check(withRolesReportedOn(compliant(), null), d("2019-10-31"));
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2019-10-31"), o.dueOn());
            assertEquals("/cluster/rolesReportedOn", o.path());
            assertEquals("Báo cáo cụm trưởng, cụm phó về Thường trực tổ mạng lưới chuyên môn cấp tỉnh chậm nhất ngày "
                    + "31/10/2019 (tháng 10, khi cụm xây dựng kế hoạch).", o.message());
        }

        @Test
        void missingAfterOctoberViolates() {
            CheckResult r = check(withRolesReportedOn(compliant(), null), d("2019-11-01"));
            assertEquals(List.of("/cluster/rolesReportedOn"), paths(r, RULE));
            assertEquals(Map.of("required", d("2019-10-31")), violations(r, RULE).get(0).details());
            assertEquals(List.of(), obligations(r, RULE));
        }

        @Test
        void aHeadOrDeputyNotChosenViolatesEvenWhenReported() {
            Cluster c = compliant().cluster();
            Plan plan = compliant().toBuilder().cluster(new Cluster(c.name(), null, null, null, c.members(),
                    c.rolesReportedOn())).build();
            CheckResult r = check(plan);
            assertEquals(List.of("/cluster/head", "/cluster/deputy"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Map.of("field", "head"), v.details());
            assertEquals("Cụm chưa chọn cụm trưởng; các cụm chủ động chọn cụm trưởng, cụm phó và báo cáo về Thường "
                    + "trực tổ mạng lưới chuyên môn cấp tỉnh.", v.message());
        }
    }

    @Nested
    class PlanInOctober {
        static final String RULE = "quangngai-mn-2019:plan-in-october";

        @ParameterizedTest(name = "plan sent {0}: violates {1}")
        @CsvSource({"2019-09-30, false", "2019-10-31, false", "2019-11-01, true"})
        void dueBy31October2019(String sentOn, boolean violates) {
            CheckResult r = check(compliant().toBuilder().submittedOn(d(sentOn)).build());
            assertEquals(violates ? List.of("/submittedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("required", d("2019-10-31"), "actual", d("2019-11-01")), v.details());
                assertEquals("Kế hoạch của cụm gửi Sở GDĐT (qua Phòng GDMN) ngày 01/11/2019, sau hạn 31/10/2019 "
                        + "(tháng 10/2019).", v.message());
                assertEquals("III (Tháng 10)", v.citation().section());
            }
        }

        @Test
        void missingWhileOctoberLastsIsAnObligation() {
            CheckResult r = check(compliant().toBuilder().submittedOn(null).build(), d("2019-10-31"));
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(d("2019-10-31"), o.dueOn());
            assertEquals("/submittedOn", o.path());
            assertEquals("Gửi kế hoạch của cụm về Sở GDĐT (qua Phòng GDMN) chậm nhất ngày 31/10/2019.", o.message());
        }

        @Test
        void missingAfterOctoberViolates() {
            CheckResult r = check(compliant().toBuilder().submittedOn(null).build(), d("2019-11-01"));
            assertEquals(List.of("/submittedOn"), paths(r, RULE));
            assertEquals("Cụm chưa gửi kế hoạch về Sở GDĐT (qua Phòng GDMN); hạn là 31/10/2019 (tháng 10/2019).",
                    violations(r, RULE).get(0).message());
        }

        @Test
        void aPlanReportCountsAsSendingThePlan() {
            Plan plan = compliant().toBuilder().submittedOn(null).reports(
                    new Report(ReportKind.PLAN, d("2019-10-28"), List.of()),
                    new Report(ReportKind.YEAR_END, d("2020-07-10"), List.of())).build();
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class ReplicationProduct {
        static final String RULE = "quangngai-mn-2019:replication-product";

        Plan proposedOn(LocalDate... days) {
            List<Product> products = new ArrayList<>();
            for (LocalDate day : days) {
                products.add(new Product("Sản phẩm " + products.size(), day));
            }
            return compliant().toBuilder().products(products).build();
        }

        @ParameterizedTest(name = "product proposed {0}: violates {1}")
        @CsvSource({"2020-07-14, false", "2020-07-15, true"})
        void dueByTheEndOfTheSchoolYear(String proposedOn, boolean violates) {
            CheckResult r = check(proposedOn(d(proposedOn)));
            assertEquals(violates ? List.of("/products/0/proposedOn") : List.of(), paths(r, RULE));
            if (violates) {
                assertEquals(Map.of("required", YEAR_END, "actual", d("2020-07-15")),
                        violations(r, RULE).get(0).details());
            }
        }

        @Test
        void theEarliestProposalCounts() {
            CheckResult r = check(proposedOn(null, d("2020-08-01"), d("2020-05-12")));
            assertEquals(List.of(), paths(r, RULE));
        }

        @Test
        void noProductIsAnObligationUntilTheYearEnds() {
            CheckResult r = check(compliant().toBuilder().products(List.of()).build(), YEAR_END);
            assertEquals(List.of(), paths(r, RULE));
            Obligation o = obligations(r, RULE).get(0);
            assertEquals(YEAR_END, o.dueOn());
            assertEquals("/products", o.path());
            assertEquals("Cụm đề xuất Lãnh đạo Sở ít nhất 01 sản phẩm để nhân rộng mô hình ra toàn tỉnh, chậm nhất "
                    + "ngày 14/07/2020 (cuối năm học).", o.message());
        }

        @Test
        void noProductAfterTheYearViolates() {
            CheckResult r = check(compliant().toBuilder().products(List.of()).build(), d("2020-07-15"));
            assertEquals(List.of("/products"), paths(r, RULE));
            assertEquals("Cụm chưa có sản phẩm nào đề xuất Lãnh đạo Sở nhân rộng mô hình ra toàn tỉnh; hạn là cuối "
                    + "năm học (14/07/2020).", violations(r, RULE).get(0).message());
        }

        @Test
        void aProductNotYetProposedPointsAtItsDate() {
            CheckResult r = check(proposedOn((LocalDate) null), d("2020-07-15"));
            assertEquals(List.of("/products/0/proposedOn"), paths(r, RULE));
        }
    }

    @Nested
    class TopicSessionWindow {
        static final String RULE = "quangngai-mn-2019:topic-session-window";

        @ParameterizedTest(name = "the only thematic session on {0}: warns {1}")
        @CsvSource({"2020-01-31, true", "2020-02-01, false", "2020-05-31, false", "2020-06-01, true"})
        void theWindowRunsFrom1FebruaryTo31May2020(String date, boolean warns) {
            CheckResult r = check(withSession(compliant(), 1, s -> s.date(d(date))));
            assertEquals(warns ? List.of("/sessions") : List.of(), paths(r, RULE));
        }

        @Test
        void noThematicSessionInTheWindowIsAWarning() {
            CheckResult r = check(withSession(compliant(), 1, s -> s.activities(Activity.OBSERVATION)));
            assertEquals(List.of("/sessions"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.WARNING, v.severity());
            assertEquals(Map.of("from", d("2020-02-01"), "to", d("2020-05-31"), "required", 1, "actual", 0),
                    v.details());
            assertEquals("Kế hoạch chưa có buổi sinh hoạt chuyên đề nào của cụm từ 01/02/2020 đến 31/05/2020; theo "
                    + "mục III, các cụm tổ chức sinh hoạt chuyên đề đã chọn trong các tháng 2 đến 5/2020.", v.message());
        }

        @Test
        void aCancelledThematicSessionDoesNotCount() {
            Plan plan = withSession(compliant(), 1, s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of("/sessions"), paths(check(plan), RULE));
        }

        @Test
        void judgedWhateverTheAsOfDate() {
            Plan plan = withSession(compliant(), 1, s -> s.activities(Activity.SEMINAR));
            assertEquals(List.of("/sessions"), paths(check(plan, d("2019-10-01")), RULE));
            assertEquals(List.of(), obligations(check(plan, d("2019-10-01")), RULE));
        }
    }

    @Nested
    class InviteDepartment {
        static final String RULE = "quangngai-mn-2019:invite-department";

        @Test
        void everySessionInvitingTheSoComplies() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aSessionNotInvitingTheSoViolates() {
            CheckResult r = check(withSession(compliant(), 1, s -> s.milestones(Milestones.builder()
                    .invitation(d("2020-03-11"), Invitee.PHONG_GDDT, Invitee.CORE_STAFF).build())));
            assertEquals(List.of("/sessions/1/milestones/invitees"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.ERROR, v.severity());
            assertEquals(Map.of("session", "s2", "date", d("2020-03-18"), "invitees", List.of("PHONG_GDDT",
                    "CORE_STAFF")), v.details());
            assertEquals("Buổi sinh hoạt ngày 18/03/2020 chưa gửi thư mời Sở GDĐT (qua Phòng GDMN) để tham dự và hỗ trợ.",
                    v.message());
            assertEquals("IV.3", v.citation().section());
        }

        @Test
        void aSessionStillAheadWithoutInvitationIsAnObligationDueTheDayBefore() {
            // s3 on 17/06/2020: as of 16/06 the invitation is still due (obligation), as of 17/06 it is late
            Plan plan = withSession(compliant(), 2, s -> s.milestones(Milestones.NONE));
            CheckResult before = check(plan, d("2020-06-16"));
            assertEquals(List.of(), paths(before, RULE));
            assertEquals(List.of("2020-06-16 /sessions/2/milestones/invitees"), obligations(before, RULE).stream()
                    .map(o -> o.dueOn() + " " + o.path()).toList());
            assertEquals("Gửi thư mời Sở GDĐT (qua Phòng GDMN) dự buổi sinh hoạt ngày 17/06/2020, chậm nhất ngày "
                    + "16/06/2020.", obligations(before, RULE).get(0).message());
            CheckResult onTheDay = check(plan, d("2020-06-17"));
            assertEquals(List.of("/sessions/2/milestones/invitees"), paths(onTheDay, RULE));
            assertEquals(List.of(), obligations(onTheDay, RULE));
        }

        @Test
        void anInvitationRecordedWithoutTheSoViolatesEvenAhead() {
            Plan plan = withSession(compliant(), 2, s -> s.milestones(Milestones.builder()
                    .invitation(d("2020-06-10"), Invitee.PHONG_GDDT).build()));
            assertEquals(List.of("/sessions/2/milestones/invitees"), paths(check(plan, d("2019-10-01")), RULE));
            assertEquals(List.of(), obligations(check(plan, d("2019-10-01")), RULE));
        }

        @Test
        void aCancelledSessionIsNotJudged() {
            Plan plan = withSession(compliant(), 2, s -> s.milestones(Milestones.NONE).status(SessionStatus.CANCELLED));
            assertEquals(List.of(), paths(check(plan), RULE));
        }
    }

    @Nested
    class ResultsReported {
        static final String RULE = "quangngai-mn-2019:results-reported";

        Plan reportedOn(LocalDate day) {
            return compliant().toBuilder().reports(new Report(ReportKind.YEAR_END, day, List.of())).build();
        }

        @ParameterizedTest(name = "results reported {0}: violates {1}")
        @CsvSource({"2020-07-14, false", "2020-07-15, true"})
        void dueByTheEndOfTheSchoolYear(String on, boolean violates) {
            CheckResult r = check(reportedOn(d(on)));
            assertEquals(violates ? List.of("/reports/0/submittedOn") : List.of(), paths(r, RULE));
            if (violates) {
                Violation v = violations(r, RULE).get(0);
                assertEquals(Map.of("required", YEAR_END, "actual", d("2020-07-15")), v.details());
                assertEquals("Báo cáo kết quả hoạt động của cụm gửi Thường trực tổ mạng lưới chuyên môn ngày 15/07/2020, "
                        + "sau hạn 14/07/2020 (cuối năm học).", v.message());
            }
        }

        @Test
        void missingIsAnObligationUntilTheYearEndsThenAViolation() {
            Plan plan = compliant().toBuilder().reports().build();
            CheckResult before = check(plan, YEAR_END);
            assertEquals(List.of(), paths(before, RULE));
            Obligation o = obligations(before, RULE).get(0);
            assertEquals(YEAR_END, o.dueOn());
            assertEquals("/reports", o.path());
            CheckResult after = check(plan, d("2020-07-15"));
            assertEquals(List.of("/reports"), paths(after, RULE));
            assertEquals("Cụm chưa báo cáo kết quả hoạt động về Thường trực tổ mạng lưới chuyên môn; hạn là 14/07/2020 "
                    + "(cuối năm học).", violations(after, RULE).get(0).message());
        }

        @Test
        void aPlanCalendarMovesTheDueDate() {
            // a plan keeping the standing frame's end of year (before 31/05/2020) is due then
            Plan plan = reportedOn(d("2020-06-10")).toBuilder()
                    .calendar(new PlanCalendar(null, null, d("2020-05-30"), List.of()))
                    .sessions(compliant().sessions().subList(0, 2)).build();
            assertEquals(List.of("/reports/0/submittedOn"), paths(check(plan), RULE));
        }
    }

    @Nested
    class MemberInitiative {
        static final String RULE = "quangngai-mn-2019:member-initiative";

        @Test
        void everyMemberPresentingAnInitiativeComplies() {
            assertEquals(List.of(), paths(check(compliant()), RULE));
        }

        @Test
        void aMemberWithoutInitiativeIsAWarning() {
            CheckResult r = check(withSession(compliant(), 2, s -> s.initiativesBy()));
            assertEquals(List.of("/cluster/members/4"), paths(r, RULE));
            Violation v = violations(r, RULE).get(0);
            assertEquals(Severity.WARNING, v.severity());
            assertEquals(Map.of("member", "ba-to"), v.details());
            assertEquals("Ba Tơ chưa có sáng kiến riêng trình bày tại buổi sinh hoạt cụm nào trong năm học; mỗi thành "
                    + "viên tổ mạng lưới chuyên môn phải có những sáng kiến riêng.", v.message());
            assertEquals("I.2", v.citation().section());
        }

        @Test
        void anInitiativeAtACancelledSessionDoesNotCount() {
            Plan plan = withSession(compliant(), 2, s -> s.status(SessionStatus.CANCELLED));
            assertEquals(List.of("/cluster/members/4"), paths(check(plan), RULE));
        }

        @ValueSource(strings = {"2019-10-01", "2020-07-20"})
        @ParameterizedTest(name = "as of {0}")
        void judgedWhateverTheAsOfDate(String asOf) {
            Plan plan = withSession(compliant(), 0, s -> s.initiativesBy("tu-nghia"));
            assertEquals(List.of("/cluster/members/1"), paths(check(plan, d(asOf)), RULE));
        }
    }
}
