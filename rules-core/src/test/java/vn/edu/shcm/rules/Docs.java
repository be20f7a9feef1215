package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test documents and helpers for the exchange-format tests. */
final class Docs {

    /** A small valid CLUSTER plan; {@code '} stands for {@code "}. */
    static final String BASE = q("""
            {
              'id': 'p',
              'schoolYear': '2023-2024',
              'level': 'MAM_NON',
              'scope': 'CLUSTER',
              'cluster': {
                'name': 'Cụm A',
                'head': 'a',
                'members': [ { 'id': 'a', 'name': 'Trường A' }, { 'id': 'b', 'name': 'Trường B' } ]
              },
              'sessions': [ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]
            }
            """);

    private Docs() {
    }

    /** Replaces {@code '} by {@code "}, so that JSON can be written in Java strings without escapes. */
    static String q(String json) {
        return json.replace('\'', '"');
    }

    /** Returns BASE with one piece of text replaced, failing if the piece is not there exactly once. */
    static String base(String target, String replacement) {
        String t = q(target);
        int at = BASE.indexOf(t);
        if (at < 0 || BASE.indexOf(t, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in BASE: " + t);
        }
        return BASE.replace(t, q(replacement));
    }

    /** The example plan of the test resources. */
    static byte[] exampleBytes() {
        try (InputStream in = Docs.class.getResourceAsStream("/plans/an-tien-2023-2024.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String example() {
        return new String(exampleBytes(), StandardCharsets.UTF_8);
    }

    /** Reads a document that must be invalid and returns its problems. */
    static List<PlanProblem> problems(String json) {
        return assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan(json)).problems();
    }

    /** Reads a document that must be invalid and returns the pointers of its problems. */
    static List<String> pointers(String json) {
        return problems(json).stream().map(PlanProblem::path).toList();
    }

    /** Reads a document that must have exactly one problem and returns it. */
    static PlanProblem single(String json) {
        List<PlanProblem> problems = problems(json);
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, got " + problems);
        }
        return problems.get(0);
    }
}
