package vn.edu.shcm.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code calendar} and {@code report} in the shaded jar, in their own JVM: ical4j and jsoup work from the merged jar
 * and log nothing; the only words on standard error are the note that the plan has errors.
 */
class ExportJarIT {

    static final List<String> NOTE = List.of(
            "Kế hoạch có 4 lỗi (xem shcm-check check); %s vẫn được ghi đầy đủ.",
            "(The plan has 4 error(s); the %s is complete all the same.)");

    @Test
    void writesTheCalendarQuietly() throws Exception {
        ShcmCheckJarIT.Run r = ShcmCheckJarIT.java(null, "calendar", "--pack", "tuyenquang-mn-2025", "--as-of",
                "2025-12-01", ShcmCheckJarIT.PLANS.resolve("tuyen-quang-mn-2025-2026.json").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("BEGIN:VCALENDAR\r\n") && r.out().endsWith("END:VCALENDAR\r\n"), r.out());
        assertEquals(7, r.out().split("BEGIN:VEVENT", -1).length - 1);
        assertEquals(List.of(String.format(NOTE.get(0), "tệp lịch"), String.format(NOTE.get(1), "calendar")),
                r.err().lines().toList());
    }

    @Test
    void writesTheReportQuietly() throws Exception {
        ShcmCheckJarIT.Run r = ShcmCheckJarIT.java(null, "report", "--pack", "tuyenquang-mn-2025", "--as-of",
                "2025-12-01", ShcmCheckJarIT.PLANS.resolve("tuyen-quang-mn-2025-2026.json").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("<!doctype html>") && r.out().contains("<svg"), r.out());
        assertEquals(List.of(String.format(NOTE.get(0), "báo cáo"), String.format(NOTE.get(1), "report")),
                r.err().lines().toList());
    }
}
