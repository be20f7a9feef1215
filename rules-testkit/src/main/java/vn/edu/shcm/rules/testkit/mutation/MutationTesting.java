package vn.edu.shcm.rules.testkit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.drl.DrlPacks;
import vn.edu.shcm.rules.testkit.cases.CaseOutcome;
import vn.edu.shcm.rules.testkit.cases.TestCase;
import vn.edu.shcm.rules.testkit.cases.TestCases;

/**
 * Mutation testing of a rule pack's rules: makes small changes to the rules (a constraint left out, {@code <} made
 * {@code <=}, a number moved by one, a test negated, a severity swapped; see {@link Mutant.Kind}), compiles each
 * changed pack from its DRL at run time and runs the pack's test cases against it. A mutant is killed when some case
 * fails; one that survives is a change no case notices: a missing case, or a change that makes no difference (an
 * equivalent mutant).
 *
 * <pre>{@code
 * MutationReport report = MutationTesting.run(Path.of("my-pack"), Path.of("my-pack/cases"), System.out::println);
 * System.out.println(report.report());   // each survivor, then "killed K of N"
 * }</pre>
 *
 * <p>Each mutant costs one DRL compilation (about a second); the cases run in-process, stopping at the first
 * failure.
 */
public final class MutationTesting {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MutationTesting() {
    }

    /**
     * Returns the mutants of a pack directory (a {@code pack.json} and the DRL files it lists), file by file.
     *
     * @throws IllegalArgumentException if the directory has no {@code pack.json}
     */
    public static List<Mutant> mutants(Path packDirectory) {
        List<Mutant> out = new ArrayList<>();
        for (String file : ruleFiles(packDirectory)) {
            out.addAll(DrlMutator.mutants(file, read(packDirectory.resolve(file))));
        }
        out.addAll(DrlMutator.parameterMutants("pack.json", read(packDirectory.resolve("pack.json"))));
        return out;
    }

    /**
     * Runs the pack's cases against every mutant of the pack.
     *
     * @param packDirectory the pack: {@code pack.json} and its DRL files
     * @param casesDirectory its test cases
     * @param progress told one line per mutant as it is judged (e.g. {@code System.err::println}), or a no-op
     * @throws IllegalStateException if a case fails on the pack as it is: mutation testing needs passing cases
     */
    public static MutationReport run(Path packDirectory, Path casesDirectory, Consumer<String> progress) {
        Objects.requireNonNull(progress, "progress");
        long started = System.nanoTime();
        TestCases cases = TestCases.load(casesDirectory);
        RulePack original = DirectoryPacks.load(packDirectory);
        List<String> failing = run(original, cases.cases(), false);
        if (!failing.isEmpty()) {
            throw new IllegalStateException("the cases must pass on the pack itself before its mutants are judged; "
                    + "failing: " + String.join("; ", failing));
        }
        List<Mutant> killed = new ArrayList<>();
        List<Mutant> survivors = new ArrayList<>();
        List<Mutant> stillborn = new ArrayList<>();
        List<Mutant> all = mutants(packDirectory);
        int n = 0;
        for (Mutant m : all) {
            n++;
            Path dir = copyWith(packDirectory, m);
            try {
                RulePack pack;
                try {
                    pack = DirectoryPacks.load(dir);
                    pack.rules();
                } catch (RuntimeException e) {
                    stillborn.add(m);
                    progress.accept("[" + n + "/" + all.size() + "] did not compile: " + m.describe());
                    continue;
                }
                boolean dies = !run(pack, cases.cases(), true).isEmpty();
                (dies ? killed : survivors).add(m);
                progress.accept("[" + n + "/" + all.size() + "] " + (dies ? "killed" : "SURVIVED") + ": "
                        + m.describe());
            } finally {
                delete(dir);
            }
        }
        return new MutationReport(original.id(), cases.cases().size(), killed, survivors, stillborn,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Runs the cases against one pack, with the packs on the class path beside it for cases that check against
     * several; returns the failing ones (only the first when {@code firstOnly}).
     */
    private static List<String> run(RulePack pack, List<TestCase> cases, boolean firstOnly) {
        List<RulePack> packs = new ArrayList<>(List.of(pack));
        RulePacks.discover().all().stream().filter(p -> !p.id().equals(pack.id())).forEach(packs::add);
        Checker checker = Checker.builder().packs(RulePacks.of(packs)).build();
        List<String> failing = new ArrayList<>();
        for (TestCase c : cases) {
            CaseOutcome o = TestCases.run(c, checker);
            if (!o.passed()) {
                failing.add(c.name() + ": " + o.summary());
                if (firstOnly) {
                    break;
                }
            }
        }
        return failing;
    }

    private static List<String> ruleFiles(Path packDirectory) {
        Path descriptor = packDirectory.resolve("pack.json");
        if (!Files.isRegularFile(descriptor)) {
            throw new IllegalArgumentException("no pack.json in " + packDirectory);
        }
        try {
            JsonNode files = JSON.readTree(descriptor.toFile()).path("ruleFiles");
            List<String> out = new ArrayList<>();
            files.forEach(f -> out.add(f.asText()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + descriptor, e);
        }
    }

    private static Path copyWith(Path packDirectory, Mutant m) {
        try {
            Path dir = Files.createTempDirectory("shcm-mutant-");
            Files.copy(packDirectory.resolve("pack.json"), dir.resolve("pack.json"));
            for (String f : ruleFiles(packDirectory)) {
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                Files.copy(packDirectory.resolve(f), target);
            }
            Files.writeString(dir.resolve(m.file()), m.mutatedText());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a mutant of " + packDirectory, e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The one place that compiles a pack directory at run time (the DRL path). */
    static final class DirectoryPacks {
        private DirectoryPacks() {
        }

        static RulePack load(Path directory) {
            return DrlPacks.fromDirectory(directory);
        }
    }
}
