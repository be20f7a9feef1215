package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.model.Plan;

/**
 * One {@link Checker} shared by 8 threads checking the shipped example plans of all six packs, interleaved, gives
 * every plan exactly the bytes a check on its own gives. The plans have from 0 to a dozen findings each; a
 * collector or any other state shared between checks (or between packs) would move findings from one result to
 * another, or lose them.
 */
class SharedCheckerTest {

    record Job(String pack, Plan plan, LocalDate asOf) {
    }

    static String outcome(Checker checker, Job job) {
        try {
            return ExchangeFormat.writeResult(checker.check(job.plan(), List.of(job.pack().split(",")), job.asOf()));
        } catch (InvalidPlanException e) {
            return e.getMessage();
        }
    }

    @Test
    void eightThreadsSharingOneCheckerGiveTheResultsOfSequentialChecks() throws Exception {
        List<Job> jobs = new ArrayList<>();
        for (ExamplePlansTest.Example e : ExamplePlansTest.examples().toList()) {
            jobs.add(new Job(e.pack(), ExchangeFormat.readPlan(Path.of("plans", e.file())), LocalDate.parse(e.asOf())));
        }
        Checker checker = Checker.create();
        List<String> expected = new ArrayList<>();
        for (Job job : jobs) {
            expected.add(outcome(checker, job));
        }
        assertTrue(expected.stream().distinct().count() == jobs.size(), "every example gives its own result");
        assertTrue(jobs.stream().flatMap(j -> List.of(j.pack().split(",")).stream()).distinct().count() == 6,
                "all six packs");

        int threads = 8;
        int rounds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        for (int k = 0; k < jobs.size(); k++) {
                            // each thread walks the plans from its own place, so different packs run at once
                            int i = (k + thread * 3 + round) % jobs.size();
                            if (!outcome(checker, jobs.get(i)).equals(expected.get(i))) {
                                mismatches.add("thread " + thread + " round " + round + ": " + jobs.get(i).plan().id());
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> f : futures) {
                assertEquals(List.of(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
