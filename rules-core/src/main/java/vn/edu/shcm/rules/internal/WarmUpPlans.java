package vn.edu.shcm.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.shcm.rules.Coverage;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * The built-in plan that {@code Checker.warmUp()} checks once per pack: made from the pack's coverage alone (its
 * first level and scope, its first school year that has a calendar), so that any pack, ours or another's, gets
 * one without shipping a plan. Its content is made up and means nothing; it fills most fields and has held and
 * planned sessions on both sides of its as-of day, so that the check goes through violations, obligations and
 * most fact kinds.
 */
public final class WarmUpPlans {

    /** A school year is looked for this many years past a coverage with no last year. */
    private static final int OPEN_ENDED_YEARS = 10;

    private WarmUpPlans() {
    }

    /** A plan to check and the day to check it on. */
    public record WarmUp(Plan plan, LocalDate asOf) {
    }

    /**
     * Returns the warm-up plan for a coverage, or empty when none of its school years has a calendar (neither the
     * caller's nor a built-in one).
     */
    public static Optional<WarmUp> forCoverage(Coverage coverage, Map<SchoolYear, SchoolCalendar> calendars) {
        SchoolYear last = coverage.lastYear() != null ? coverage.lastYear()
                : SchoolYear.of(coverage.firstYear().startYear() + OPEN_ENDED_YEARS);
        for (SchoolYear y = coverage.firstYear(); y.compareTo(last) <= 0; y = y.next()) {
            SchoolCalendar calendar = calendars.containsKey(y) ? calendars.get(y)
                    : SchoolCalendar.builtIn(y).orElse(null);
            if (calendar != null) {
                Level level = coverage.levels().stream().sorted().findFirst().orElse(Level.MAM_NON);
                Scope scope = coverage.scopes().stream().sorted().findFirst().orElse(Scope.CLUSTER);
                return Optional.of(plan(y, level, scope, calendar));
            }
        }
        return Optional.empty();
    }

    private static WarmUp plan(SchoolYear year, Level level, Scope scope, SchoolCalendar calendar) {
        List<Member> members = List.of(new Member("a", "Trường A"), new Member("b", "Trường B"),
                new Member("c", "Trường C"));
        LocalDate asOf = workingDay(calendar, calendar.semester1End().minusDays(10));
        List<LocalDate> dates = List.of(workingDay(calendar, calendar.start().plusDays(21)),
                workingDay(calendar, calendar.start().plusDays(60)),
                workingDay(calendar, calendar.semester2Start().plusDays(21)),
                workingDay(calendar, calendar.end().minusDays(30)));
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            boolean held = date.isBefore(asOf);
            Session.Builder s = Session.builder("s" + (i + 1), date)
                    .status(held ? SessionStatus.HELD : SessionStatus.PLANNED)
                    .format(SessionFormat.IN_PERSON)
                    .host(members.get(i % members.size()).id())
                    .location("Trường " + (i + 1))
                    .content("Sinh hoạt chuyên môn " + (i + 1))
                    .activities(i % 2 == 0 ? Activity.LESSON_STUDY : Activity.THEMATIC)
                    .contentAreas(i % 2 == 0 ? ContentArea.EDUCATION_PLAN : ContentArea.METHODS_STEAM)
                    .subjects("Toán")
                    .participants("Giáo viên các trường")
                    .personInCharge("Tổ trưởng")
                    .objective("Mục tiêu " + (i + 1))
                    .expectedResult("Kết quả " + (i + 1));
            if (held) {
                s.minutes(new Minutes(true, true, true, true, true))
                        .resultReport(new ResultReport(date.plusDays(3), List.of(Attachment.MINUTES)));
            }
            sessions.add(s.build());
        }
        Plan plan = Plan.builder("warm-up-" + year, year, level, scope)
                .cluster(Cluster.of("Cụm khởi động", "a", "b", members))
                .objectives("Khởi động bộ quy tắc")
                .funding("Kinh phí thường xuyên")
                .submittedOn(calendar.start().plusDays(7))
                .subjects(List.of(new SubjectAssignment("Toán", "Giáo viên A")))
                .sessions(sessions)
                .reports(new Report(ReportKind.PLAN, calendar.start().plusDays(7), List.of()))
                .build();
        return new WarmUp(plan, asOf);
    }

    /** The first working day on or after {@code day}, within the calendar. */
    private static LocalDate workingDay(SchoolCalendar calendar, LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d) && d.isBefore(calendar.end())) {
            d = d.plusDays(1);
        }
        return d;
    }
}
