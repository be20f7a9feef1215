package vn.edu.shcm.rules.spike;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;

public class DroolsRecordSpikeTest {

    public record Sess(String id, LocalDate date, List<String> subjects, boolean counts) {
        public boolean deliveredBy(LocalDate due) { return date != null && !date.isAfter(due); }
    }

    public record Out(List<String> hits) {}

    static final String DRL = """
        package spike;
        import %1$s.Sess;
        import %1$s.Out;
        import java.time.LocalDate;
        import java.util.List;

        rule "pack:many-subjects" @severity("ERROR") @source("II.2")
        when
            $o : Out()
            $s : Sess( date != null, date > LocalDate.of(2025, 11, 1), subjects.size() < 5 )
        then
            $o.hits().add(drools.getRule().getName() + "/" + drools.getRule().getMetaData().get("severity") + "/" + $s.id());
        end

        rule "pack:bind-expr"
        when
            $o : Out()
            $s : Sess( counts, $due : date.minusMonths(1), !deliveredBy(LocalDate.of(2025, 11, 5)) )
        then
            $o.hits().add("bind/" + $s.id() + "/" + $due);
        end

        rule "pack:in-op"
        when
            $o : Out()
            $s : Sess( id in ("a", "c") || counts == false )
        then
            $o.hits().add("in/" + $s.id());
        end

        rule "pack:from-expr"
        when
            $o : Out()
            $s : Sess( id == "a" )
            $x : String() from $s.subjects()
        then
            $o.hits().add("from/" + $x);
        end
        """.formatted(DroolsRecordSpikeTest.class.getName().replace('.', '.'));

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void recordsMatchInBothCompilePaths(boolean executableModel) {
        KieServices ks = KieServices.get();
        KieFileSystem fs = ks.newKieFileSystem();
        fs.write("src/main/resources/spike/spike.drl", DRL.replace(DroolsRecordSpikeTest.class.getName() + ".", DroolsRecordSpikeTest.class.getName() + "$").replace("$Sess", ".Sess").replace("$Out", ".Out"));
        KieBuilder kb = ks.newKieBuilder(fs);
        if (executableModel) {
            kb.buildAll(ExecutableModelProject.class);
        } else {
            kb.buildAll();
        }
        assertEquals(List.of(), kb.getResults().getMessages(Message.Level.ERROR));
        KieContainer kc = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        Out out = new Out(new ArrayList<>());
        kc.getKieBase().newStatelessKieSession().execute(List.of(out,
                new Sess("a", LocalDate.of(2025, 11, 20), List.of("x", "y"), true),
                new Sess("b", LocalDate.of(2025, 10, 20), List.of("x"), true),
                new Sess("c", null, List.of(), false)));
        List<String> hits = new ArrayList<>(out.hits());
        java.util.Collections.sort(hits);
        assertEquals(List.of("bind/a/2025-10-20", "from/x", "from/y", "in/a", "in/c", "pack:many-subjects/ERROR/a"), hits);
    }
}
