package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * Plan text that a template engine, a logger or a format string would run (placeholders of the packs' own
 * templates, JNDI lookups, expression language, format specifiers) comes out of every message that quotes it
 * exactly as written, in the library's results and in the command line's text and JSON.
 */
class UserTextIsNeverEvaluatedTest {

    static final Checker CHECKER = Checker.create();
    static final String HOSTILE = "{x}|${jndi:ldap://x}|#{1+1}|%s|{What}|%n%d|{0}|{HostName}";

    @TempDir
    Path dir;

    static List<String> messages(CheckResult result, String ruleId) {
        return result.violationsOf(ruleId).stream().flatMap(v -> java.util.stream.Stream.of(v.message(),
                v.messageEn())).toList();
    }

    static void assertQuoted(String text, List<String> messages) {
        assertTrue(!messages.isEmpty() && messages.stream().allMatch(m -> m.contains(text)),
                () -> text + " verbatim in " + messages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{x}", "${jndi:ldap://x}", "#{1+1}", "%s", "{What}", "%n%d", "{0}", "{HostName}"})
    void subjectsAndLeadTeachersAreQuotedAsWritten(String text) {
        Plan plan = Plan.builder("p", SchoolYear.of(2025), Level.THCS, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm", "a", "b", List.of(new Member("a", "A"), new Member("b", "B"))))
                .subjects(List.of(new SubjectAssignment(text, "Cô " + text), new SubjectAssignment(text, text + "!")))
                .build();
        CheckResult result = CHECKER.check(plan, "quangngai-thcs-2025", LocalDate.of(2025, 11, 1));
        assertQuoted("Môn " + text + " không có", messages(result, "quangngai-thcs-2025:subject-per-semester")
                .stream().filter(m -> m.startsWith("Môn")).toList());
        assertQuoted("(Cô " + text + " và " + text + "!)",
                messages(result, "quangngai-thcs-2025:subject-lead-teacher").subList(0, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{x}", "${jndi:ldap://x}", "#{1+1}", "%s", "{What}", "%n%d", "{0}", "{HostName}"})
    void memberNamesAreQuotedAsWritten(String text) {
        Plan plan = Plan.builder("p", SchoolYear.of(2025), Level.MAM_NON, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm", "a", "b", List.of(new Member("a", text), new Member("b", "B"))))
                .sessions(Session.builder("s1", LocalDate.of(2025, 10, 10)).host("a").build(),
                        Session.builder("s2", LocalDate.of(2025, 11, 10)).host("a").build())
                .build();
        CheckResult result = CHECKER.check(plan, "tuyenquang-mn-2025", LocalDate.of(2025, 12, 1));
        assertQuoted(text + " đăng cai cả buổi", messages(result, "tuyenquang-mn-2025:consecutive-same-host")
                .subList(0, 1));

        Plan network = Plan.builder("p", SchoolYear.of(2019), Level.MAM_NON, Scope.NETWORK)
                .cluster(Cluster.of("Cụm", "a", "b", List.of(new Member("a", text), new Member("b", "Lý Sơn"))))
                .build();
        CheckResult composition = CHECKER.check(network, "quangngai-mn-2019", LocalDate.of(2019, 10, 1));
        assertQuoted(text, messages(composition, "quangngai-mn-2019:cluster-composition"));
        assertQuoted(text, messages(composition, "quangngai-mn-2019:member-initiative").subList(0, 2));

        Plan rotation = Plan.builder("p", SchoolYear.of(2026), Level.THCS, Scope.CLUSTER)
                .calendar(new PlanCalendar(LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16),
                        LocalDate.of(2027, 5, 29), List.of()))
                .cluster(Cluster.of("Cụm", "a", "b", List.of(new Member("a", text), new Member("b", "B")))
                        .withPreviousHead("a"))
                .build();
        CheckResult head = CHECKER.check(rotation, "laocai-phothong-2025", LocalDate.of(2026, 10, 1));
        assertQuoted(text + " tiếp tục làm cụm trưởng", messages(head, "laocai-phothong-2025:cluster-head-rotation")
                .subList(0, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void theCommandLineWritesThemAsWritten(String format) throws IOException {
        String hostile = "${jndi:ldap://x} #{1+1} %s {x}";
        Plan plan = Plan.builder("p", SchoolYear.of(2025), Level.MAM_NON, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm", "a", "b", List.of(new Member("a", hostile), new Member("b", "B"))))
                .sessions(Session.builder("s1", LocalDate.of(2025, 10, 10)).host("a").build(),
                        Session.builder("s2", LocalDate.of(2025, 11, 10)).host("a").build())
                .build();
        Path file = Files.writeString(dir.resolve("hostile.json"), ExchangeFormat.writePlan(plan));
        Cli cli = Cli.run("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2025-12-01", "--format", format,
                file.toString());
        assertEquals(ExitCode.VIOLATIONS, cli.status(), cli.err());
        assertTrue(cli.out().contains(hostile + " đăng cai cả buổi"), cli.out());
        if (format.equals("json")) {
            Violation v = ExchangeFormat.readResult(cli.out().strip())
                    .violationsOf("tuyenquang-mn-2025:consecutive-same-host").get(0);
            assertTrue(v.messageEn().startsWith(hostile + " hosts"), v.messageEn());
        }
        assertEquals("", cli.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {HOSTILE})
    void allAtOnceInOneName(String text) {
        memberNamesAreQuotedAsWritten(text);
    }
}
