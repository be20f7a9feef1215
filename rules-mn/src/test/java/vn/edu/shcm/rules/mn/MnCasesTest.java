package vn.edu.shcm.rules.mn;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.testkit.cases.TestCases;

/**
 * The preschool packs' test cases as data ({@code src/test/resources/cases/<pack-id>/}, format in
 * docs/test-cases.md): one dynamic test per case, then one that every rule of the pack fires in some case and is
 * expected quiet in another.
 */
class MnCasesTest {

    static final Checker CHECKER = Checker.create();

    static Stream<DynamicNode> cases(String packId) {
        return TestCases.load(Path.of("src/test/resources/cases", packId)).dynamicTests(CHECKER, packId);
    }

    @TestFactory
    Stream<DynamicNode> tuyenquangMn2025() {
        return cases("tuyenquang-mn-2025");
    }

    @TestFactory
    Stream<DynamicNode> quangngaiMn2019() {
        return cases("quangngai-mn-2019");
    }

    @TestFactory
    Stream<DynamicNode> anlaoMn2023() {
        return cases("anlao-mn-2023");
    }
}
