package vn.edu.shcm.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.RuleInfo;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.model.Scope;

/**
 * Compiles a pack's DRL files (or loads their precompiled model) into a rule base, and checks that
 * the DRL rules and the descriptor's texts match one to one.
 */
public final class PackCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(PackCompiler.class);

    /** Where the core rules live on the class path. */
    static final String CORE_FOLDER = "/vn/edu/shcm/rules/core/";

    /** The package of the core rules' DRL files. */
    static final String CORE_PACKAGE = "vn.edu.shcm.rules.core";

    private PackCompiler() {
    }

    /**
     * Loads the core plan-integrity rules, which every check runs once whatever its packs: from their precompiled
     * model, or compiled from their DRL files when the class path has none.
     */
    public static PackRuntime loadCore() {
        PackDescriptor core = coreDescriptor();
        return load(core, CORE_PACKAGE, file -> PackCompiler.class.getResourceAsStream(CORE_FOLDER + file),
                PackCompiler.class.getClassLoader());
    }

    /**
     * Compiles a pack's DRL files (not the core rules: they have a rule base of their own).
     *
     * @param pack the pack's descriptor
     * @param files opens a file named in the descriptor (null when absent)
     * @param classLoader the class loader that sees the pack's and the core's classes
     * @throws IllegalStateException if a file is missing, a DRL file does not compile, or rules and texts
     *     do not match
     */
    public static PackRuntime compile(PackDescriptor pack, Function<String, InputStream> files,
                                      ClassLoader classLoader) {
        long started = System.nanoTime();
        KieBase kieBase = compileDrl(pack, files, classLoader);
        PackRuntime runtime = assemble(pack, kieBase, PackRuntime.Origin.COMPILED_AT_RUN_TIME);
        LOG.debug("compiled rule pack {} ({} rules) from DRL in {} ms", pack.id(), runtime.rules().size(),
                (System.nanoTime() - started) / 1_000_000);
        return runtime;
    }

    /**
     * Loads a pack from the rule model the build compiled from its DRL package, if the class path has it;
     * otherwise compiles its DRL files as {@link #compile} does.
     *
     * @param drlPackage the package of the pack's DRL files, which is the package folder of its descriptor
     */
    public static PackRuntime load(PackDescriptor pack, String drlPackage, Function<String, InputStream> files,
                                   ClassLoader classLoader) {
        long started = System.nanoTime();
        Optional<Model> packModel = PrecompiledModels.find(classLoader, drlPackage);
        if (packModel.isEmpty()) {
            LOG.debug("rule pack {}: no precompiled model for package {}; compiling its DRL", pack.id(), drlPackage);
            return compile(pack, files, classLoader);
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(List.of(packModel.get()));
        PackRuntime runtime = assemble(pack, kieBase, PackRuntime.Origin.PRECOMPILED);
        LOG.debug("loaded precompiled rule pack {} ({} rules) in {} ms", pack.id(), runtime.rules().size(),
                (System.nanoTime() - started) / 1_000_000);
        return runtime;
    }

    private static KieBase compileDrl(PackDescriptor pack, Function<String, InputStream> files,
                                      ClassLoader classLoader) {
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        // Rules never modify facts, so property reactivity has nothing to track: switch it off (it would only
        // warn about constraints such as deliveredBy($due) that it cannot map to a property).
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (String file : pack.ruleFiles()) {
            builder.add(resource(pack.id(), file, files.apply(file)), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException("rule pack " + pack.id() + " does not compile:\n  "
                    + builder.getErrors().stream().map(PackCompiler::describe).collect(Collectors.joining("\n  ")));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    private static String describe(KnowledgeBuilderResult error) {
        String file = error.getResource() == null || error.getResource().getSourcePath() == null ? "?"
                : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        return file + (lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "") + ": "
                + error.getMessage();
    }

    /** Reads the core rules' descriptor. */
    static PackDescriptor coreDescriptor() {
        InputStream in = PackCompiler.class.getResourceAsStream(CORE_FOLDER + "core.json");
        if (in == null) {
            throw new IllegalStateException("core rules descriptor " + CORE_FOLDER + "core.json is missing");
        }
        return PackDescriptor.read(in, CORE_FOLDER + "core.json");
    }

    private static Resource resource(String packId, String file, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("rule pack " + packId + " lists " + file + ", which is missing");
        }
        try (in) {
            Resource r = KieServices.get().getResources().newByteArrayResource(in.readAllBytes());
            r.setSourcePath(packId + "/" + file);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " of rule pack " + packId, e);
        }
    }

    private static PackRuntime assemble(PackDescriptor pack, KieBase kieBase, PackRuntime.Origin origin) {
        Map<String, Rule> drlRules = new LinkedHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (r.getMetaData().containsKey("severity")) {
                    drlRules.put(r.getName(), r);
                }
            }
        }
        Set<Scope> packScopes = EnumSet.copyOf(pack.coverage() == null ? List.of(Scope.values())
                : pack.coverage().scopes());
        List<String> problems = new ArrayList<>();
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        Map<String, PackDescriptor.RuleTexts> texts = new LinkedHashMap<>();
        for (PackDescriptor d : List.of(pack)) {
            for (Map.Entry<String, PackDescriptor.RuleTexts> e : d.rules().entrySet()) {
                String id = e.getKey();
                Rule rule = drlRules.get(id);
                if (!id.startsWith(d.id() + ":")) {
                    problems.add("rule id " + id + " does not start with \"" + d.id() + ":\"");
                } else if (rule == null) {
                    problems.add("rule " + id + " has texts but no DRL rule of that name with @severity");
                } else {
                    RuleInfo info = info(rule, e.getValue(), d.source().citationText(), packScopes, problems);
                    if (info != null) {
                        infos.put(id, info);
                        texts.put(id, e.getValue());
                    }
                }
            }
        }
        for (String name : drlRules.keySet()) {
            if (!infos.containsKey(name) && problems.stream().noneMatch(p -> p.contains(name))) {
                problems.add("DRL rule \"" + name + "\" has @severity but no texts in the descriptor");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rule pack " + pack.id() + " is inconsistent:\n  "
                    + String.join("\n  ", problems));
        }
        return new PackRuntime(pack, kieBase, infos, texts, packScopes, origin);
    }

    private static RuleInfo info(Rule rule, PackDescriptor.RuleTexts t, String document, Set<Scope> packScopes,
                                 List<String> problems) {
        Map<String, Object> meta = rule.getMetaData();
        Severity severity;
        try {
            severity = Severity.valueOf(String.valueOf(meta.get("severity")).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("rule " + rule.getName() + " has @severity(" + meta.get("severity")
                    + "); expected ERROR, WARNING or INFO");
            return null;
        }
        Object section = meta.get("source");
        if (section == null || String.valueOf(section).isBlank()) {
            problems.add("rule " + rule.getName() + " has no @source (the clause it comes from)");
            return null;
        }
        Set<Scope> scopes = EnumSet.copyOf(packScopes);
        Object scopeMeta = meta.get("scope");
        if (scopeMeta != null) {
            try {
                scopes = EnumSet.copyOf(List.of(String.valueOf(scopeMeta).split(",")).stream()
                        .map(s -> Scope.valueOf(s.trim())).collect(Collectors.toList()));
            } catch (IllegalArgumentException e) {
                problems.add("rule " + rule.getName() + " has @scope(" + scopeMeta + "); expected scope names");
                return null;
            }
            if (!packScopes.containsAll(scopes)) {
                problems.add("rule " + rule.getName() + " has @scope(" + scopeMeta + "), outside the pack's scopes "
                        + packScopes + ": it would never run there");
                return null;
            }
        }
        return new RuleInfo(rule.getName(), severity, new Citation(document, String.valueOf(section)), t.title(),
                t.titleEn(), t.text(), t.textEn(), scopes);
    }
}
