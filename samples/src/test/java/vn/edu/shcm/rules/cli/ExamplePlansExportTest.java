package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.cli.ExamplePlansTest.Example;
import vn.edu.shcm.rules.export.CalendarExport;
import vn.edu.shcm.rules.export.CheckedPlan;
import vn.edu.shcm.rules.export.HtmlReport;
import vn.edu.shcm.rules.model.Plan;

/**
 * Every shipped example plan, of every pack, gives a valid calendar and a report that agree with the findings its
 * manifest lists: one report entry and one timeline mark per violation, one entry per obligation with its due date,
 * and one calendar event per session, obligation and missed or late deadline.
 */
class ExamplePlansExportTest {

    static final Checker CHECKER = Checker.create();

    static Stream<Example> examples() throws IOException {
        return ExamplePlansTest.examples().filter(e -> e.inputErrors().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theReportAndTheCalendarHoldTheManifestsFindings(Example example) {
        Plan plan = ExchangeFormat.readPlan(ExamplePlansTest.PLANS.resolve(example.file()));
        CheckedPlan checked = CheckedPlan.check(CHECKER, plan, example.packs(), LocalDate.parse(example.asOf()));

        Document doc = Jsoup.parse(HtmlReport.create().html(checked));
        assertEquals(example.violations().size(), doc.select("section.violations li.entry").size());
        assertEquals(example.violations().size(), doc.select("svg.timeline a.violation").size());
        assertEquals(plan.sessions().size(), doc.select("svg.timeline a.session").size());
        assertEquals(example.obligations().stream().map(o -> o.substring(0, 10)).toList(),
                doc.select("section.obligations li.entry .due strong").eachText().stream()
                        .map(d -> d.substring(6) + "-" + d.substring(3, 5) + "-" + d.substring(0, 2)).toList());

        Calendar calendar = parse(CalendarExport.create().ics(checked));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        long deadlineViolations = doc.select("section.violations li.entry .where").eachText().stream()
                .filter(w -> w.startsWith("Hạn ")).count();
        assertEquals(plan.sessions().size() + example.obligations().size() + deadlineViolations,
                calendar.getComponents(Component.VEVENT).size());
    }

    static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not iCalendar: " + text, e);
        }
    }
}
