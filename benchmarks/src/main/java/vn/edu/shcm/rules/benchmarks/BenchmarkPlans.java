package vn.edu.shcm.rules.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.Session;

/**
 * Generates, deterministically, the plans the benchmarks check: a pack's example plan with its sessions scaled to
 * a given count across the school year.
 *
 * <p>Session {@code k} (from 0) of an {@code n}-session plan copies session {@code k mod m} of the example's
 * {@code m} sessions, with a new id ({@code bench-001}, ...), a new date (the middle of the {@code k}-th of
 * {@code n} equal slices of the school year less its first and last week) and every other date of the session
 * (milestones, result report, original date, approval of a move) shifted by as many days as the session moved;
 * its host, when it has one, rotates through the cluster's members in order. Everything else is the example's:
 * plan fields, reports, statuses, activities, missing fields. So the plans reach the same rules as the example
 * (milestones, reports, moves, gaps) and give violations and obligations in proportion to their size.
 */
public final class BenchmarkPlans {

    /** The small plan's session count. */
    public static final int SMALL = 10;

    /** The large plan's session count. */
    public static final int LARGE = 200;

    private static final String FOLDER = "/vn/edu/shcm/rules/benchmarks/plans/";

    private BenchmarkPlans() {
    }

    /** Returns the pack's example plan, as copied from {@code samples/plans/}. */
    public static Plan example(BenchmarkPack pack) {
        return ExchangeFormat.readPlan(exampleJson(pack));
    }

    /** Returns the text of the pack's example plan, as copied from {@code samples/plans/}. */
    public static String exampleJson(BenchmarkPack pack) {
        String name = FOLDER + pack.examplePlan();
        try (InputStream in = BenchmarkPlans.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("example plan " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Returns the pack's benchmark plan with the given number of sessions, as an exchange-format document. */
    public static String json(BenchmarkPack pack, int sessions) {
        return ExchangeFormat.writePlan(plan(pack, sessions));
    }

    /**
     * Returns the pack's benchmark plan with the given number of sessions.
     *
     * @throws IllegalArgumentException if {@code sessions} is not positive
     */
    public static Plan plan(BenchmarkPack pack, int sessions) {
        if (sessions < 1) {
            throw new IllegalArgumentException("a benchmark plan needs at least 1 session, not " + sessions);
        }
        Plan example = example(pack);
        SchoolCalendar calendar = SchoolCalendar.builtIn(example.schoolYear()).orElseThrow(
                () -> new IllegalStateException("no built-in calendar for " + example.schoolYear()));
        LocalDate from = calendar.start().plusDays(7);
        long days = ChronoUnit.DAYS.between(from, calendar.end().minusDays(7));
        List<Session> templates = example.sessions();
        List<String> members = example.cluster() == null ? List.of()
                : example.cluster().members().stream().map(Member::id).toList();
        List<Session> out = new ArrayList<>(sessions);
        for (int k = 0; k < sessions; k++) {
            Session template = templates.get(k % templates.size());
            LocalDate date = from.plusDays(days * (2L * k + 1) / (2L * sessions));
            long shift = ChronoUnit.DAYS.between(template.date(), date);
            Session.Builder s = template.toBuilder()
                    .id(String.format("bench-%03d", k + 1))
                    .date(date)
                    .moved(shifted(template.originalDate(), shift), shifted(template.changeApprovedOn(), shift),
                            template.changeNotified())
                    .milestones(shifted(template.milestones(), shift))
                    .resultReport(new ResultReport(shifted(template.resultReport().submittedOn(), shift),
                            template.resultReport().attachments()));
            if (template.host() != null && !members.isEmpty()) {
                s.host(members.get(k % members.size()));
            }
            out.add(s.build());
        }
        return example.toBuilder().id(example.id() + "-" + sessions).sessions(out).build();
    }

    private static Milestones shifted(Milestones m, long days) {
        return m.toBuilder()
                .preparationAssignedOn(shifted(m.preparationAssignedOn(), days))
                .reviewMeetingOn(shifted(m.reviewMeetingOn(), days))
                .approvedOn(shifted(m.approvedOn(), days))
                .contentAnnouncedOn(shifted(m.contentAnnouncedOn(), days))
                .contentApprovedOn(shifted(m.contentApprovedOn(), days))
                .invitationSentOn(shifted(m.invitationSentOn(), days))
                .questionsSentOn(shifted(m.questionsSentOn(), days))
                .build();
    }

    private static LocalDate shifted(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }
}
