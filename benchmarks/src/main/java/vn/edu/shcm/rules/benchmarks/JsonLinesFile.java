package vn.edu.shcm.rules.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.model.Plan;

/**
 * Writes a JSON Lines file of plans for the batch measurements: {@code count} copies of a pack's benchmark plan,
 * each with its own id, one compact document per line.
 *
 * <p>Usage: {@code java -cp benchmarks.jar vn.edu.shcm.rules.benchmarks.JsonLinesFile PACK SESSIONS COUNT FILE}
 */
public final class JsonLinesFile {

    private JsonLinesFile() {
    }

    /** Writes the file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: JsonLinesFile PACK SESSIONS COUNT FILE");
            System.exit(2);
        }
        BenchmarkPack pack = BenchmarkPack.of(args[0]);
        Plan plan = BenchmarkPlans.plan(pack, Integer.parseInt(args[1]));
        int count = Integer.parseInt(args[2]);
        write(plan, count, Path.of(args[3]));
    }

    /** Writes {@code count} lines, the plan with ids {@code <id>-0}, {@code <id>-1}, ... */
    static void write(Plan plan, int count, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String compact = JsonLines.compact(ExchangeFormat.writePlan(plan.toBuilder().id(plan.id() + "-" + i)
                        .build()));
                out.write(compact);
                out.write('\n');
            }
        }
    }
}
