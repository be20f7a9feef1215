package vn.edu.shcm.rules.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;

/**
 * Where in the school year a finding happens, read from its path and its details: a session's day, a deadline, a
 * period (a quarter or semester that lacks something), or the plan as a whole.
 */
final class Places {

    private static final Pattern SESSION = Pattern.compile("^/sessions/(\\d{1,9})(/.*)?$");

    /** What kind of place a finding has. */
    enum Kind {
        /** A day: the deadline the finding is about (details {@code required} is a date). */
        DEADLINE,
        /** A session's day (the path is inside {@code /sessions/N}). */
        SESSION,
        /** A span: details {@code from} and {@code to}, or a {@code semester}. */
        PERIOD,
        /** The plan as a whole: the school year. */
        PLAN
    }

    /**
     * Where a finding happens.
     *
     * @param kind what kind of place
     * @param from the first day (the day itself for a deadline or session)
     * @param to the last day (the day itself for a deadline or session)
     * @param session the index of the session the path is inside, or -1
     */
    record Place(Kind kind, LocalDate from, LocalDate to, int session) {

        /** Tells whether the place is one day rather than a span. */
        boolean isDay() {
            return kind == Kind.DEADLINE || kind == Kind.SESSION;
        }
    }

    private Places() {
    }

    /** Returns the index of the session a JSON pointer lies in, if it lies in one the plan has. */
    static OptionalInt sessionIndex(Plan plan, String path) {
        Matcher m = SESSION.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < plan.sessions().size()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Returns the path with a session's index replaced by its id ({@code /sessions/lan-2/...}, escaped as a JSON
     * pointer token), so that the key stays the same when sessions are added, removed or reordered.
     */
    static String stableKey(Plan plan, String path) {
        Matcher m = SESSION.matcher(path);
        OptionalInt i = sessionIndex(plan, path);
        if (i.isEmpty()) {
            return path;
        }
        m.matches();
        String id = plan.sessions().get(i.getAsInt()).id();
        String token = id.replace("~", "~0").replace("/", "~1");
        return "/sessions/" + token + (m.group(2) == null ? "" : m.group(2));
    }

    /** Reads a detail as a date: a {@link LocalDate}, or an ISO date string (a result read back from JSON). */
    static Optional<LocalDate> date(Object value) {
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (value instanceof String s && s.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Returns the due date of a deadline violation (its details' {@code required} is a date), if it is one. */
    static Optional<LocalDate> deadline(Violation v) {
        return date(v.details().get("required"));
    }

    /** Returns the day a late deliverable came in (its details' {@code actual}), if it came in. */
    static Optional<LocalDate> deliveredOn(Violation v) {
        return date(v.details().get("actual"));
    }

    /** Returns where a violation happens. */
    static Place place(Violation v, Plan plan, SchoolCalendar calendar) {
        Map<String, Object> d = v.details();
        OptionalInt session = sessionIndex(plan, v.path());
        int s = session.orElse(-1);
        Optional<LocalDate> from = date(d.get("from"));
        Optional<LocalDate> to = date(d.get("to"));
        if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
            return new Place(Kind.PERIOD, from.get(), to.get(), s);
        }
        Optional<LocalDate> due = deadline(v);
        if (due.isPresent()) {
            return new Place(Kind.DEADLINE, due.get(), due.get(), s);
        }
        if (session.isPresent()) {
            LocalDate day = plan.sessions().get(s).date();
            if (day != null) {
                return new Place(Kind.SESSION, day, day, s);
            }
        }
        int semester = semester(d.get("semester"));
        if (semester != 0) {
            return new Place(Kind.PERIOD, calendar.semesterStart(semester), calendar.semesterEnd(semester), s);
        }
        return new Place(Kind.PLAN, calendar.start(), calendar.end(), s);
    }

    /** Reads a {@code semester} detail: 1 or 2, or the period codes {@code HK1}, {@code HK2}; 0 otherwise. */
    private static int semester(Object value) {
        if (value instanceof Number n && (n.intValue() == 1 || n.intValue() == 2)) {
            return n.intValue();
        }
        if ("HK1".equals(value) || "1".equals(value)) {
            return 1;
        }
        if ("HK2".equals(value) || "2".equals(value)) {
            return 2;
        }
        return 0;
    }
}
