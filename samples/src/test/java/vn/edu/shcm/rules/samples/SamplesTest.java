package vn.edu.shcm.rules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;

/** The runnable samples do what their documentation says. */
class SamplesTest {

    @Test
    void quickStartChecksTheShippedPlan() {
        CheckResult r = QuickStart.check(Path.of("plans/tuyen-quang-mn-2025-2026.json"), LocalDate.of(2025, 12, 1));
        assertEquals("tq-cum-mn-so-5-2025-2026", r.planId());
        assertTrue(r.hasErrors());
        assertEquals(3, r.obligations().size());
    }

    @Test
    void aPlanBuiltInCodeIsCheckedLikeOneReadFromJson() {
        CheckResult r = PlanFromObjects.check();
        // two sessions only (Q4 2025 and Q2 2026), both hosted by Hoa Mai while Tuổi Hồng hosts none
        assertEquals(List.of("tuyenquang-mn-2025:session-per-quarter /sessions",
                        "tuyenquang-mn-2025:consecutive-same-host /sessions/1/host",
                        "tuyenquang-mn-2025:host-repeat-before-rotation /sessions/1/host"),
                r.violations().stream().map(v -> v.ruleId() + " " + v.path()).toList());
    }
}
