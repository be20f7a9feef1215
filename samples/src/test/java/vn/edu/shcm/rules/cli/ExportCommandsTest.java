package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shcm-check calendar} and {@code shcm-check report}: output, files, stdin, exit statuses, errors. */
class ExportCommandsTest {

    static final String TQ_PLAN = "plans/tuyen-quang-mn-2025-2026.json";
    static final String TQ_OK = "plans/tuyen-quang-mn-2025-2026-dat.json";
    static final String LC_PLAN = "plans/lao-cai-cum-thcs-bat-xat-2025-2026.json";
    static final String TQ = "tuyenquang-mn-2025";
    static final String LC = "laocai-phothong-2025";

    @TempDir
    Path dir;

    static Calendar ics(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not iCalendar: " + text, e);
        }
    }

    static List<String> summaries(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList();
    }

    @Test
    void calendarWritesEverySessionAndObligationAndExitsLikeCheck() {
        Cli cli = Cli.run("calendar", "--pack", TQ, "--as-of", "2025-12-01", TQ_PLAN);
        assertEquals(1, cli.status(), "the example plan has errors");
        assertTrue(cli.out().startsWith("BEGIN:VCALENDAR\r\n"), cli.out());
        List<String> summaries = summaries(ics(cli.out()));
        // 4 sessions and the 3 obligations of the example's manifest; none of its violations is a missed deadline
        assertEquals(7, summaries.size(), summaries.toString());
        assertEquals(4, summaries.stream().filter(s -> s.startsWith("SHCM buổi ")).count());
        assertEquals(3, summaries.stream().filter(s -> s.startsWith("Hạn: ")).count());
        assertEquals("Kế hoạch có 4 lỗi (xem shcm-check check); tệp lịch vẫn được ghi đầy đủ.",
                cli.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aCompliantPlanExitsWith0Quietly() {
        Cli cli = Cli.run("calendar", "--pack", TQ, "--as-of", "2025-12-01", TQ_OK);
        assertEquals(0, cli.status(), cli.err());
        assertEquals("", cli.err());
        Cli report = Cli.run("report", "--pack", TQ, "--as-of", "2025-12-01", TQ_OK);
        assertEquals(0, report.status(), report.err());
        assertEquals("ĐẠT — 0 lỗi, 0 cảnh báo, 2 việc sắp đến hạn",
                Jsoup.parse(report.out()).selectFirst(".verdict-vi").text());
    }

    @Test
    void reportWritesOnePageWithTheFindingsOfCheck() {
        Cli cli = Cli.run("report", "--pack", LC, "--as-of", "2025-12-15", LC_PLAN);
        assertEquals(1, cli.status());
        Document doc = Jsoup.parse(cli.out());
        assertEquals("vi", doc.selectFirst("html").attr("lang"));
        assertEquals(6, doc.select("section.violations li.entry").size());
        assertEquals(5, doc.select("section.obligations li.entry").size());
        assertEquals(3, doc.select("svg.timeline a.session").size());
        assertEquals(6, doc.select("svg.timeline a.violation").size());
    }

    @Test
    void outputGoesToAFileWhenAsked() throws IOException {
        Path file = dir.resolve("plan.ics");
        Cli cli = Cli.run("calendar", "--pack", TQ, "--as-of", "2025-12-01", "-o", file.toString(), TQ_PLAN);
        assertEquals(1, cli.status());
        assertEquals("", cli.out());
        assertEquals(Cli.run("calendar", "--pack", TQ, "--as-of", "2025-12-01", TQ_PLAN).out(),
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void dashReadsThePlanFromStandardInput() throws IOException {
        Cli cli = Cli.runWithStdin(Files.readString(Path.of(TQ_PLAN)), "report", "--pack", TQ, "--as-of", "2025-12-01",
                "-");
        assertEquals(1, cli.status());
        assertEquals(Cli.run("report", "--pack", TQ, "--as-of", "2025-12-01", TQ_PLAN).out(), cli.out());
    }

    @Test
    void anUnknownPackExitsWith3AndWritesNothing() {
        Cli cli = Cli.run("report", "--pack", "no-such-pack", TQ_PLAN);
        assertEquals(3, cli.status());
        assertEquals("", cli.out());
        assertTrue(cli.err().contains(TQ), cli.err());
    }

    @Test
    void brokenInputExitsWith2LocatingTheProblemWithoutStackTrace() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(TQ_PLAN)).replace("\"2025-10-10\"", "\"2025-10-32\""));
        for (String command : List.of("calendar", "report")) {
            Cli cli = Cli.run(command, "--pack", TQ, bad.toString());
            assertEquals(2, cli.status(), command);
            assertEquals("", cli.out());
            assertTrue(cli.err().contains("/sessions/0/date") && cli.err().contains(bad.toString()), cli.err());
            ShcmCheckTest.assertNoStackTrace(cli);
        }
    }

    @Test
    void aPlanThePackDoesNotCoverIsAnInputError() {
        Cli cli = Cli.run("calendar", "--pack", TQ, "plans/an-tien-2023-2024.json");
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("/schoolYear"), cli.err());
    }

    @Test
    void aMissingOrUnwritableFileIsAnInputError() {
        Cli missing = Cli.run("report", "--pack", TQ, dir.resolve("nope.json").toString());
        assertEquals(2, missing.status());
        ShcmCheckTest.assertNoStackTrace(missing);
        Cli unwritable = Cli.run("report", "--pack", TQ, "--as-of", "2025-12-01", "-o",
                dir.resolve("no-such-dir").resolve("r.html").toString(), TQ_OK);
        assertEquals(2, unwritable.status());
        assertTrue(unwritable.err().startsWith("Không ghi được tệp "), unwritable.err());
        ShcmCheckTest.assertNoStackTrace(unwritable);
    }

    @Test
    void oneFileOnlyAndAGoodDate() {
        Cli two = Cli.run("calendar", "--pack", TQ, TQ_PLAN, TQ_OK);
        assertEquals(2, two.status());
        assertFalse(two.err().isEmpty());
        Cli date = Cli.run("report", "--pack", TQ, "--as-of", "01/12/2025", TQ_PLAN);
        assertEquals(2, date.status());
        assertTrue(date.err().contains("YYYY-MM-DD"), date.err());
    }

    @Test
    void helpListsBothCommands() {
        Cli cli = Cli.run("--help");
        assertEquals(0, cli.status());
        assertTrue(cli.out().contains("calendar") && cli.out().contains("report"), cli.out());
        Cli calendar = Cli.run("calendar", "--help");
        assertEquals(0, calendar.status());
        assertTrue(calendar.out().contains("> plan.ics"), calendar.out());
    }
}
