package vn.edu.shcm.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory day off in Vietnam: a public holiday of the Labour Code or the working day that compensates
 * for one falling on a weekend.
 *
 * @param date the day off
 * @param name the Vietnamese name, e.g. {@code Giỗ Tổ Hùng Vương} or {@code Nghỉ bù Quốc khánh}
 * @param nameEn the English name, e.g. {@code Hung Kings' Commemoration Day}
 * @param compensatory true for a compensatory day (nghỉ bù, Labour Code 2019 art. 111.3)
 */
public record Holiday(LocalDate date, String name, String nameEn, boolean compensatory) {

    /** Checks that the date is present and both names are non-blank. */
    public Holiday {
        Objects.requireNonNull(date, "date");
        requireText("name", name);
        requireText("nameEn", nameEn);
    }

    private static void requireText(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("holiday " + what + " must not be blank, not \"" + text + "\"");
        }
    }
}
