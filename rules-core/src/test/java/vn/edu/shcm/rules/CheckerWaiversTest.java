package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;
import static vn.edu.shcm.rules.testing.TestPlans.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testing.CoreOnlyPack;
import vn.edu.shcm.rules.testing.TestPlans;

/**
 * Waivers given to {@link Checker#check(Plan, String, LocalDate, java.util.Collection)}: which violations they
 * move, on which days, what the result says about those that do not apply, and what they never touch.
 */
class CheckerWaiversTest {

    static final Checker CHECKER = Checker.builder().packs(RulePacks.of(new CoreOnlyPack())).build();
    static final String PACK = "test-core-only";
    static final String OUTSIDE = "core:session-outside-school-year";
    static final String HEAD = "core:head-is-deputy";
    static final String ORDER = "core:milestone-order";
    static final LocalDate AS_OF = d("2026-06-30");

    /**
     * A plan with six violations: head is deputy (/cluster/deputy); sessions 0, 2 and 3 outside the year; session 1
     * with a milestone after it and its milestones out of order.
     */
    static Plan plan() {
        Plan twoMembers = TestPlans.clusterPlan(Level.THCS, 2025, "a", "b").build();
        return twoMembers.toBuilder().cluster(Cluster.of("Cụm", "a", "a", twoMembers.cluster().members()))
                .sessions(session("s0", "2025-09-04").build(),
                        session("s1", "2025-11-10").milestones(Milestones.builder()
                                .preparationAssignedOn(d("2025-11-05")).reviewMeetingOn(d("2025-11-01"))
                                .invitationSentOn(d("2025-11-11")).build()).build(),
                        session("s2", "2025-09-03").build(),
                        session("s3", "2026-06-01").build())
                .build();
    }

    static Waiver waiver(String ruleId, String path, String expiresOn) {
        return new Waiver(ruleId, path, "Lý do " + ruleId, "Trưởng phòng", d(expiresOn));
    }

    static CheckResult check(Waiver... waivers) {
        return CHECKER.check(plan(), PACK, AS_OF, List.of(waivers));
    }

    static List<String> summary(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.path()).toList();
    }

    static List<String> waivedSummary(CheckResult r) {
        return summary(r.waived().stream().map(WaivedViolation::violation).toList());
    }

    @Test
    void withoutWaiversTheResultIsThePlainOne() {
        CheckResult plain = CHECKER.check(plan(), PACK, AS_OF);
        assertEquals(plain, CHECKER.check(plan(), PACK, AS_OF, List.of()));
        assertEquals(6, plain.violations().size());
    }

    @Test
    void aWaiverWithoutPathMovesEveryViolationOfItsRule() {
        Waiver w = waiver(OUTSIDE, null, "2026-12-31");
        CheckResult r = check(w);
        assertEquals(List.of(OUTSIDE + " /sessions/0/date", OUTSIDE + " /sessions/2/date",
                OUTSIDE + " /sessions/3/date"), waivedSummary(r));
        assertTrue(r.waived().stream().allMatch(x -> x.waiver().equals(w)));
        assertEquals(List.of(HEAD + " /cluster/deputy", "core:milestone-after-session "
                + "/sessions/1/milestones/invitationSentOn", ORDER + " /sessions/1/milestones/reviewMeetingOn"),
                summary(r.violations()));
        assertEquals(List.of(), r.expiredWaivers());
        assertEquals(List.of(), r.unusedWaivers());
    }

    @Test
    void aWaiverWithAPathMovesTheViolationAtThatPathOnly() {
        CheckResult r = check(waiver(OUTSIDE, "/sessions/2/date", "2026-12-31"));
        assertEquals(List.of(OUTSIDE + " /sessions/2/date"), waivedSummary(r));
        assertEquals(List.of(OUTSIDE + " /sessions/0/date", OUTSIDE + " /sessions/3/date"),
                summary(r.violationsOf(OUTSIDE)));
    }

    @Test
    void waivedErrorsNoLongerCountAsErrors() {
        CheckResult r = check(waiver(OUTSIDE, null, "2026-12-31"), waiver(HEAD, null, "2026-12-31"),
                waiver("core:milestone-after-session", null, "2026-12-31"));
        assertFalse(r.hasErrors());
        assertEquals(List.of(ORDER + " /sessions/1/milestones/reviewMeetingOn"), summary(r.violations()));
        assertEquals(5, r.waived().size());
    }

    @Test
    void onItsExpiryDateAWaiverStillAppliesAndTheDayAfterItHasExpiredAndSaysSo() {
        Waiver w = waiver(HEAD, "/cluster/deputy", "2026-06-30");
        CheckResult lastDay = CHECKER.check(plan(), PACK, d("2026-06-30"), List.of(w));
        assertEquals(List.of(HEAD + " /cluster/deputy"), waivedSummary(lastDay));
        assertEquals(List.of(), lastDay.expiredWaivers());

        CheckResult dayAfter = CHECKER.check(plan(), PACK, d("2026-07-01"), List.of(w));
        assertEquals(List.of(), dayAfter.waived());
        assertEquals(List.of(HEAD + " /cluster/deputy"), summary(dayAfter.violationsOf(HEAD)));
        assertEquals(List.of(w), dayAfter.expiredWaivers(), "the expired waiver that would have applied is listed");
        assertEquals(List.of(), dayAfter.unusedWaivers());
        assertTrue(dayAfter.hasErrors());
    }

    @Test
    void aWaiverThatMatchesNothingIsUnusedExpiredOrNot() {
        Waiver wrongPath = waiver(HEAD, "/cluster/head", "2026-12-31");
        Waiver expiredElsewhere = waiver(OUTSIDE, "/sessions/1/date", "2025-12-31");
        Waiver applied = waiver(ORDER, null, "2026-12-31");
        CheckResult r = check(applied, wrongPath, expiredElsewhere);
        assertEquals(List.of(wrongPath, expiredElsewhere), r.unusedWaivers(), "sorted by rule id");
        assertEquals(List.of(), r.expiredWaivers());
        assertEquals(List.of(ORDER + " /sessions/1/milestones/reviewMeetingOn"), waivedSummary(r));
    }

    @Test
    void aWaiverWithThePathWinsOverOneWithoutAndAnExpiredOneGivesWayToAValidOne() {
        Waiver exact = waiver(OUTSIDE, "/sessions/0/date", "2026-12-31");
        Waiver wide = waiver(OUTSIDE, null, "2026-12-31");
        Waiver expired = waiver(OUTSIDE, "/sessions/3/date", "2026-01-31");
        CheckResult r = check(wide, expired, exact);
        assertEquals(List.of(exact, wide, wide), r.waived().stream().map(WaivedViolation::waiver).toList());
        assertEquals(List.of(expired), r.expiredWaivers(), "it would have matched /sessions/3/date");
        assertEquals(List.of(), r.unusedWaivers());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheWaivers() {
        List<Waiver> pool = new ArrayList<>(List.of(
                waiver(OUTSIDE, null, "2026-12-31"), waiver(OUTSIDE, "/sessions/2/date", "2026-12-31"),
                waiver(OUTSIDE, "/sessions/3/date", "2026-01-31"), waiver(HEAD, null, "2026-06-29"),
                waiver(HEAD, "/cluster/deputy", "2026-07-31"), waiver(ORDER, "/sessions/9", "2026-12-31"),
                waiver("core:milestone-after-session", null, "2025-01-01")));
        CheckResult expected = CHECKER.check(plan(), PACK, AS_OF, pool);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(pool, random);
            List<Waiver> doubled = new ArrayList<>(pool);
            doubled.add(pool.get(0));
            assertEquals(expected, CHECKER.check(plan(), PACK, AS_OF, doubled), "order " + pool);
        }
        assertEquals(4, expected.waived().size());
        assertEquals(3, expected.expiredWaivers().size());
        assertEquals(1, expected.unusedWaivers().size());
    }

    @Test
    void waiversNeverHideInputErrors() {
        Plan broken = plan().toBuilder().sessions(session("s0", "2025-11-10").host("nobody").build()).build();
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(broken, PACK, AS_OF,
                List.of(waiver(OUTSIDE, null, "2026-12-31"), waiver(HEAD, null, "2026-12-31"))));
        assertEquals(List.of("/sessions/0/host"), e.problems().stream().map(PlanProblem::path).toList());
    }

    @Test
    void aWaiverOfARuleThePackDoesNotRunIsAnUnknownRuleId() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> check(waiver(HEAD, null, "2026-12-31"),
                waiver("tuyenquang-mn-2025:plan-fields", null, "2026-12-31")));
        assertEquals(UnknownIdException.Kind.RULE, e.kind());
        assertEquals("tuyenquang-mn-2025:plan-fields", e.id());
        assertEquals(Set.of(OUTSIDE, HEAD, "core:milestone-after-session", ORDER), Set.copyOf(e.known()));
        assertThrows(UnknownIdException.class, () -> CHECKER.check(plan(), "nope", AS_OF, List.of()));
    }
}
