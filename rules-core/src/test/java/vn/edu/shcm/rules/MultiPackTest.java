package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.facts.FieldGap;
import vn.edu.shcm.rules.facts.MemberFact;
import vn.edu.shcm.rules.facts.Period;
import vn.edu.shcm.rules.facts.PlanFacts;
import vn.edu.shcm.rules.facts.ReportFact;
import vn.edu.shcm.rules.facts.SessionFact;
import vn.edu.shcm.rules.facts.SubjectFact;
import vn.edu.shcm.rules.facts.SubjectSemester;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * Several packs in one check, packs chosen for a plan by jurisdiction, and {@link RulePack} as an SPI that a class
 * other than {@link DrlRulePack} implements.
 */
class MultiPackTest {

    /** A pack written in plain Java: every counted session on a Friday is a WARNING. */
    static class NoFridays implements RulePack {
        private final String id;
        private final Jurisdiction jurisdiction;

        NoFridays(String id, Jurisdiction jurisdiction) {
            this.id = id;
            this.jurisdiction = jurisdiction;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return "Không họp thứ Sáu";
        }

        @Override
        public String titleEn() {
            return "No meetings on Fridays";
        }

        @Override
        public SourceDocument source() {
            return new SourceDocument("Quy định thử", "Trường thử", null, null, null);
        }

        @Override
        public Coverage coverage() {
            return new Coverage(java.util.EnumSet.of(Level.THCS), java.util.EnumSet.of(Scope.CLUSTER),
                    SchoolYear.of(2025), null);
        }

        @Override
        public Jurisdiction jurisdiction() {
            return jurisdiction;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of();
        }

        @Override
        public List<RuleInfo> rules() {
            return List.of(new RuleInfo(id + ":no-friday", Severity.WARNING, new Citation("Quy định thử", "1"),
                    "Không họp thứ Sáu", "No meetings on Fridays", "…", "…", java.util.Set.of(Scope.CLUSTER)));
        }

        @Override
        public PackFindings evaluate(PlanFacts facts) {
            List<Violation> found = new ArrayList<>();
            for (SessionFact s : facts.ofType(SessionFact.class)) {
                if (s.counts() && s.date().getDayOfWeek() == java.time.DayOfWeek.FRIDAY) {
                    found.add(new Violation(id + ":no-friday", Severity.WARNING, s.path("date"), "Thứ Sáu",
                            "A Friday", rules().get(0).citation(), Map.of("date", s.date())));
                }
            }
            return new PackFindings(found, List.of());
        }
    }

    /** A plain-Java pack that reports every empty field (FieldGap, which no core rule reads) and says it reads them. */
    static class EmptyFields extends NoFridays {
        private final Set<Class<?>> reads;
        List<Object> given = List.of();

        EmptyFields(String id, Set<Class<?>> reads) {
            super(id, Jurisdiction.national());
            this.reads = reads;
        }

        @Override
        public Set<Class<?>> factTypes() {
            return reads;
        }

        @Override
        public PackFindings evaluate(PlanFacts facts) {
            given = facts.facts();
            List<Violation> found = new ArrayList<>();
            for (FieldGap g : facts.ofType(FieldGap.class)) {
                found.add(new Violation(id() + ":no-friday", Severity.WARNING, g.path(), "Trống", "Empty",
                        rules().get(0).citation(), Map.of()));
            }
            return new PackFindings(found, List.of());
        }
    }

    @Test
    void aCheckDerivesTheFactsItsPacksReadAndNoOthers() {
        EmptyFields reading = new EmptyFields("test-gaps", Set.of(FieldGap.class));
        Checker checker = Checker.builder().packs(RulePacks.of(reading)).build();
        CheckResult r = checker.check(plan(null), "test-gaps", AS_OF);
        assertFalse(r.violationsOf("test-gaps:no-friday").isEmpty(), r::toString);
        assertTrue(reading.given.stream().anyMatch(FieldGap.class::isInstance));
        // the core rules read sessions and deliverables; nobody reads periods or members
        assertTrue(reading.given.stream().anyMatch(SessionFact.class::isInstance));
        assertFalse(reading.given.stream().anyMatch(f -> f instanceof Period || f instanceof MemberFact),
                reading.given::toString);
    }

    @Test
    void aPackThatDoesNotSayWhatItReadsIsGivenEveryFact() {
        List<Object> given = new ArrayList<>();
        NoFridays all = new NoFridays("test-all", Jurisdiction.national()) {
            @Override
            public PackFindings evaluate(PlanFacts facts) {
                given.addAll(facts.facts());
                return super.evaluate(facts);
            }
        };
        Checker.builder().packs(RulePacks.of(all)).build().check(plan(null), "test-all", AS_OF);
        for (Class<?> type : PlanFacts.TYPES) {
            if (type != SubjectFact.class && type != SubjectSemester.class && type != ReportFact.class) { // none in this plan
                assertTrue(given.stream().anyMatch(type::isInstance), type::getSimpleName);
            }
        }
    }

    @Test
    void withEveryFactAPackThatMissaysWhatItReadsStillSeesIt() {
        EmptyFields blind = new EmptyFields("test-blind", Set.of());
        Checker checker = Checker.builder().packs(RulePacks.of(blind)).build();
        assertEquals(List.of(), checker.check(plan(null), "test-blind", AS_OF).violationsOf("test-blind:no-friday"));
        CheckResult every = checker.withEveryFact().check(plan(null), "test-blind", AS_OF);
        assertFalse(every.violationsOf("test-blind:no-friday").isEmpty(), every::toString);
        assertTrue(blind.given.stream().anyMatch(Period.class::isInstance));
        assertEquals(ExchangeFormat.writeResult(CHECKER.check(plan(null), "test-national", AS_OF)),
                ExchangeFormat.writeResult(CHECKER.withEveryFact().check(plan(null), "test-national", AS_OF)));
    }

    static final NoFridays NATIONAL = new NoFridays("test-national", Jurisdiction.national());
    static final NoFridays LAO_CAI = new NoFridays("test-laocai", Jurisdiction.province("Lào Cai"));
    static final Checker CHECKER = Checker.builder().packs(RulePacks.of(new CoreOnlyPack(), NATIONAL, LAO_CAI))
            .build();
    static final LocalDate AS_OF = d("2025-12-01");

    /** A plan whose head is also deputy (a core violation) with sessions on Friday 14/11 and Monday 17/11/2025. */
    static Plan plan(String province) {
        Plan p = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").province(province)
                .sessions(session("fri", "2025-11-14").build(), session("mon", "2025-11-17").build()).build();
        return p.toBuilder().cluster(new vn.edu.shcm.rules.model.Cluster(p.cluster().name(), "a", "a", null,
                p.cluster().members(), null)).build();
    }

    @Test
    void oneResultNamesEveryPackSortedAndRunsTheCoreRulesOnce() {
        CheckResult r = CHECKER.check(plan(null), List.of("test-national", "test-core-only", "test-national"), AS_OF);
        assertEquals(List.of("test-core-only", "test-national"), r.packIds());
        assertEquals(1, r.violationsOf("core:head-is-deputy").size(), r.violations()::toString);
        assertEquals(List.of("/sessions/0/date"), r.violationsOf("test-national:no-friday").stream()
                .map(Violation::path).toList());
        assertTrue(ExchangeFormat.writeResult(r).contains("\"packs\":[\"test-core-only\",\"test-national\"]"));
    }

    @Test
    void aPackOfAnotherClassRunsLikeADrlPack() {
        CheckResult alone = CHECKER.check(plan(null), "test-national", AS_OF);
        assertEquals(List.of("test-national"), alone.packIds());
        assertEquals(List.of("core:head-is-deputy", "test-national:no-friday"),
                alone.violations().stream().map(Violation::ruleId).toList());
    }

    @Test
    void aWaiverMayNameARuleOfAnyOfThePacks() {
        Waiver friday = new Waiver("test-national:no-friday", null, "Lịch trường", "Hiệu trưởng", d("2026-05-31"));
        Waiver core = new Waiver("core:head-is-deputy", null, "Cụm nhỏ", "Phòng GDĐT", d("2026-05-31"));
        CheckResult r = CHECKER.check(plan(null), List.of("test-core-only", "test-national"), AS_OF,
                List.of(friday, core));
        assertEquals(List.of(), r.violations());
        assertEquals(2, r.waived().size());
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> CHECKER.check(plan(null),
                List.of("test-core-only"), AS_OF, List.of(friday)));
        assertTrue(e.known().contains("core:head-is-deputy"));
    }

    @Test
    void aPlanOneOfThePacksDoesNotCoverIsAnInputErrorNamingThatPack() {
        Plan primary = plan(null).toBuilder().level(Level.TIEU_HOC).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> CHECKER.check(primary, List.of("test-core-only", "test-national"), AS_OF));
        assertEquals(List.of("/level"), e.problems().stream().map(PlanProblem::path).toList());
        assertTrue(e.problems().get(0).messageEn().startsWith("Pack test-national covers"), e::getMessage);
    }

    @Test
    void noPackIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CHECKER.check(plan(null), List.of(), AS_OF));
    }

    @Test
    void aPlanGetsTheNationalPacksAndThoseOfItsProvince() {
        // the core-only test pack is national and covers everything
        assertEquals(List.of("test-core-only", "test-national"), ids(CHECKER.packs().applicableTo(plan(null))));
        assertEquals(List.of("test-core-only", "test-laocai", "test-national"),
                ids(CHECKER.packs().applicableTo(plan("Lào Cai"))));
        assertEquals(List.of("test-core-only", "test-laocai", "test-national"),
                ids(CHECKER.packs().applicableTo(plan("  lào cai "))));
        assertEquals(List.of("test-core-only", "test-national"),
                ids(CHECKER.packs().applicableTo(plan("Tuyên Quang"))));
        // both Friday packs cover 2025-2026 onward only
        assertEquals(List.of("test-core-only"),
                ids(CHECKER.packs().applicableTo(plan("Lào Cai").toBuilder().schoolYear(SchoolYear.of(2024)).build())));
        CheckResult r = CHECKER.check(plan("Lào Cai"), AS_OF);
        assertEquals(List.of("test-core-only", "test-laocai", "test-national"), r.packIds());
        assertEquals(1, r.violationsOf("core:head-is-deputy").size());
    }

    @Test
    void noPackApplyingIsAnInputErrorListingEveryPackWithWhatItCovers() {
        Checker provincial = Checker.builder().packs(RulePacks.of(LAO_CAI)).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> provincial.check(plan("Tuyên Quang"), AS_OF));
        assertEquals(List.of("/province"), e.problems().stream().map(PlanProblem::path).toList());
        String en = e.problems().get(0).messageEn();
        assertTrue(en.contains("test-laocai (Lào Cai, [THCS], [CLUSTER], 2025-2026 onward)"), en);
        InvalidPlanException none = assertThrows(InvalidPlanException.class, () -> provincial.check(plan(null),
                AS_OF));
        assertEquals(List.of(""), none.problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void anUnknownProvinceIsAnInputErrorListingTheNames() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> CHECKER.check(plan("Hà Giang"), AS_OF));
        assertEquals(List.of("/province"), e.problems().stream().map(PlanProblem::path).toList());
        assertTrue(e.problems().get(0).messageEn().contains("Tuyên Quang"), e::getMessage);
        assertEquals(34, Jurisdiction.provinces().size());
        assertTrue(Jurisdiction.provincesSource().contains("202/2025/QH15"));
        assertThrows(IllegalArgumentException.class, () -> Jurisdiction.province("Yên Bái"));
        assertEquals("Thành phố Hồ Chí Minh", Jurisdiction.province("TP. Hồ Chí Minh").province());
    }

    @Test
    void aPackReportingARuleItDoesNotListFailsLoudly() {
        RulePack liar = new NoFridays("test-liar", Jurisdiction.national()) {
            @Override
            public PackFindings evaluate(PlanFacts facts) {
                return new PackFindings(List.of(new Violation("test-liar:other", Severity.ERROR, "", "m", "m",
                        new Citation("d", "s"), Map.of())), List.of());
            }
        };
        Checker checker = Checker.builder().packs(RulePacks.of(liar)).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.check(plan(null),
                "test-liar", AS_OF));
        assertTrue(e.getMessage().contains("test-liar:other"), e::getMessage);
    }

    private static List<String> ids(List<RulePack> packs) {
        return packs.stream().map(RulePack::id).toList();
    }
}
