package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.ExchangeFormat;

/** Several packs per check, packs chosen by province, {@code --calendars}, and jurisdictions in {@code packs}. */
class MultiPackCliTest {

    static final String LAO_CAI_GROUP = "plans/lao-cai-thcs-kim-tan-to-toan-2025-2026.json";
    static final String TQ_2026 = "plans/tuyen-quang-mn-2026-2027.json";
    static final String CALENDARS = "calendars/school-years-2026-2027.example.json";

    static CheckResult json(Cli cli) {
        return ExchangeFormat.readResult(cli.out().strip());
    }

    @Test
    void repeatedPacksGiveOneResultNamingBothWithFindingsOfBoth() {
        Cli cli = Cli.run("check", "--pack", "laocai-phothong-2025", "--pack", "bgddt-dieule-2020", "--as-of",
                "2025-12-15", "--format", "json", LAO_CAI_GROUP);
        CheckResult r = json(cli);
        assertEquals(List.of("bgddt-dieule-2020", "laocai-phothong-2025"), r.packIds());
        assertTrue(r.violations().stream().anyMatch(v -> v.ruleId().startsWith("bgddt-dieule-2020:")), cli.out());
        assertTrue(r.violations().stream().anyMatch(v -> v.ruleId().startsWith("laocai-phothong-2025:")), cli.out());
        assertEquals(1, cli.status());
        Cli commas = Cli.run("check", "--pack", "bgddt-dieule-2020,laocai-phothong-2025", "--as-of", "2025-12-15",
                "--format", "json", LAO_CAI_GROUP);
        assertEquals(cli.out(), commas.out());
    }

    @Test
    void withoutPackThePlansProvinceChoosesTheSamePacks() {
        Cli named = Cli.run("check", "--pack", "laocai-phothong-2025", "--pack", "bgddt-dieule-2020", "--as-of",
                "2025-12-15", "--format", "json", LAO_CAI_GROUP);
        Cli chosen = Cli.run("check", "--as-of", "2025-12-15", "--format", "json", LAO_CAI_GROUP);
        assertEquals(named.out(), chosen.out());
        Cli text = Cli.run("check", "--as-of", "2025-12-15", LAO_CAI_GROUP);
        assertTrue(text.out().contains("Bộ quy tắc / pack: bgddt-dieule-2020")
                && text.out().contains("Bộ quy tắc / pack: laocai-phothong-2025"), text.out());
    }

    @Test
    void aPlanNoPackAppliesToIsAnInputErrorListingThePacks() {
        Cli cli = Cli.run("check", "--as-of", "2025-12-01", "plans/tuyen-quang-mn-2025-2026.json");
        assertEquals(2, cli.status(), cli.out() + cli.err());
        assertTrue(cli.err().contains("tuyenquang-mn-2025 (Tuyên Quang"), cli.err());
        assertTrue(cli.err().contains("bgddt-dieule-2020 (national"), cli.err());
    }

    @Test
    void a2026PlanChecksWithACalendarFileAndWithItsOwnCalendar() {
        Cli own = Cli.run("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2026-12-04", "--format", "json",
                TQ_2026);
        assertEquals(List.of("tuyenquang-mn-2025"), json(own).packIds());
        Cli file = Cli.run("check", "--pack", "tuyenquang-mn-2025", "--as-of", "2026-12-04", "--calendars", CALENDARS,
                "--format", "json", TQ_2026);
        assertEquals(own.status(), file.status(), file.err());
        Cli broken = Cli.run("check", "--pack", "tuyenquang-mn-2025", "--calendars", "plans/" + "nope.json", TQ_2026);
        assertEquals(2, broken.status());
        assertTrue(broken.err().contains("nope.json"), broken.err());
    }

    @Test
    void aPlanOfAYearWithoutCalendarSaysTheThreeWays() {
        String plan = """
                {"id": "p", "schoolYear": "2026-2027", "level": "THCS", "scope": "SCHOOL_GROUP", "sessions": []}
                """;
        Cli cli = Cli.runWithStdin(plan, "check", "--pack", "bgddt-dieule-2020", "-");
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("--calendars FILE") && cli.err().contains("Checker.builder().calendars"),
                cli.err());
        Cli with = Cli.runWithStdin(plan, "check", "--pack", "bgddt-dieule-2020", "--calendars", CALENDARS,
                "--as-of", "2026-12-04", "--format", "json", "-");
        assertEquals(1, with.status(), with.err());
        assertEquals(1, json(with).violationsOf("bgddt-dieule-2020:group-fortnightly").size());
    }

    @Test
    void packsShowEachJurisdiction() {
        Cli cli = Cli.run("packs");
        assertTrue(cli.out().contains("Phạm vi / jurisdiction: toàn quốc (national)"), cli.out());
        assertTrue(cli.out().contains("Phạm vi / jurisdiction: Lào Cai"), cli.out());
        Cli json = Cli.run("packs", "--format", "json");
        assertTrue(json.out().contains("\"jurisdiction\":{\"province\":\"Hải Phòng\"}"), json.out());
        assertTrue(json.out().contains("\"jurisdiction\":{\"national\":true}"), json.out());
    }

    @Test
    void theReportSaysWhichGuidelineEachFindingComesFrom() {
        Cli cli = Cli.run("report", "--as-of", "2025-12-15", LAO_CAI_GROUP);
        assertEquals(1, cli.status(), cli.err());
        assertTrue(cli.out().contains("Bộ quy tắc / guideline: bgddt-dieule-2020 (Thông tư ban hành Điều lệ trường"),
                cli.out());
        assertTrue(cli.out().contains("Bộ quy tắc / guideline: laocai-phothong-2025"), cli.out());
        Cli ics = Cli.run("calendar", "--pack", "laocai-phothong-2025", "--pack", "bgddt-dieule-2020", "--as-of",
                "2025-12-15", LAO_CAI_GROUP);
        String unfolded = ics.out().replace("\r\n ", "").replace("\n ", "");
        assertTrue(unfolded.contains("bgddt-dieule-2020\\, laocai-phothong-2025"), ics.out()); // RFC 5545 escapes ","
        assertFalse(ics.out().isEmpty());
    }
}
