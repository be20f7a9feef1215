package vn.edu.shcm.rules.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionStatus;

/**
 * Writes a checked plan as an RFC 5545 iCalendar file for a phone's or a desktop's calendar: every session, every
 * upcoming obligation (reports, notices, milestones, invitations) with a reminder, and every deadline already
 * missed or met late.
 *
 * <p>What the file holds:
 * <ul>
 *   <li>one all-day event per session on its day ({@code SHCM buổi N: …}), with its location, its details and the
 *       findings of the check at that session; a cancelled session is {@code STATUS:CANCELLED};</li>
 *   <li>one all-day event per obligation on its due day ({@code Hạn: …}), with the message, the citation and a
 *       reminder ({@code VALARM}) at {@link #reminderTime()} on the {@link #reminderWorkingDays()}-th working day
 *       before it (counted on the plan's school calendar, so it never falls on a weekend, a holiday or the Tết
 *       break);</li>
 *   <li>one all-day event per deadline violation on its due day: {@code QUÁ HẠN: …} when the deliverable is still
 *       missing, {@code TRỄ HẠN: …} when it came in late; no reminder, the day has passed.</li>
 * </ul>
 * Titles and descriptions are Vietnamese, each followed by its English. Each event's {@code UID} is a name-based
 * UUID of the plan id and the session id (sessions) or the rule id and the path with the session's id in place of
 * its index (deadlines): importing a newer file updates the events instead of duplicating them, and an obligation
 * that became overdue replaces its own event. {@code DTSTAMP} is the as-of day at 00:00 UTC and {@code SEQUENCE}
 * the as-of day's number since 1970-01-01, so the same plan and day give the same bytes and a later day's file
 * supersedes an earlier one. Lines are folded at 75 octets without splitting a character.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CalendarExport {

    /** The default number of working days between a reminder and its deadline: 3. */
    public static final int DEFAULT_REMINDER_WORKING_DAYS = 3;

    /** The default time of day of a reminder, in the phone's own time zone: 08:00. */
    public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(8, 0);

    /** The {@code PRODID} of the files this class writes. */
    public static final String PRODUCT_ID = "-//shcm-rules//shcm-rules export//VI";

    private static final int MAX_REMINDER_WORKING_DAYS = 60;
    private static final int SUMMARY_CONTENT = 80;
    private static final int FOLD_OCTETS = 75;

    private final int reminderWorkingDays;
    private final LocalTime reminderTime;

    private CalendarExport(Builder builder) {
        this.reminderWorkingDays = builder.reminderWorkingDays;
        this.reminderTime = builder.reminderTime;
    }

    /** Returns an export with the default reminders: 08:00 on the third working day before each deadline. */
    public static CalendarExport create() {
        return builder().build();
    }

    /** Returns a builder to choose when reminders ring. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns how many working days before a deadline its reminder rings. */
    public int reminderWorkingDays() {
        return reminderWorkingDays;
    }

    /** Returns the time of day a reminder rings, in the calendar's own time zone. */
    public LocalTime reminderTime() {
        return reminderTime;
    }

    /**
     * Returns the iCalendar file of a checked plan: text with CRLF line ends, to be written as UTF-8, as RFC 5545
     * asks.
     */
    public String ics(CheckedPlan checked) {
        Objects.requireNonNull(checked, "checked");
        Plan plan = checked.plan();
        LocalDate asOf = checked.asOf();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "SHCM · " + Words.planName(plan) + " · " + plan.schoolYear()));
        calendar.add(new XProperty("X-WR-CALDESC", "Kế hoạch " + plan.id() + ", kiểm tra theo " + checked.packIdsText()
                + " ngày " + Words.vi(asOf) + ". (Plan " + plan.id() + ", checked against " + checked.packIdsText()
                + " as of " + asOf + ".)"));
        calendar.add(new XProperty("X-WR-TIMEZONE", Checker.VIETNAM.getId()));
        Stamp stamp = new Stamp(asOf);
        Uids uids = new Uids(plan.id());
        for (int i = 0; i < plan.sessions().size(); i++) {
            calendar.add(sessionEvent(checked, i, stamp, uids));
        }
        for (Deadline d : deadlines(checked)) {
            calendar.add(deadlineEvent(checked, d, stamp, uids));
        }
        StringWriter out = new StringWriter();
        try {
            // not validating here: ical4j would log its findings; the tests parse the output back and validate it
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("cannot write the calendar of plan " + plan.id() + ": " + e, e);
        }
        return refold(out.toString());
    }

    /** The stamp and sequence every event of one file gets, from the as-of day. */
    private record Stamp(LocalDate asOf) {
        DtStamp dtStamp() {
            return new DtStamp(asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
        }

        Sequence sequence() {
            return new Sequence((int) Math.max(0, asOf.toEpochDay()));
        }
    }

    /** Name-based UIDs, unique within one file even if two findings share a rule and a path. */
    private static final class Uids {
        private final String planId;
        private final Map<String, Integer> seen = new HashMap<>();

        Uids(String planId) {
            this.planId = planId;
        }

        Uid of(String kind, String... parts) {
            StringBuilder name = new StringBuilder("shcm-rules");
            name.append(kind.length()).append(':').append(kind);
            name.append(planId.length()).append(':').append(planId);
            for (String part : parts) {
                name.append(part.length()).append(':').append(part);
            }
            String key = name.toString();
            int n = seen.merge(key, 1, Integer::sum);
            if (n > 1) {
                key = key + "#" + n;
            }
            return new Uid(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
        }
    }

    private VEvent sessionEvent(CheckedPlan checked, int index, Stamp stamp, Uids uids) {
        Plan plan = checked.plan();
        Session s = plan.sessions().get(index);
        int n = index + 1;
        boolean cancelled = s.status() == SessionStatus.CANCELLED;
        VEvent e = allDay(s.date(), stamp, uids.of("session", s.id()));
        e.add(new Summary((cancelled ? "[ĐÃ HỦY] " : "") + "SHCM buổi " + n + ": " + Words.shortContent(s,
                SUMMARY_CONTENT) + " · " + (cancelled ? "[cancelled] " : "") + "Professional meeting " + n));
        if (!Words.blank(s.location())) {
            e.add(new Location(s.location().strip()));
        }
        e.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        e.add(ImmutableTransp.OPAQUE);
        e.add(new Categories(new TextList("Sinh hoạt chuyên môn", "Professional meeting")));
        e.add(new Description(sessionDescription(checked, index)));
        return e;
    }

    private static String sessionDescription(CheckedPlan checked, int index) {
        Plan plan = checked.plan();
        Session s = plan.sessions().get(index);
        Words.Pair status = Words.status(s.status());
        Words.Pair format = Words.format(s.format());
        String host = Words.memberName(plan, s.host());
        List<Violation> here = checked.result().violations().stream()
                .filter(v -> Places.sessionIndex(plan, v.path()).orElse(-1) == index).toList();
        StringBuilder vi = new StringBuilder();
        line(vi, "Nội dung", s.content());
        line(vi, "Đơn vị đăng cai", host);
        line(vi, "Địa điểm", s.location());
        vi.append("Hình thức: ").append(format.vi()).append(" · Trạng thái: ").append(status.vi()).append('\n');
        if (s.originalDate() != null) {
            vi.append("Dời từ ngày ").append(Words.vi(s.originalDate())).append('\n');
        }
        line(vi, "Thành phần", s.participants());
        line(vi, "Người phụ trách", s.personInCharge());
        line(vi, "Mục tiêu", s.objective());
        line(vi, "Kết quả dự kiến", s.expectedResult());
        vi.append("Kế hoạch: ").append(Words.planName(plan)).append(" (").append(plan.id()).append("), năm học ")
                .append(plan.schoolYear()).append('\n');
        if (!here.isEmpty()) {
            vi.append("\nKiểm tra theo ").append(checked.packIdsText()).append(" ngày ").append(Words.vi(checked.asOf()))
                    .append(":\n");
            here.forEach(v -> vi.append("• ").append(v.severity().label()).append(": ").append(v.message())
                    .append(" (căn cứ: ").append(v.citation()).append(")\n"));
        }
        StringBuilder en = new StringBuilder();
        en.append("Professional meeting ").append(index + 1).append(" of ").append(Words.planName(plan))
                .append(" (plan ").append(plan.id()).append(", school year ").append(plan.schoolYear()).append("); ")
                .append(format.en()).append(", ").append(status.en());
        if (host != null) {
            en.append("; host: ").append(host);
        }
        if (s.originalDate() != null) {
            en.append("; moved from ").append(s.originalDate());
        }
        en.append(".\n");
        if (!here.isEmpty()) {
            en.append("Check against ").append(checked.packIdsText()).append(" as of ").append(checked.asOf())
                    .append(":\n");
            here.forEach(v -> en.append("• ").append(v.severity().labelEn()).append(": ").append(v.messageEn())
                    .append(" (source: ").append(v.citation().document()).append(", ").append(v.citation().section())
                    .append(")\n"));
        }
        return vi + "\n" + en.toString().stripTrailing();
    }

    private static void line(StringBuilder b, String label, String value) {
        if (!Words.blank(value)) {
            b.append(label).append(": ").append(value.strip()).append('\n');
        }
    }

    /** A deadline to show: an obligation still ahead, or a deadline violation. */
    private record Deadline(LocalDate due, String ruleId, String path, String message, String messageEn,
                            Citation citation, Kind kind, LocalDate deliveredOn, Severity severity) {
        enum Kind { UPCOMING, OVERDUE, LATE }
    }

    private static List<Deadline> deadlines(CheckedPlan checked) {
        List<Deadline> all = new ArrayList<>();
        for (Obligation o : checked.result().obligations()) {
            all.add(new Deadline(o.dueOn(), o.ruleId(), o.path(), o.message(), o.messageEn(), o.citation(),
                    Deadline.Kind.UPCOMING, null, null));
        }
        for (Violation v : checked.result().violations()) {
            Optional<LocalDate> due = Places.deadline(v);
            if (due.isPresent()) {
                Optional<LocalDate> in = Places.deliveredOn(v);
                all.add(new Deadline(due.get(), v.ruleId(), v.path(), v.message(), v.messageEn(), v.citation(),
                        in.isPresent() ? Deadline.Kind.LATE : Deadline.Kind.OVERDUE, in.orElse(null), v.severity()));
            }
        }
        // stable: by day, then the result's own order (obligations before violations on one day)
        all.sort(Comparator.comparing(Deadline::due));
        return all;
    }

    private VEvent deadlineEvent(CheckedPlan checked, Deadline d, Stamp stamp, Uids uids) {
        Plan plan = checked.plan();
        Words.Pair title = Words.ruleTitle(checked, d.ruleId());
        int index = Places.sessionIndex(plan, d.path()).orElse(-1);
        Session session = index >= 0 ? plan.sessions().get(index) : null;
        String ofSession = session == null || session.date() == null ? ""
                : " — buổi " + (index + 1) + " (" + Words.vi(session.date()) + ")";
        String ofSessionEn = session == null || session.date() == null ? ""
                : " — meeting " + (index + 1) + " (" + session.date() + ")";
        VEvent e = allDay(d.due(), stamp, uids.of("deadline", d.ruleId(), Places.stableKey(plan, d.path())));
        String summary = switch (d.kind()) {
            case UPCOMING -> "Hạn: " + title.vi() + ofSession + " · Due: " + title.en() + ofSessionEn;
            case OVERDUE -> "QUÁ HẠN: " + title.vi() + ofSession + " · Overdue: " + title.en() + ofSessionEn;
            case LATE -> "TRỄ HẠN (" + Words.vi(d.deliveredOn()) + "): " + title.vi() + ofSession + " · Late ("
                    + d.deliveredOn() + "): " + title.en() + ofSessionEn;
        };
        e.add(new Summary(summary));
        e.add(ImmutableStatus.VEVENT_CONFIRMED);
        e.add(ImmutableTransp.TRANSPARENT);
        e.add(new Categories(switch (d.kind()) {
            case UPCOMING -> new TextList("Hạn", "Deadline");
            case OVERDUE -> new TextList("Quá hạn", "Overdue");
            case LATE -> new TextList("Trễ hạn", "Late");
        }));
        StringBuilder text = new StringBuilder();
        if (d.kind() != Deadline.Kind.UPCOMING) {
            text.append(d.severity().label()).append(" (kiểm tra ngày ").append(Words.vi(checked.asOf()))
                    .append("): ");
        }
        text.append(d.message()).append('\n');
        text.append("Căn cứ: ").append(d.citation()).append('\n');
        if (session != null) {
            text.append("Buổi sinh hoạt: ").append(Words.vi(session.date())).append(" — ")
                    .append(Words.shortContent(session, SUMMARY_CONTENT)).append('\n');
        }
        text.append("Quy tắc: ").append(d.ruleId()).append(" · Vị trí trong kế hoạch: ").append(d.path())
                .append(" · Kế hoạch: ").append(plan.id()).append("\n\n");
        if (d.kind() != Deadline.Kind.UPCOMING) {
            text.append(d.severity().labelEn()).append(" (checked as of ").append(checked.asOf()).append("): ");
        }
        text.append(d.messageEn()).append('\n');
        text.append("Source: ").append(d.citation().document()).append(", ").append(d.citation().section());
        e.add(new Description(text.toString()));
        if (d.kind() == Deadline.Kind.UPCOMING) {
            e.add(reminder(checked.calendar(), d.due(), title));
        }
        return e;
    }

    private VAlarm reminder(SchoolCalendar calendar, LocalDate due, Words.Pair title) {
        LocalDate day = calendar.minusWorkingDays(due, reminderWorkingDays);
        long days = ChronoUnit.DAYS.between(day, due);
        Duration before = Duration.ofDays(days).minus(Duration.ofSeconds(reminderTime.toSecondOfDay()));
        VAlarm alarm = new VAlarm(before.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description("Nhắc việc: " + title.vi() + " — hạn " + Words.vi(due) + " (Reminder: "
                + title.en() + ", due " + due + ")"));
        return alarm;
    }

    private static VEvent allDay(LocalDate day, Stamp stamp, Uid uid) {
        VEvent e = new VEvent(false);
        e.add(uid);
        e.add(stamp.dtStamp());
        e.add(new DtStart<>(day));
        e.add(new DtEnd<>(day.plusDays(1)));
        e.add(stamp.sequence());
        return e;
    }

    /**
     * Folds the lines again at 75 octets (RFC 5545, 3.1): ical4j folds at 75 characters, which in Vietnamese is up
     * to three times as many octets. A fold never splits a character.
     */
    static String refold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = FOLD_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Length(cp);
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** Builds a {@link CalendarExport}; not thread-safe. */
    public static final class Builder {
        private int reminderWorkingDays = DEFAULT_REMINDER_WORKING_DAYS;
        private LocalTime reminderTime = DEFAULT_REMINDER_TIME;

        private Builder() {
        }

        /**
         * Rings each deadline's reminder this many working days before it (0: on the day itself).
         *
         * @throws IllegalArgumentException if {@code days} is outside 0 to 60
         */
        public Builder reminderWorkingDays(int days) {
            if (days < 0 || days > MAX_REMINDER_WORKING_DAYS) {
                throw new IllegalArgumentException("reminder working days must be 0 to " + MAX_REMINDER_WORKING_DAYS
                        + ", not " + days);
            }
            this.reminderWorkingDays = days;
            return this;
        }

        /** Rings reminders at this time of day, in the calendar's own time zone (seconds are kept). */
        public Builder reminderTime(LocalTime time) {
            this.reminderTime = Objects.requireNonNull(time, "time");
            return this;
        }

        /** Returns the export. */
        public CalendarExport build() {
            return new CalendarExport(this);
        }
    }
}
