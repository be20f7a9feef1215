package vn.edu.shcm.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.InvalidCalendarsException;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.json.CalendarFile;
import vn.edu.shcm.rules.internal.json.DocumentReader;

/**
 * Reads school-calendar files, and holds the calendars this library ships: each school year's dates from the
 * Ministry's yearly time frame, with the decision they come from.
 *
 * <p>A calendar file has the shape of the built-in data ({@code vn/edu/shcm/rules/calendar/school-years.json}):
 * <pre>{@code
 * {"schoolYears": [
 *   {"schoolYear": "2026-2027", "start": "2026-09-05", "semester1End": "2027-01-16", "end": "2027-05-29",
 *    "holidays": [], "workingDays": [],
 *    "source": "Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh …",
 *    "decision": {"number": "…", "date": "…", "issuer": "…", "url": "…"}}
 * ]}
 * }</pre>
 * {@code holidays}, {@code workingDays}, {@code source} and {@code decision} are optional; without a
 * {@code source}, the decision's number and date name the dates' origin, else the file. Give the calendars to a
 * checker with {@code Checker.builder().calendars(SchoolCalendars.read(path))}, or to the command line with
 * {@code --calendars FILE}; a plan's own {@code calendar} still applies on top. Thread-safe.
 */
public final class SchoolCalendars {

    private static final String RESOURCE = "/vn/edu/shcm/rules/calendar/school-years.json";

    private SchoolCalendars() {
    }

    private static final class BuiltIn {
        static final List<SchoolCalendar> CALENDARS = load();

        private static List<SchoolCalendar> load() {
            try (InputStream in = SchoolCalendars.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            } catch (InvalidCalendarsException e) {
                throw new IllegalStateException("the built-in school calendars are broken: " + e.getMessage(), e);
            }
        }
    }

    /** Returns the calendars this library ships, in school-year order, each with its decision as source. */
    public static List<SchoolCalendar> builtIn() {
        return BuiltIn.CALENDARS;
    }

    /**
     * Reads a calendar file.
     *
     * @param file the file; its name as given is the {@linkplain InvalidCalendarsException#source() source} of
     *     problems
     * @return its calendars, in file order
     * @throws InvalidCalendarsException if the file does not exist or is not a valid calendar file
     * @throws UncheckedIOException if reading the file fails otherwise
     */
    public static List<SchoolCalendar> read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw new InvalidCalendarsException(source, List.of(InputProblems.fileNotFound(source)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * Reads a calendar file from a stream, under the exchange format's {@link Limits}.
     *
     * @param source names the file in problems and in the calendars' source when they name none; may be null
     * @throws InvalidCalendarsException if it is not a valid calendar file
     * @throws UncheckedIOException if reading fails
     */
    public static List<SchoolCalendar> read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return CalendarFile.read(DocumentReader.read(bytes), source);
    }
}
