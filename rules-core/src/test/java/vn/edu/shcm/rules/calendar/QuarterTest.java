package vn.edu.shcm.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    private final Quarter q4 = new Quarter(2025, 4, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), 92, true);

    @Test
    void labelsInVietnameseAndEnglish() {
        assertEquals("quý IV/2025", q4.label());
        assertEquals("Q4 2025", q4.labelEn());
        assertEquals("quý I/2026",
                new Quarter(2026, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 90, true).label());
    }

    @Test
    void containsBothEnds() {
        assertTrue(q4.contains(LocalDate.of(2025, 10, 1)));
        assertTrue(q4.contains(LocalDate.of(2025, 12, 31)));
        assertFalse(q4.contains(LocalDate.of(2025, 9, 30)));
        assertFalse(q4.contains(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void refusesInconsistentParts() {
        IllegalArgumentException wrongDates = assertThrows(IllegalArgumentException.class,
                () -> new Quarter(2025, 4, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 30), 0, false));
        assertTrue(wrongDates.getMessage().contains("2025-12-30"), wrongDates.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Quarter(2025, 5, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), 0, false));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> new Quarter(2025, 4, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), 93, true));
        assertTrue(tooLong.getMessage().contains("93"), tooLong.getMessage());
    }
}
