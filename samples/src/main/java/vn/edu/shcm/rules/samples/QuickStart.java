package vn.edu.shcm.rules.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.model.Plan;

/** Reads a plan from JSON, checks it against the Tuyên Quang preschool pack and prints the violations. */
public final class QuickStart {

    private QuickStart() {
    }

    /** Checks the plan file given as the first argument (the shipped Tuyên Quang example by default). */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/plans/tuyen-quang-mn-2025-2026.json");
        CheckResult result = check(file, LocalDate.of(2025, 12, 1));
        result.violations().forEach(v -> System.out.println(v.severity() + " " + v.path() + ": " + v.message()));
        result.obligations().forEach(o -> System.out.println("DUE " + o.dueOn() + ": " + o.message()));
    }

    /** The five lines of the README: read, check, look at the result. */
    static CheckResult check(Path file, LocalDate asOf) {
        Checker checker = Checker.create();                      // finds every pack on the class path
        Plan plan = ExchangeFormat.readPlan(file);                // throws InvalidPlanException, every problem located
        return checker.check(plan, "tuyenquang-mn-2025", asOf);  // violations sorted, obligations by due date
    }
}
