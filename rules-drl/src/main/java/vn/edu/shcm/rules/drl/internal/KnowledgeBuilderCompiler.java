package vn.edu.shcm.rules.drl.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.conf.PropertySpecificOption;
import vn.edu.shcm.rules.internal.DrlCompiler;

/** Compiles DRL files with Drools' classic compiler (its {@link KnowledgeBuilder}); found by the core's pack loader. */
public final class KnowledgeBuilderCompiler implements DrlCompiler {

    /** Creates the compiler; {@link java.util.ServiceLoader} calls it. */
    public KnowledgeBuilderCompiler() {
    }

    @Override
    public KieBase compile(String packId, List<Source> sources, ClassLoader classLoader) {
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        // Rules never modify facts, so property reactivity has nothing to track: switch it off (it would only
        // warn about constraints such as deliveredBy($due) that it cannot map to a property).
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (Source source : sources) {
            Resource r = KieServices.get().getResources().newByteArrayResource(source.content());
            r.setSourcePath(source.path());
            builder.add(r, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException("rule pack " + packId + " does not compile:\n  "
                    + builder.getErrors().stream().map(KnowledgeBuilderCompiler::describe)
                    .collect(Collectors.joining("\n  ")));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, classLoader));
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
}
