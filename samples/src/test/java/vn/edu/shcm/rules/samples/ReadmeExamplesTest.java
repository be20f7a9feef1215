package vn.edu.shcm.rules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testkit.CheckResultAssert.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.testkit.RuleCoverage;

/** The README's Java examples for waivers and the test kit hold on the shipped Tuyên Quang plan. */
class ReadmeExamplesTest {

    static final Checker CHECKER = Checker.create();
    static final Plan PLAN = ExchangeFormat.readPlan(Path.of("plans/tuyen-quang-mn-2025-2026.json"));
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

    @Test
    void theTestKitExample() {
        CheckResult result = CHECKER.check(PLAN, "tuyenquang-mn-2025", AS_OF);
        assertThat(result)
                .hasViolation("tuyenquang-mn-2025:plan-fields").at("/sessions/2/expectedResult")
                .hasObligation("tuyenquang-mn-2025:semester-report").dueOn(LocalDate.of(2026, 1, 17))
                .hasNoViolation("tuyenquang-mn-2025:roles-assigned");
        RuleCoverage coverage = RuleCoverage.of(CHECKER.packs().get("tuyenquang-mn-2025")).recordAll(List.of(result));
        assertEquals(8, coverage.exercised().size(), coverage.exercised().toString());
    }

    @Test
    void theWaiverExample() {
        List<Waiver> waivers = ExchangeFormat.readWaivers(Path.of("waivers/tuyen-quang-mn-2025-2026.waivers.json"));
        CheckResult result = CHECKER.check(PLAN, "tuyenquang-mn-2025", AS_OF, waivers);
        assertThat(result)
                .hasErrors()
                .hasWaivedViolation("tuyenquang-mn-2025:consecutive-same-host").at("/sessions/2/host").times(1)
                .hasNoViolation("tuyenquang-mn-2025:consecutive-same-host")
                .hasExpiredWaiver("tuyenquang-mn-2025:plan-fields");
        assertEquals(2, result.waived().size());
    }
}
