package vn.edu.shcm.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.edu.shcm.rules.facts.PlanFacts;
import vn.edu.shcm.rules.internal.FindingSink;
import vn.edu.shcm.rules.internal.PackCompiler;
import vn.edu.shcm.rules.internal.PackDescriptor;
import vn.edu.shcm.rules.internal.PackRuntime;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * A rule pack written as Drools DRL files, described by a {@code pack.json} next to them; extend it to
 * provide a pack.
 *
 * <p>A provider is a one-line subclass whose package folder holds {@code pack.json} and the DRL files it
 * lists:
 * <pre>{@code
 * public final class TuyenQuangMn2025 extends DrlRulePack {
 *     public TuyenQuangMn2025() {
 *         super();
 *     }
 * }
 * }</pre>
 * The DRL files' package must be the descriptor's folder (e.g. {@code vn.edu.shcm.rules.mn.tuyenquang2025}). On
 * first use the pack loads the executable model its build compiled from them (see the kie-maven-plugin set-up
 * in the pack modules' POMs), or, when the class path has no such model, compiles the DRL files with the
 * {@code rules-drl} module; either way once, into a rule base shared by all checks. Instances are thread-safe.
 */
public abstract class DrlRulePack implements RulePack {

    private final PackDescriptor descriptor;
    private final ResourceReader reader;
    private final ClassLoader classLoader;
    private final SourceDocument source;
    private final Coverage coverage;
    /** The package of the DRL files (the descriptor's folder), whose precompiled model to load; null: compile. */
    private final String drlPackage;
    private volatile PackRuntime runtime;

    /** Reads {@code pack.json} from the package folder of the subclass. */
    protected DrlRulePack() {
        this("pack.json");
    }

    /**
     * Reads the named descriptor, a path relative to the package folder of the subclass (e.g.
     * {@code tuyenquang2025/pack.json}); the DRL files it lists are relative to the descriptor's folder.
     */
    protected DrlRulePack(String descriptorPath) {
        Class<?> owner = getClass();
        String folder = "/" + owner.getPackageName().replace('.', '/') + "/"
                + descriptorPath.substring(0, descriptorPath.lastIndexOf('/') + 1);
        String descriptorName = descriptorPath.substring(descriptorPath.lastIndexOf('/') + 1);
        this.reader = name -> {
            URL url = owner.getResource(folder + name);
            return url == null ? null : url.openStream();
        };
        this.classLoader = owner.getClassLoader();
        this.drlPackage = folder.substring(1, folder.length() - 1).replace('/', '.');
        this.descriptor = readDescriptor(reader, descriptorName, folder.substring(1));
        this.source = sourceOf(descriptor);
        this.coverage = coverageOf(descriptor);
    }

    /**
     * Reads {@code pack.json} and the DRL files it lists from a directory: the development path for pack authors.
     * Such a pack has no precompiled model, so its DRL files are compiled on first use, which needs the
     * {@code rules-drl} module on the class path ({@code vn.edu.shcm.rules.drl.DrlPacks.fromDirectory} is the
     * ready-made way to get one); without it, first use fails with a message that names the module.
     *
     * @throws IllegalArgumentException if the directory has no {@code pack.json}
     * @throws IllegalStateException if the descriptor is malformed
     */
    protected DrlRulePack(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isRegularFile(directory.resolve("pack.json"))) {
            throw new IllegalArgumentException("no pack.json in " + directory);
        }
        this.reader = name -> {
            Path file = directory.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        };
        this.classLoader = DrlRulePack.class.getClassLoader();
        this.drlPackage = null;
        this.descriptor = readDescriptor(reader, "pack.json", directory + "/");
        this.source = sourceOf(descriptor);
        this.coverage = coverageOf(descriptor);
    }

    @FunctionalInterface
    private interface ResourceReader {
        InputStream open(String name) throws IOException;
    }

    private static PackDescriptor readDescriptor(ResourceReader reader, String name, String where) {
        try {
            InputStream in = reader.open(name);
            if (in == null) {
                throw new IllegalStateException("rule pack descriptor " + where + name + " not found");
            }
            return PackDescriptor.read(in, where + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where + name, e);
        }
    }

    private static SourceDocument sourceOf(PackDescriptor d) {
        PackDescriptor.Source s = d.source();
        return new SourceDocument(s.title(), s.issuer(), s.number(), s.issuedOn(), s.url());
    }

    private static Coverage coverageOf(PackDescriptor d) {
        PackDescriptor.CoverageSpec c = Objects.requireNonNull(d.coverage(), "pack " + d.id() + " has no coverage");
        return new Coverage(EnumSet.copyOf(c.levels()), EnumSet.copyOf(c.scopes()), SchoolYear.parse(c.firstYear()),
                c.lastYear() == null ? null : SchoolYear.parse(c.lastYear()));
    }

    @Override
    public final String id() {
        return descriptor.id();
    }

    @Override
    public final String title() {
        return descriptor.title();
    }

    @Override
    public final String titleEn() {
        return descriptor.titleEn();
    }

    @Override
    public final SourceDocument source() {
        return source;
    }

    @Override
    public final Coverage coverage() {
        return coverage;
    }

    @Override
    public final Jurisdiction jurisdiction() {
        return descriptor.jurisdiction();
    }

    @Override
    public final Map<String, String> parameters() {
        return descriptor.parameters();
    }

    @Override
    public final List<RuleInfo> rules() {
        return runtime().rules();
    }

    /**
     * Returns the classes of derived facts that some pattern of the pack's compiled rules can match, read from its
     * rule base.
     */
    @Override
    public final Set<Class<?>> factTypes() {
        return runtime().factTypes();
    }

    /**
     * Runs the pack's Drools rules over the facts, in one stateless execution of its shared rule base; facts no
     * pattern can match are not inserted, unless {@link PlanFacts#everyFact()}.
     */
    @Override
    public final PackFindings evaluate(PlanFacts facts) {
        FindingSink found = runtime().execute(facts.context(), facts.facts(), facts.everyFact());
        return new PackFindings(found.violations(), found.obligations());
    }

    /** Returns the compiled pack, compiling it on first use. */
    final PackRuntime runtime() {
        PackRuntime r = runtime;
        if (r == null) {
            synchronized (this) {
                r = runtime;
                if (r == null) {
                    Function<String, InputStream> files = name -> {
                        try {
                            return reader.open(name);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read " + name + " of pack " + id(), e);
                        }
                    };
                    r = drlPackage == null ? PackCompiler.compile(descriptor, files, classLoader)
                            : PackCompiler.load(descriptor, drlPackage, files, classLoader);
                    runtime = r;
                }
            }
        }
        return r;
    }

    /** Returns where the pack comes from, for messages: its class and the jar or folder holding it. */
    final String origin() {
        var domain = getClass().getProtectionDomain();
        var location = domain == null || domain.getCodeSource() == null ? null : domain.getCodeSource().getLocation();
        return getClass().getName() + (location == null ? "" : " (" + location + ")");
    }

    @Override
    public String toString() {
        return "RulePack[" + id() + "]";
    }
}
