package vn.edu.shcm.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off in Vietnam besides the weekend: a public holiday of the Labour Code, the working day that compensates
 * for one falling on a weekend, or a working day swapped for a Saturday by the government's yearly schedule.
 *
 * @param date the day off
 * @param name the Vietnamese name, e.g. {@code Giỗ Tổ Hùng Vương} or {@code Nghỉ bù Quốc khánh}
 * @param nameEn the English name, e.g. {@code Hung Kings' Commemoration Day}
 * @param kind whether it is a statutory holiday, a compensatory day or a swapped day
 * @param source the official schedule the day comes from (a notice or letter, with its number and date), or null
 *     when the library computed it from the Labour Code's rule for a year or occasion without a known schedule
 */
public record Holiday(LocalDate date, String name, String nameEn, Kind kind, String source) {

    /** What makes a day a day off. */
    public enum Kind {
        /** A public holiday of the Labour Code (art. 112): it can never be made a working day. */
        STATUTORY,
        /** The working day that compensates for a holiday falling on a weekend (nghỉ bù, art. 111.3). */
        COMPENSATORY,
        /** A working day given off in exchange for a weekend day worked (hoán đổi ngày làm việc). */
        SWAPPED
    }

    /** Checks that the date and kind are present, both names non-blank and the source, when given, too. */
    public Holiday {
        Objects.requireNonNull(date, "date");
        requireText("name", name);
        requireText("nameEn", nameEn);
        Objects.requireNonNull(kind, "kind");
        if (source != null) {
            requireText("source", source);
        }
    }

    /** Returns a computed day off: a statutory holiday, or a compensatory day when {@code compensatory}. */
    public Holiday(LocalDate date, String name, String nameEn, boolean compensatory) {
        this(date, name, nameEn, compensatory ? Kind.COMPENSATORY : Kind.STATUTORY, null);
    }

    /** Tells whether this is a compensatory day (nghỉ bù). */
    public boolean compensatory() {
        return kind == Kind.COMPENSATORY;
    }

    /** Tells whether the day comes from an official schedule ({@link #source()}), not from the computed rule. */
    public boolean official() {
        return source != null;
    }

    private static void requireText(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("holiday " + what + " must not be blank, not \"" + text + "\"");
        }
    }
}
