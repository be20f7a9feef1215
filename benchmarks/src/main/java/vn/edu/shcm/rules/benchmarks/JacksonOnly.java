package vn.edu.shcm.rules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of the cold-start and batch goals: a JVM that only reads the same JSON with Jackson, into a tree,
 * and prints the plans' ids' total length (so that the reading cannot be skipped). Nothing is checked.
 *
 * <p>Usage: {@code java -cp benchmarks.jar vn.edu.shcm.rules.benchmarks.JacksonOnly PLAN.json} or
 * {@code ... JacksonOnly --jsonl PLANS.jsonl}
 */
public final class JacksonOnly {

    private JacksonOnly() {
    }

    /** Reads the document, or every line of the JSON Lines file. */
    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long total = 0;
        if (args.length == 2 && args[0].equals("--jsonl")) {
            try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    total += id(mapper.readTree(line));
                }
            }
        } else {
            total += id(mapper.readTree(Path.of(args[0]).toFile()));
        }
        System.out.println(total);
    }

    private static long id(JsonNode plan) {
        JsonNode id = plan.get("id");
        return id == null ? 0 : id.asText().length();
    }
}
