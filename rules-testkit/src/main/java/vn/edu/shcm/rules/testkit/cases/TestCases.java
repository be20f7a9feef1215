package vn.edu.shcm.rules.testkit.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePack;

/**
 * The test cases in a folder, read and run: every {@code *.json} file below it is a case, except those in a folder
 * named {@code plans} (where the plans that cases edit live). Immutable.
 *
 * <p>In a pack module, one JUnit 5 test runs a pack's cases, one dynamic test each, and then checks that they
 * cover every rule of the pack:
 * <pre>{@code
 * class TuyenQuangMn2025CasesTest {
 *     @TestFactory
 *     Stream<DynamicNode> cases() {
 *         return TestCases.load(Path.of("src/test/resources/cases/tuyenquang-mn-2025"))
 *                 .dynamicTests(Checker.create(), "tuyenquang-mn-2025");
 *     }
 * }
 * }</pre>
 */
public final class TestCases {

    private final Path folder;
    private final List<TestCase> cases;

    private TestCases(Path folder, List<TestCase> cases) {
        this.folder = folder;
        this.cases = List.copyOf(cases);
    }

    /**
     * Reads every case below a folder, in the order of their paths.
     *
     * @throws InvalidCaseException if a case file is not a valid case
     * @throws IllegalArgumentException if the folder does not exist or holds no case
     */
    public static TestCases load(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder of test cases at " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !inPlansFolder(folder, p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no test case (*.json) in " + folder.toAbsolutePath());
        }
        List<TestCase> cases = new ArrayList<>();
        for (Path f : files) {
            String name = folder.relativize(f).toString().replace('\\', '/');
            cases.add(TestCase.read(f, name.substring(0, name.length() - ".json".length())));
        }
        return new TestCases(folder, cases);
    }

    private static boolean inPlansFolder(Path folder, Path file) {
        for (Path part : folder.relativize(file).getParent() == null ? List.<Path>of()
                : folder.relativize(file).getParent()) {
            if (part.toString().equals("plans")) {
                return true;
            }
        }
        return false;
    }

    /** Returns the folder the cases were read from. */
    public Path folder() {
        return folder;
    }

    /** Returns the cases, in the order of their paths. */
    public List<TestCase> cases() {
        return cases;
    }

    /** Runs every case with the checker and returns the outcomes, in the cases' order. */
    public List<CaseOutcome> run(Checker checker) {
        Objects.requireNonNull(checker, "checker");
        return cases.stream().map(c -> CaseRunner.run(c, checker)).toList();
    }

    /** Runs one case with the checker. */
    public static CaseOutcome run(TestCase testCase, Checker checker) {
        return CaseRunner.run(Objects.requireNonNull(testCase, "testCase"), Objects.requireNonNull(checker, "checker"));
    }

    /** Returns which rules of the pack the cases expect to fire and expect to stay quiet. */
    public CaseCoverage coverage(RulePack pack) {
        return CaseCoverage.of(pack, cases);
    }

    /**
     * Returns one dynamic test per case, run with the checker, then {@code rule coverage}, that fails unless every
     * rule of the pack (its own, not the {@code core:} ones) fires in some case and is expected quiet in another,
     * and last one that every case gives the same result with every fact ({@link #assertSameWithEveryFact}). A failing case throws an {@link org.opentest4j.AssertionFailedError} with expected and actual.
     */
    public Stream<DynamicNode> dynamicTests(Checker checker, String packId) {
        Objects.requireNonNull(checker, "checker");
        RulePack pack = checker.packs().get(packId);
        Stream<DynamicNode> each = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.file().toUri(),
                () -> CaseRunner.run(c, checker).assertPassed()));
        return Stream.concat(each, Stream.of(
                DynamicTest.dynamicTest("rule coverage of " + packId, () -> coverage(pack).assertEveryRuleCovered()),
                DynamicTest.dynamicTest("every fact gives the same results (" + packId + ")",
                        () -> assertSameWithEveryFact(checker))));
    }

    /**
     * Fails unless every case gives the same result, byte for byte, from the checker, which derives and inserts
     * only the facts its packs' rules can match, and from {@link Checker#withEveryFact()}, which derives and
     * inserts every fact: so no pack misses a fact it reads.
     */
    public void assertSameWithEveryFact(Checker checker) {
        Checker selective = Objects.requireNonNull(checker, "checker");
        Checker everyFact = checker.withEveryFact();
        List<String> differ = new ArrayList<>();
        for (TestCase c : cases) {
            String expected = CaseRunner.resultText(c, everyFact);
            String actual = CaseRunner.resultText(c, selective);
            if (!expected.equals(actual)) {
                differ.add(c.name() + ":\n  every fact: " + expected + "\n  selective:  " + actual);
            }
        }
        if (!differ.isEmpty()) {
            throw new AssertionFailedError(differ.size() + " case(s) differ when only the facts the rules can match "
                    + "are derived and inserted:\n" + String.join("\n", differ));
        }
    }
}
