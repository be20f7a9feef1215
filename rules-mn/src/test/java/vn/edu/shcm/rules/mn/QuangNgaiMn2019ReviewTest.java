package vn.edu.shcm.rules.mn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Plan;

/** The review's change to {@code quangngai-mn-2019:roles-reported}: the seed gives no date, so it is a WARNING. */
class QuangNgaiMn2019ReviewTest {

    @Test
    void rolesNotReportedIsAWarning() {
        Plan p = QuangNgaiMn2019Test.compliant();
        Cluster c = p.cluster();
        Plan late = p.toBuilder().cluster(new Cluster(c.name(), c.head(), c.deputy(), c.previousHead(), c.members(),
                d("2019-11-01"))).build();
        CheckResult r = QuangNgaiMn2019Test.check(late);
        List<Violation> found = r.violationsOf("quangngai-mn-2019:roles-reported");
        assertEquals(1, found.size(), r.violations()::toString);
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(Severity.WARNING, QuangNgaiMn2019Test.CHECKER.packs().rule("quangngai-mn-2019:roles-reported")
                .severity());
    }
}
