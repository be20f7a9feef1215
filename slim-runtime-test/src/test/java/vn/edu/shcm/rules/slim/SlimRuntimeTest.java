package vn.edu.shcm.rules.slim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.DrlRulePack;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RulePack;

/**
 * The shipped packs on the class path an application gets from the pack modules, which carries no DRL compiler:
 * every example plan of {@code samples/plans} gives the findings its manifest lists, and a pack that would need
 * compiling says which module to add.
 */
class SlimRuntimeTest {

    static final Path PLANS = Path.of(System.getProperty("shcm.plans", "../samples/plans"));
    static final Checker CHECKER = Checker.create();

    /** One example of a manifest; {@code packs} is the manifest's {@code pack}, ids separated by commas. */
    record Example(String manifest, String file, List<String> packs, LocalDate asOf, List<String> violations,
                   List<String> obligations, List<String> inputErrors) {
        @Override
        public String toString() {
            return String.join(",", packs) + " " + file + " as of " + asOf;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(PLANS)) {
            for (Path m : files.filter(p -> p.toString().endsWith(".examples.json")).sorted().toList()) {
                for (JsonNode e : new ObjectMapper().readTree(m.toFile())) {
                    examples.add(new Example(m.getFileName().toString(), e.get("file").asText(),
                            List.of(e.get("pack").asText().split(",")), LocalDate.parse(e.get("asOf").asText()),
                            strings(e.get("violations")), strings(e.get("obligations")),
                            strings(e.get("inputErrors"))));
                }
            }
        }
        return examples;
    }

    static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }

    @Test
    void everyManifestHasExamples() throws IOException {
        List<Example> all = examples();
        assertTrue(all.size() >= 15, "the shipped manifests list " + all.size() + " examples");
        assertEquals(CHECKER.packs().ids(), all.stream().flatMap(e -> e.packs().stream()).distinct().sorted()
                .toList(),
                "every pack on the class path has examples, and every example's pack is on it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleGivesTheListedFindings(Example example) {
        for (String pack : example.packs()) {
            if (CHECKER.packs().find(pack).isEmpty()) {
                fail("pack " + pack + " (" + example.manifest() + ") is not on this module's class path: add the "
                        + "module that ships it to slim-runtime-test's dependencies");
            }
        }
        if (!example.inputErrors().isEmpty()) {
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> CHECKER.check(
                    ExchangeFormat.readPlan(PLANS.resolve(example.file())), example.packs(), example.asOf()));
            assertEquals(example.inputErrors(), e.problems().stream().map(PlanProblem::path).toList());
            return;
        }
        CheckResult result = CHECKER.check(ExchangeFormat.readPlan(PLANS.resolve(example.file())), example.packs(),
                example.asOf());
        assertEquals(example.violations(), result.violations().stream()
                .map(v -> v.severity() + " " + v.ruleId() + " " + v.path()).toList());
        assertEquals(example.obligations(), result.obligations().stream()
                .map(o -> o.dueOn() + " " + o.ruleId() + " " + o.path()).toList());
    }

    /** One class of each part that only compiling DRL needs; none may be on the class path. */
    @ParameterizedTest
    @ValueSource(strings = {
        "org.drools.drl.parser.DrlParser",                 // drools-drl-parser
        "org.drools.drl.ast.descr.PackageDescr",           // drools-drl-ast
        "org.drools.mvel.builder.MVELDialectConfiguration", // drools-mvel
        "org.mvel2.MVEL",                                  // mvel2
        "org.drools.model.codegen.ExecutableModelProject", // drools-model-codegen
        "com.github.javaparser.JavaParser",                // javaparser-core
        "org.eclipse.jdt.internal.compiler.Compiler",      // ecj
        "org.drools.ecj.EclipseJavaCompiler",              // drools-ecj
        "org.antlr.runtime.Parser",                        // antlr-runtime 3
        "org.antlr.v4.runtime.Parser",                     // antlr4-runtime
        "vn.edu.shcm.rules.drl.DrlPacks"                   // rules-drl
    })
    void theClassPathCarriesNoCompiler(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className, false,
                SlimRuntimeTest.class.getClassLoader()), className + " is on the slim class path");
    }

    /** A pack read from a directory, as pack authors have during development. */
    static final class DirectoryPack extends DrlRulePack {
        DirectoryPack(Path directory) {
            super(directory);
        }
    }

    @Test
    void aPackThatNeedsCompilingNamesTheModuleThatCompiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.json"), """
                {"id": "dev", "title": "Gói thử", "titleEn": "Test pack",
                 "source": {"title": "Tài liệu thử", "issuer": "Kiểm thử"},
                 "jurisdiction": {"national": true},
                 "coverage": {"levels": ["THCS"], "scopes": ["CLUSTER"], "firstYear": "2025-2026"},
                 "ruleFiles": ["rules.drl"], "rules": {}}
                """);
        Files.writeString(dir.resolve("rules.drl"), "package test.pack;\n");
        RulePack pack = new DirectoryPack(dir);
        IllegalStateException e = assertThrows(IllegalStateException.class, pack::rules);
        assertTrue(e.getMessage().contains("rule pack dev has no precompiled rule model")
                && e.getMessage().contains("vn.edu.shcm:rules-drl"), e.getMessage());
    }
}
