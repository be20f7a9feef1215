package vn.edu.shcm.rules.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.model.Plan;

/**
 * The first call in a fresh JVM, phase by phase: read the plan, create the checker, check it once (and write the
 * result), then check it again and nine times more, printing each phase's wall time in microseconds on one line
 * {@code read=… create=… first=… write=… second=… tenth=…}; with {@code --warm-up}, {@code Checker.warmUp()} runs
 * between create and the first check, as the Spring Boot starter does at start-up, and is timed as {@code warmUp}.
 * Each phase also prints a marker line {@code ##phase} before it, so that {@code -Xlog:class+load:stdout} shows
 * which classes each phase loads.
 *
 * <p>Usage: {@code java -cp benchmarks.jar vn.edu.shcm.rules.benchmarks.FirstCall [--warm-up] PLAN.json PACK ASOF}
 */
public final class FirstCall {

    private FirstCall() {
    }

    /** Runs the phases and prints their times. */
    public static void main(String[] args) {
        boolean warm = args[0].equals("--warm-up");
        int a = warm ? 1 : 0;
        Path file = Path.of(args[a]);
        String pack = args[a + 1];
        LocalDate asOf = LocalDate.parse(args[a + 2]);
        StringBuilder out = new StringBuilder();

        System.out.println("##read");
        long t = System.nanoTime();
        Plan plan = ExchangeFormat.readPlan(file);
        t = lap(out, "read", t);

        System.out.println("##create");
        Checker checker = Checker.create();
        t = lap(out, "create", t);

        if (warm) {
            System.out.println("##warmUp");
            checker.warmUp();
            t = lap(out, "warmUp", t);
        }

        System.out.println("##first");
        CheckResult result = checker.check(plan, pack, asOf);
        t = lap(out, "first", t);

        System.out.println("##write");
        String json = ExchangeFormat.writeResult(result);
        t = lap(out, "write", t);

        System.out.println("##second");
        checker.check(plan, pack, asOf);
        t = lap(out, "second", t);
        for (int i = 3; i < 10; i++) {
            checker.check(plan, pack, asOf);
        }
        t = System.nanoTime();
        checker.check(plan, pack, asOf);
        lap(out, "tenth", t);

        System.out.println("##end");
        System.out.println(out.toString().trim() + " bytes=" + json.length());
    }

    private static long lap(StringBuilder out, String name, long since) {
        long now = System.nanoTime();
        out.append(name).append('=').append((now - since) / 1000).append(' ');
        return System.nanoTime();
    }
}
