package vn.edu.shcm.rules.national;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.testkit.cases.TestCases;

/**
 * The national pack's test cases as data ({@code src/test/resources/cases/<pack-id>/}, format in
 * docs/test-cases.md): one dynamic test per case, then one that every rule of the pack fires in some case and is
 * expected quiet in another.
 */
class NationalCasesTest {

    static final Checker CHECKER = Checker.create();

    static Stream<DynamicNode> cases(String packId) {
        return TestCases.load(Path.of("src/test/resources/cases", packId)).dynamicTests(CHECKER, packId);
    }

    @TestFactory
    Stream<DynamicNode> bgddtDieuLe2020() {
        return cases("bgddt-dieule-2020");
    }
}
