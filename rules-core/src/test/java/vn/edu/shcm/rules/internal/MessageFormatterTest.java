package vn.edu.shcm.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.ReportSection;

class MessageFormatterTest {

    @Test
    void datesAreVietnameseOrIso() {
        Map<String, Object> v = Map.of("d", LocalDate.of(2025, 11, 3));
        assertEquals("Hạn 03/11/2025.", MessageFormatter.format("Hạn {d}.", v, true));
        assertEquals("Due 2025-11-03.", MessageFormatter.format("Due {d}.", v, false));
    }

    @Test
    void yearsPrintAsTheyAreEvenBeforeTheCommonEra() {
        // year-of-era ("yyyy") would print year 0 as 0001 and year -1 as 0002
        Map<String, Object> v = Map.of("a", LocalDate.of(0, 1, 1), "b", LocalDate.of(-1, 12, 31),
                "c", LocalDate.of(9999, 12, 31));
        assertEquals("01/01/0000 31/12/-0001 31/12/9999", MessageFormatter.format("{a} {b} {c}", v, true));
        assertEquals("0000-01-01 -0001-12-31 9999-12-31", MessageFormatter.format("{a} {b} {c}", v, false));
    }

    @Test
    void enumsAndListsPrintByTheirLabels() {
        Map<String, Object> v = Map.of("s", List.of(ReportSection.FORM, ReportSection.PROPOSALS));
        assertEquals("thiếu: hình thức tổ chức, đề xuất, kiến nghị", MessageFormatter.format("thiếu: {s}", v, true));
        assertEquals("lacks: form of organisation, proposals", MessageFormatter.format("lacks: {s}", v, false));
    }

    @Test
    void anUpperCasePlaceholderCapitalises() {
        Map<String, Object> v = Map.of("what", new Text("báo cáo học kỳ I", "the semester-I report"));
        assertEquals("Báo cáo học kỳ I đã gửi.", MessageFormatter.format("{What} đã gửi.", v, true));
        assertEquals("The semester-I report was sent.", MessageFormatter.format("{What} was sent.", v, false));
    }

    @Test
    void valuesAreInsertedOnceNeverInterpreted() {
        Map<String, Object> v = Map.of("name", "{secret} ${jndi:x} #{1+1}");
        assertEquals("Tên: {secret} ${jndi:x} #{1+1}", MessageFormatter.format("Tên: {name}", v, true));
    }

    @Test
    void aPlaceholderWithoutValueIsAPackBug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MessageFormatter.format("{missing}", Map.of("x", 1), true));
        assertEquals("template names {missing} but the rule gives only [x]: {missing}", e.getMessage());
    }

    @Test
    void vietnameseDatesPadDayMonthAndYear() {
        assertEquals("01/02/0099 · 31/12/2025 · 05/09/+12345", MessageFormatter.format("{a} · {b} · {c}", Map.of(
                "a", LocalDate.of(99, 2, 1), "b", LocalDate.of(2025, 12, 31), "c", LocalDate.of(12345, 9, 5)), true));
    }

    @Test
    void aTemplateIsTheSameAfterBeingCached() {
        Map<String, Object> v = Map.of("x", "một", "y", 2);
        String first = MessageFormatter.format("{X} và {y}.", v, true);
        assertEquals(first, MessageFormatter.format("{X} và {y}.", v, true));
        assertEquals("Một và 2.", first);
        assertEquals("Đầu tiên", MessageFormatter.format("{W} tiên", Map.of("w", "đầu"), true));
    }

    @Test
    void anEmptyPlaceholderIsAPackBug() {
        assertThrows(IllegalArgumentException.class, () -> MessageFormatter.format("a {} b", Map.of(), true));
    }

    @Test
    void nullPrintsAsADash() {
        java.util.HashMap<String, Object> v = new java.util.HashMap<>();
        v.put("x", null);
        assertEquals("— / —", MessageFormatter.format("{x} / {x}", v, false));
    }
}
