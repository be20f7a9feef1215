package vn.edu.shcm.rules.testkit.cases;

import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * What running one test case gave: whether it passed and, when it did not, why, with what it expected and what the
 * check gave written in one format, line by line, so that a diff shows the difference.
 *
 * @param testCase the case
 * @param problems why it failed, one line each (empty when it passed)
 * @param expected what it expected, one finding a line
 * @param actual what the check gave, in the same format
 */
public record CaseOutcome(TestCase testCase, List<String> problems, String expected, String actual) {

    /** Checks the parts and copies the list. */
    public CaseOutcome {
        Objects.requireNonNull(testCase, "testCase");
        problems = List.copyOf(problems);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /** Tells whether the case passed. */
    public boolean passed() {
        return problems.isEmpty();
    }

    /** Returns the first line of why the case failed, or "passed". */
    public String summary() {
        return passed() ? "passed" : problems.get(0) + (problems.size() > 1 ? " (+" + (problems.size() - 1)
                + " more)" : "");
    }

    /**
     * Does nothing when the case passed; otherwise throws an {@link AssertionFailedError} whose expected and actual
     * values are the two texts, so that IDEs show their diff.
     */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionFailedError(testCase.name() + " (" + testCase.file() + "):\n  "
                    + String.join("\n  ", problems), expected, actual);
        }
    }
}
