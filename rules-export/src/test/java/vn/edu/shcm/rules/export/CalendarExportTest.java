package vn.edu.shcm.rules.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.testing.TestPlans.d;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Session;

/** The iCalendar file, read back with ical4j: events, dates, UIDs, reminders, folding and determinism. */
class CalendarExportTest {

    static final CalendarExport EXPORT = CalendarExport.create();

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("not iCalendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static List<VEvent> events(String ics) {
        return parse(ics).getComponents(Component.VEVENT);
    }

    static String prop(net.fortuna.ical4j.model.PropertyContainer c, String name) {
        return c.getProperty(name).map(Property::getValue).orElse(null);
    }

    static VEvent only(List<VEvent> events, String summaryStart) {
        List<VEvent> found = events.stream().filter(e -> prop(e, Property.SUMMARY).startsWith(summaryStart)).toList();
        assertEquals(1, found.size(), () -> "events starting \"" + summaryStart + "\": " + found);
        return found.get(0);
    }

    static String uidOf(String ics, String summaryStart) {
        return prop(only(events(ics), summaryStart), Property.UID);
    }

    @Nested
    class Contents {

        final String ics = EXPORT.ics(Plans.tuyenQuang("2025-12-01"));
        final List<VEvent> events = events(ics);

        @Test
        void everySessionAndEveryObligationIsOneEventWithItsOwnUid() {
            assertEquals(4 + 3, events.size());
            assertEquals(7, events.stream().map(e -> prop(e, Property.UID)).distinct().count());
            assertEquals(List.of("SHCM buổi 1", "SHCM buổi 2", "SHCM buổi 3", "[ĐÃ HỦY] SHCM buổi 4", "Hạn", "Hạn",
                    "Hạn"), events.stream().map(e -> prop(e, Property.SUMMARY).split(":")[0]).toList());
        }

        @Test
        void eventsAreAllDayOnTheSessionsAndTheDueDates() {
            assertEquals(List.of("20251010", "20251114", "20260410", "20260515", "20260117", "20260117", "20260530"),
                    events.stream().map(e -> prop(e, Property.DTSTART)).toList());
            for (VEvent e : events) {
                assertEquals("DATE", e.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow()
                        .getValue());
                LocalDate start = LocalDate.parse(prop(e, Property.DTSTART), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                LocalDate end = LocalDate.parse(prop(e, Property.DTEND), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                assertEquals(start.plusDays(1), end, "an all-day event ends the next day (exclusive)");
            }
        }

        @Test
        void sessionsHaveTheirPlaceStatusAndFindingsVietnameseFirst() {
            VEvent first = only(events, "SHCM buổi 1:");
            assertEquals("Trường Mầm non hoa-sen", prop(first, Property.LOCATION));
            assertEquals("CONFIRMED", prop(first, Property.STATUS));
            assertEquals("SHCM buổi 1: Đổi mới phương pháp tổ chức hoạt động giáo dục STEAM · Professional meeting 1",
                    prop(first, Property.SUMMARY));
            String description = prop(first, Property.DESCRIPTION);
            assertTrue(description.startsWith("Nội dung: Đổi mới phương pháp"), description);
            assertTrue(description.contains("Đơn vị đăng cai: Trường Mầm non Hoa Sen\n"), description);
            assertTrue(description.indexOf("Hình thức: trực tiếp · Trạng thái: đã tổ chức")
                    < description.indexOf("Professional meeting 1 of Cụm chuyên môn mầm non số 5"), description);
            assertEquals("CANCELLED", prop(only(events, "[ĐÃ HỦY] SHCM buổi 4"), Property.STATUS));
            assertTrue(prop(first, Property.CATEGORIES).contains("Sinh hoạt chuyên môn"));
        }

        @Test
        void obligationsCarryTheirMessageCitationAndSession() {
            VEvent report = only(events, "Hạn: Báo cáo kết quả sau mỗi lần sinh hoạt — buổi 2 (14/11/2025)");
            String description = prop(report, Property.DESCRIPTION);
            assertTrue(description.startsWith("Đơn vị đăng cai gửi báo cáo kết quả buổi sinh hoạt ngày 14/11/2025"),
                    description);
            assertTrue(description.contains("Căn cứ: Hướng dẫn sinh hoạt chuyên môn cụm trường cấp học mầm non"),
                    description);
            assertTrue(description.contains("mục V.3"), description);
            assertTrue(description.contains("Buổi sinh hoạt: 14/11/2025 — "), description);
            assertTrue(description.contains("\n\nThe host sends the result report"), description);
            assertEquals("TRANSPARENT", prop(report, Property.TRANSP));
        }

        @Test
        void theCalendarIsNamedAfterTheClusterAndIsValid() {
            Calendar calendar = parse(ics);
            assertEquals("SHCM · Cụm chuyên môn mầm non số 5 · 2025-2026", prop(calendar, "X-WR-CALNAME"));
            assertEquals("2.0", prop(calendar, Property.VERSION));
            assertEquals(CalendarExport.PRODUCT_ID, prop(calendar, Property.PRODID));
            assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        }

        @Test
        void onlyObligationsHaveAReminder() {
            for (VEvent e : events) {
                boolean deadline = prop(e, Property.SUMMARY).startsWith("Hạn: ");
                assertEquals(deadline ? 1 : 0, e.getAlarms().size(), prop(e, Property.SUMMARY));
            }
        }
    }

    /** The moment a reminder rings: the due day's midnight plus the (negative) trigger. */
    static LocalDateTime rings(VEvent e) {
        VAlarm alarm = e.getAlarms().get(0);
        assertEquals("DISPLAY", prop(alarm, Property.ACTION));
        Trigger trigger = alarm.getProperty(Property.TRIGGER).map(Trigger.class::cast).orElseThrow();
        Duration before = Duration.from(trigger.getDuration());
        LocalDate due = LocalDate.parse(prop(e, Property.DTSTART), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return due.atStartOfDay().plus(before);
    }

    @Nested
    class Reminders {

        @Test
        void ringAt8OnTheThirdWorkingDayBefore() {
            // due Saturday 17/01/2026: Friday 16, Thursday 15, Wednesday 14 are the working days before it
            List<VEvent> events = events(EXPORT.ics(Plans.tuyenQuang("2025-12-01")));
            assertEquals(LocalDateTime.of(2026, 1, 14, 8, 0), rings(only(events, "Hạn: Báo cáo cuối học kỳ I")));
            // due Saturday 30/05/2026: Friday 29, Thursday 28, Wednesday 27
            assertEquals(LocalDateTime.of(2026, 5, 27, 8, 0), rings(only(events, "Hạn: Báo cáo cuối năm học")));
        }

        @Test
        void skipTheTetHolidays() {
            // due 20/02/2026, in Tết (16-20/02/2026): the third working day before it is Wednesday 11/02
            List<VEvent> events = events(EXPORT.ics(Plans.check(Plans.laoCai(), Plans.LC, "2025-12-15")));
            VEvent prep = only(events, "Hạn: Phân công chuẩn bị trước ít nhất 01 tháng — buổi 3");
            assertEquals("20260220", prop(prep, Property.DTSTART));
            assertEquals(LocalDateTime.of(2026, 2, 11, 8, 0), rings(prep));
        }

        @Test
        void canBeMovedToAnotherDayAndTime() {
            CalendarExport onTheDay = CalendarExport.builder().reminderWorkingDays(0).reminderTime(LocalTime.of(7, 30))
                    .build();
            assertEquals(0, onTheDay.reminderWorkingDays());
            List<VEvent> events = events(onTheDay.ics(Plans.tuyenQuang("2025-12-01")));
            assertEquals(LocalDateTime.of(2026, 1, 17, 7, 30), rings(only(events, "Hạn: Báo cáo cuối học kỳ I")));
            CalendarExport week = CalendarExport.builder().reminderWorkingDays(5).build();
            // 17/01/2026: 16, 15, 14, 13, 12 (Monday)
            assertEquals(LocalDateTime.of(2026, 1, 12, 8, 0),
                    rings(only(events(week.ics(Plans.tuyenQuang("2025-12-01"))), "Hạn: Báo cáo cuối học kỳ I")));
        }

        @Test
        void refuseAnImpossibleNumberOfDays() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CalendarExport.builder().reminderWorkingDays(-1));
            assertEquals("reminder working days must be 0 to 60, not -1", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> CalendarExport.builder().reminderWorkingDays(61));
            assertThrows(NullPointerException.class, () -> CalendarExport.builder().reminderTime(null));
        }
    }

    @Nested
    class Deadlines {

        final List<VEvent> events = events(EXPORT.ics(Plans.check(Plans.laoCai(), Plans.LC, "2025-12-15")));

        @Test
        void aMissedDeadlineIsAnOverdueEventWithoutReminder() {
            VEvent review = only(events, "QUÁ HẠN: Họp rà soát nội dung trước ít nhất 02 tuần — buổi 2 (19/12/2025)");
            assertEquals("20251205", prop(review, Property.DTSTART));
            assertEquals(0, review.getAlarms().size());
            assertTrue(prop(review, Property.CATEGORIES).contains("Quá hạn"));
            assertTrue(prop(review, Property.DESCRIPTION).startsWith("Lỗi (kiểm tra ngày 15/12/2025): Buổi sinh hoạt "
                    + "ngày 19/12/2025 chưa có cuộc họp rà soát"), prop(review, Property.DESCRIPTION));
        }

        @Test
        void aLateStepIsALateEventOnItsDueDay() {
            VEvent prep = only(events, "TRỄ HẠN (25/11/2025): Phân công chuẩn bị trước ít nhất 01 tháng");
            assertEquals("20251119", prop(prep, Property.DTSTART));
            assertEquals(0, prep.getAlarms().size());
        }

        @Test
        void eachSessionShowsTheFindingsAtIt() {
            String second = prop(only(events, "SHCM buổi 2:"), Property.DESCRIPTION);
            assertTrue(second.contains("• Lỗi: Cụm trưởng phân công chuẩn bị buổi sinh hoạt ngày 19/12/2025 vào ngày "
                    + "25/11/2025"), second);
            assertTrue(second.contains("• Error: The session on 2025-12-19 records no review meeting"), second);
            assertFalse(prop(only(events, "SHCM buổi 1:"), Property.DESCRIPTION).contains("Kiểm tra theo"));
        }

        @Test
        void countsEverySessionObligationAndDeadlineViolation() {
            assertEquals(3 + 5 + 2, events.size());
        }
    }

    @Nested
    class Updates {

        @Test
        void theSamePlanAndDayGiveTheSameBytesStampedWithTheDayNotTheClock() {
            String a = EXPORT.ics(Plans.tuyenQuang("2025-12-01"));
            String b = EXPORT.ics(Plans.tuyenQuang("2025-12-01"));
            assertEquals(a, b);
            for (VEvent e : events(a)) {
                assertEquals("20251201T000000Z", prop(e, Property.DTSTAMP));
                assertEquals(Long.toString(LocalDate.of(2025, 12, 1).toEpochDay()), prop(e, Property.SEQUENCE));
            }
        }

        @Test
        void uidsStayWhenOtherSessionsChangeOrAreInserted() {
            Plan plan = Plans.tuyenQuang();
            List<Session> sessions = new ArrayList<>(plan.sessions());
            sessions.set(2, sessions.get(2).toBuilder().date(d("2026-03-12")).content("Nội dung khác").build());
            sessions.add(0, Plans.tqSession("lan-0", "2025-09-20", "tan-ha").build());
            Plan changed = plan.toBuilder().sessions(sessions).build();
            String before = EXPORT.ics(Plans.check(plan, Plans.TQ, "2025-12-01"));
            String after = EXPORT.ics(Plans.check(changed, Plans.TQ, "2025-12-01"));
            assertEquals(uidOf(before, "SHCM buổi 1:"), uidOf(after, "SHCM buổi 2:"), "lan-1");
            assertEquals(uidOf(before, "SHCM buổi 2:"), uidOf(after, "SHCM buổi 3:"), "lan-2");
            assertEquals(uidOf(before, "SHCM buổi 3:"), uidOf(after, "SHCM buổi 4:"), "lan-3, moved");
            // the result report of lan-2 moved from /sessions/1/... to /sessions/2/...: its UID stays
            assertEquals(uidOf(before, "Hạn: Báo cáo kết quả sau mỗi lần sinh hoạt"),
                    uidOf(after, "Hạn: Báo cáo kết quả sau mỗi lần sinh hoạt"));
            assertEquals(uidOf(before, "Hạn: Báo cáo cuối năm học"), uidOf(after, "Hạn: Báo cáo cuối năm học"));
            assertNotEquals(uidOf(before, "Hạn: Báo cáo cuối năm học"), uidOf(before, "Hạn: Báo cáo cuối học kỳ I"));
        }

        @Test
        void anObligationThatBecomesOverdueReplacesItsOwnEvent() {
            String december = EXPORT.ics(Plans.tuyenQuang("2025-12-01"));
            String february = EXPORT.ics(Plans.tuyenQuang("2026-02-01"));
            VEvent due = only(events(december), "Hạn: Báo cáo cuối học kỳ I");
            VEvent overdue = only(events(february), "QUÁ HẠN: Báo cáo cuối học kỳ I");
            assertEquals(prop(due, Property.UID), prop(overdue, Property.UID));
            assertEquals(prop(due, Property.DTSTART), prop(overdue, Property.DTSTART));
            assertTrue(Integer.parseInt(prop(overdue, Property.SEQUENCE)) > Integer.parseInt(prop(due, Property.SEQUENCE)));
            assertEquals("20260201T000000Z", prop(overdue, Property.DTSTAMP));
        }

        @Test
        void otherPlansGetOtherUidsForTheSameSessionIds() {
            Plan other = Plans.tuyenQuang().toBuilder().id("tq-cum-6").build();
            assertNotEquals(uidOf(EXPORT.ics(Plans.tuyenQuang("2025-12-01")), "SHCM buổi 1:"),
                    uidOf(EXPORT.ics(Plans.check(other, Plans.TQ, "2025-12-01")), "SHCM buổi 1:"));
        }
    }

    @Nested
    class Text {

        static final String AWKWARD = "Chuyên đề: A; B, C \\ D\nDòng hai <b>đậm</b> — \"trích\" 😀 "
                + "Tổ chức hoạt động trải nghiệm STEAM theo quan điểm chơi mà học, học bằng chơi, rất dài để phải gấp dòng";

        final String ics = EXPORT.ics(Plans.check(Plans.tuyenQuang().toBuilder().sessions(
                Plans.tqSession("lan-1", "2025-10-10", "hoa-sen").content(AWKWARD).location("Phòng họp; tầng 2, \\A")
                        .build()).build(), Plans.TQ, "2025-12-01"));

        @Test
        void planTextSurvivesEscapingAndFoldingExactly() {
            VEvent session = only(events(ics), "SHCM buổi 1:");
            assertEquals("Phòng họp; tầng 2, \\A", prop(session, Property.LOCATION));
            assertTrue(prop(session, Property.DESCRIPTION).startsWith("Nội dung: " + AWKWARD.strip() + "\n"),
                    prop(session, Property.DESCRIPTION));
        }

        @Test
        void linesAreAtMost75OctetsWithCrlfAndNoSplitCharacter() throws CharacterCodingException {
            byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
            // strict decoding fails on a split multi-octet character
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(
                    java.nio.ByteBuffer.wrap(bytes));
            assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
            assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
            String[] lines = ics.split("\r\n");
            int folded = 0;
            for (String line : lines) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "too long: " + line);
                folded += line.startsWith(" ") ? 1 : 0;
            }
            assertTrue(folded > 10, "long Vietnamese lines are folded");
        }

        @Test
        void refoldingNeverSplitsASurrogatePairOrAThreeOctetCharacter() {
            String line = "DESCRIPTION:" + "ệ".repeat(40) + "😀".repeat(30);
            String out = CalendarExport.refold(line + "\r\n");
            assertEquals(line, out.replace("\r\n ", "").strip());
            for (String l : out.split("\r\n")) {
                assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
                assertFalse(Character.isHighSurrogate(l.charAt(l.length() - 1)), l);
            }
        }
    }

    @Test
    void aPlanWithoutSessionsGivesAValidCalendarOfItsDeadlinesOnly() {
        Plan empty = Plans.tuyenQuang().toBuilder().sessions(List.of()).build();
        String ics = EXPORT.ics(Plans.check(empty, Plans.TQ, "2025-12-01"));
        Calendar calendar = parse(ics);
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        assertEquals(List.of("Hạn: Báo cáo cuối học kỳ I · Due: End-of-semester-I report",
                "Hạn: Báo cáo cuối năm học · Due: Year-end report"),
                events(ics).stream().map(e -> prop(e, Property.SUMMARY)).toList());
    }
}
