package vn.edu.shcm.rules.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.calendar.Quarter;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionStatus;

/**
 * Draws the school year of a checked plan as an inline SVG: months, semester bands, calendar quarters, each session,
 * the dated steps and deadlines, every violation at its place (numbered, linking to the list), and the as-of line.
 *
 * <p>Marks that would overlap go to the next lane of their row. Dates outside the drawn span (more than three months
 * from the school year) are drawn at its edge; their tooltips keep the real date.
 */
final class Timeline {

    static final String SVG = Parser.NamespaceSvg;

    private static final double WIDTH = 900;
    private static final double LEFT = 112;
    private static final double RIGHT = 12;
    private static final double PLOT = WIDTH - LEFT - RIGHT;
    private static final double MONTHS_H = 20;
    private static final double BAND_H = 24;
    private static final double GAP = 6;
    private static final double SESSION_LANE = 26;
    private static final double STEP_LANE = 18;
    private static final double VIOLATION_LANE = 24;
    private static final int WINDOW_MONTHS = 3;

    private final CheckedPlan checked;
    private final Plan plan;
    private final SchoolCalendar calendar;
    private final LocalDate first;
    private final LocalDate last;
    private final long days;

    Timeline(CheckedPlan checked) {
        this.checked = checked;
        this.plan = checked.plan();
        this.calendar = checked.calendar();
        LocalDate lo = calendar.start();
        LocalDate hi = calendar.end();
        LocalDate windowLo = calendar.start().minusMonths(WINDOW_MONTHS);
        LocalDate windowHi = calendar.end().plusMonths(WINDOW_MONTHS);
        for (LocalDate d : datesShown()) {
            if (!d.isBefore(windowLo) && d.isBefore(lo)) {
                lo = d;
            }
            if (!d.isAfter(windowHi) && d.isAfter(hi)) {
                hi = d;
            }
        }
        this.first = lo.withDayOfMonth(1);
        this.last = hi.withDayOfMonth(hi.lengthOfMonth());
        this.days = ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Returns the first day drawn (the first of a month). */
    LocalDate first() {
        return first;
    }

    /** Returns the last day drawn (the last of a month). */
    LocalDate last() {
        return last;
    }

    private List<LocalDate> datesShown() {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(checked.asOf());
        plan.sessions().forEach(s -> {
            if (s.date() != null) {
                dates.add(s.date());
            }
        });
        Words.steps(plan).forEach(s -> dates.add(s.date()));
        checked.result().obligations().forEach(o -> dates.add(o.dueOn()));
        for (Violation v : checked.result().violations()) {
            Places.Place p = Places.place(v, plan, calendar);
            dates.add(p.from());
            dates.add(p.to());
        }
        return dates;
    }

    /** The x of the middle of a day, clamped to the drawn span. */
    private double x(LocalDate day) {
        return LEFT + (offset(day) + 0.5) / days * PLOT;
    }

    /** The x of the start of a day, clamped. */
    private double xStart(LocalDate day) {
        return LEFT + offset(day) / (double) days * PLOT;
    }

    /** The x of the end of a day, clamped. */
    private double xEnd(LocalDate day) {
        return LEFT + (offset(day) + 1) / (double) days * PLOT;
    }

    private long offset(LocalDate day) {
        long o = ChronoUnit.DAYS.between(first, day);
        return Math.max(0, Math.min(days - 1, o));
    }

    /** Appends the SVG to the given element and returns it. */
    Element appendTo(Element parent, List<String> violationIds, List<String> obligationIds) {
        // lay out first, to know the height
        List<Mark> sessions = sessionMarks();
        List<Mark> steps = stepMarks(obligationIds);
        List<Mark> violations = violationMarks(violationIds);
        int sessionLanes = lanes(sessions);
        int stepLanes = lanes(steps);
        int violationLanes = lanes(violations);

        double ySem = MONTHS_H + 2;
        double yQuarter = ySem + BAND_H + 4;
        double ySessions = yQuarter + BAND_H + GAP;
        double hSessions = Math.max(1, sessionLanes) * SESSION_LANE;
        double ySteps = ySessions + hSessions + GAP;
        double hSteps = Math.max(1, stepLanes) * STEP_LANE + 4;
        double yViolations = ySteps + hSteps + GAP;
        double hViolations = Math.max(1, violationLanes) * VIOLATION_LANE;
        double yFoot = yViolations + hViolations + GAP;
        double height = yFoot + 22;

        Element svg = parent.appendElement("svg", SVG)
                .attr("xmlns", SVG)
                .attr("class", "timeline")
                .attr("viewBox", "0 0 " + n(WIDTH) + " " + n(height))
                .attr("role", "img")
                .attr("aria-labelledby", "timeline-title");
        svg.appendElement("title", SVG).attr("id", "timeline-title").text("Dòng thời gian năm học " + plan.schoolYear()
                + " của kế hoạch " + plan.id() + " (school year timeline)");
        defs(svg);

        drawMonths(svg, height - 22);
        rowLabel(svg, ySem + BAND_H / 2, "Học kỳ", "Semester");
        drawSemesters(svg, ySem);
        rowLabel(svg, yQuarter + BAND_H / 2, "Quý", "Quarter");
        drawQuarters(svg, yQuarter);
        band(svg, ySessions, hSessions, "row");
        rowLabel(svg, ySessions + hSessions / 2, "Buổi sinh hoạt", "Meetings");
        band(svg, ySteps, hSteps, "row");
        rowLabel(svg, ySteps + hSteps / 2, "Mốc, hạn", "Steps, deadlines");
        band(svg, yViolations, hViolations, "row");
        rowLabel(svg, yViolations + hViolations / 2, "Vi phạm", "Violations");

        drawAsOf(svg, height, yFoot);
        sessions.forEach(m -> m.draw(svg, ySessions + SESSION_LANE * m.lane + SESSION_LANE / 2));
        steps.forEach(m -> m.draw(svg, ySteps + 2 + STEP_LANE * m.lane + STEP_LANE / 2));
        violations.forEach(m -> m.draw(svg, yViolations + VIOLATION_LANE * m.lane + VIOLATION_LANE / 2));
        return svg;
    }

    private static void defs(Element svg) {
        Element defs = svg.appendElement("defs", SVG);
        Element hatch = defs.appendElement("pattern", SVG).attr("id", "hatch").attr("width", "6").attr("height", "6")
                .attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)");
        hatch.appendElement("rect", SVG).attr("width", "6").attr("height", "6").attr("fill", "#f3f4f6");
        hatch.appendElement("line", SVG).attr("x1", "0").attr("y1", "0").attr("x2", "0").attr("y2", "6")
                .attr("stroke", "#cbd5e1").attr("stroke-width", "2");
    }

    private void drawMonths(Element svg, double gridBottom) {
        Element g = svg.appendElement("g", SVG).attr("class", "months");
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            double x1 = xStart(m);
            double x2 = xEnd(m.withDayOfMonth(m.lengthOfMonth()));
            g.appendElement("line", SVG).attr("class", "grid").attr("x1", n(x1)).attr("x2", n(x1))
                    .attr("y1", "0").attr("y2", n(gridBottom));
            String label = "T" + m.getMonthValue() + (m.equals(first) || m.getMonthValue() == 1
                    ? "/" + m.getYear() : "");
            g.appendElement("text", SVG).attr("class", "month").attr("x", n((x1 + x2) / 2)).attr("y", "14")
                    .attr("text-anchor", "middle").text(label);
        }
        double xLast = xEnd(last);
        g.appendElement("line", SVG).attr("class", "grid").attr("x1", n(xLast)).attr("x2", n(xLast))
                .attr("y1", "0").attr("y2", n(gridBottom));
    }

    private void rowLabel(Element svg, double yMid, String vi, String en) {
        Element t = svg.appendElement("text", SVG).attr("class", "row-label").attr("x", n(LEFT - 8))
                .attr("y", n(yMid - 2)).attr("text-anchor", "end");
        t.appendText(vi);
        svg.appendElement("text", SVG).attr("class", "row-label-en").attr("x", n(LEFT - 8)).attr("y", n(yMid + 10))
                .attr("text-anchor", "end").attr("lang", "en").text(en);
    }

    private void band(Element svg, double y, double h, String cls) {
        svg.appendElement("rect", SVG).attr("class", cls).attr("x", n(LEFT)).attr("y", n(y)).attr("width", n(PLOT))
                .attr("height", n(h));
    }

    private void drawSemesters(Element svg, double y) {
        for (int s = 1; s <= 2; s++) {
            LocalDate from = calendar.semesterStart(s);
            LocalDate to = calendar.semesterEnd(s);
            double x1 = xStart(from);
            double x2 = xEnd(to);
            Element g = svg.appendElement("g", SVG).attr("class", "semester semester-" + s);
            g.appendElement("rect", SVG).attr("x", n(x1)).attr("y", n(y)).attr("width", n(x2 - x1))
                    .attr("height", n(BAND_H)).attr("rx", "3");
            g.appendElement("title", SVG).text("Học kỳ " + (s == 1 ? "I" : "II") + ": " + Words.vi(from) + " – "
                    + Words.vi(to) + " (semester " + s + ": " + from + " to " + to + ")");
            String label = "Học kỳ " + (s == 1 ? "I" : "II") + " · " + Words.vi(from) + " – " + Words.vi(to);
            if (x2 - x1 < label.length() * 6.5) {
                label = "HK " + (s == 1 ? "I" : "II");
            }
            g.appendElement("text", SVG).attr("x", n((x1 + x2) / 2)).attr("y", n(y + BAND_H / 2 + 4))
                    .attr("text-anchor", "middle").text(label);
        }
    }

    private void drawQuarters(Element svg, double y) {
        String parameter = checked.packs().stream().map(p -> p.parameters().get("quarterMinOverlapDays"))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        boolean counting = parameter != null;
        int minOverlap = counting ? parseOr(parameter, 60) : 0;
        for (Quarter q : calendar.quarters(minOverlap)) {
            LocalDate from = q.start().isBefore(first) ? first : q.start();
            LocalDate to = q.end().isAfter(last) ? last : q.end();
            if (to.isBefore(from)) {
                continue;
            }
            double x1 = xStart(from);
            double x2 = xEnd(to);
            String cls = !counting ? "quarter" : q.counted() ? "quarter counted" : "quarter not-counted";
            Element g = svg.appendElement("g", SVG).attr("class", cls);
            g.appendElement("rect", SVG).attr("x", n(x1 + 1)).attr("y", n(y)).attr("width", n(x2 - x1 - 2))
                    .attr("height", n(BAND_H)).attr("rx", "3");
            String roman = q.label().substring("quý ".length());
            String tip = "Quý " + roman + ": " + Words.vi(q.start()) + " – " + Words.vi(q.end()) + ", "
                    + q.overlapDays() + " ngày trong năm học" + (counting ? (q.counted() ? ", được tính"
                    : ", không tính (dưới " + minOverlap + " ngày)") : "") + " (" + q.labelEn() + ", "
                    + q.overlapDays() + " days in the school year" + (counting ? (q.counted() ? ", counted"
                    : ", not counted") : "") + ")";
            g.appendElement("title", SVG).text(tip);
            String label = "Quý " + roman + (counting && !q.counted() ? " (không tính)" : "");
            if (x2 - x1 < label.length() * 6.5) {
                label = roman;
            }
            g.appendElement("text", SVG).attr("x", n((x1 + x2) / 2)).attr("y", n(y + BAND_H / 2 + 4))
                    .attr("text-anchor", "middle").text(label);
        }
    }

    private static int parseOr(String value, int fallback) {
        try {
            int v = Integer.parseInt(value.strip());
            return v >= 0 && v <= 92 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void drawAsOf(Element svg, double height, double yFoot) {
        LocalDate asOf = checked.asOf();
        double x = x(asOf);
        Element g = svg.appendElement("g", SVG).attr("class", "as-of");
        g.appendElement("line", SVG).attr("x1", n(x)).attr("x2", n(x)).attr("y1", n(MONTHS_H))
                .attr("y2", n(yFoot + 4));
        String edge = asOf.isBefore(first) ? "◀ " : asOf.isAfter(last) ? "▶ " : "";
        String label = edge + "Ngày xét " + Words.vi(asOf) + " (as of)";
        boolean right = x > LEFT + PLOT * 0.7;
        g.appendElement("text", SVG).attr("x", n(right ? x - 4 : x + 4)).attr("y", n(height - 6))
                .attr("text-anchor", right ? "end" : "start").text(label);
        g.appendElement("title", SVG).text("Ngày xét: " + Words.vi(asOf) + " (as of " + asOf + ")");
    }

    // --- marks -------------------------------------------------------------------------------------------------

    /** Something drawn in a row, with its horizontal extent for laying out lanes. */
    private abstract static class Mark {
        final double x1;
        final double x2;
        int lane;

        Mark(double x1, double x2) {
            this.x1 = x1;
            this.x2 = x2;
        }

        abstract void draw(Element svg, double yMid);
    }

    /** Puts each mark in the first lane where it does not overlap the one before it; returns the number of lanes. */
    private static int lanes(List<Mark> marks) {
        List<Double> ends = new ArrayList<>();
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingDouble((Mark m) -> m.x1).thenComparingDouble(m -> m.x2));
        for (Mark m : sorted) {
            int lane = 0;
            while (lane < ends.size() && ends.get(lane) + 2 > m.x1) {
                lane++;
            }
            if (lane == ends.size()) {
                ends.add(m.x2);
            } else {
                ends.set(lane, m.x2);
            }
            m.lane = lane;
        }
        return ends.size();
    }

    private List<Mark> sessionMarks() {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            if (s.date() == null) {
                continue;
            }
            int number = i + 1;
            double cx = x(s.date());
            double r = 10;
            marks.add(new Mark(cx - r, cx + r) {
                @Override
                void draw(Element svg, double y) {
                    String status = s.status().name().toLowerCase(Locale.ROOT);
                    Element a = svg.appendElement("a", SVG).attr("href", "#s" + number)
                            .attr("class", "session " + status);
                    a.appendElement("title", SVG).text(sessionTip(s, number));
                    a.appendElement("circle", SVG).attr("cx", n(cx)).attr("cy", n(y)).attr("r", n(r));
                    if (s.status() == SessionStatus.CANCELLED) {
                        a.appendElement("line", SVG).attr("class", "cross").attr("x1", n(cx - 7)).attr("y1", n(y - 7))
                                .attr("x2", n(cx + 7)).attr("y2", n(y + 7));
                    }
                    a.appendElement("text", SVG).attr("x", n(cx)).attr("y", n(y + 4)).attr("text-anchor", "middle")
                            .text(Integer.toString(number));
                }
            });
        }
        return marks;
    }

    private String sessionTip(Session s, int number) {
        Words.Pair status = Words.status(s.status());
        String host = Words.memberName(plan, s.host());
        return "Buổi " + number + " · " + Words.vi(s.date()) + " · " + status.vi()
                + (host != null ? " · " + host : "") + " — " + Words.shortContent(s, 120)
                + " (meeting " + number + ", " + s.date() + ", " + status.en() + ")";
    }

    private List<Mark> stepMarks(List<String> obligationIds) {
        List<Mark> marks = new ArrayList<>();
        for (Words.Step step : Words.steps(plan)) {
            double cx = x(step.date());
            String tip = Words.vi(step.date()) + ": " + step.what().vi()
                    + (step.session() >= 0 ? " (buổi " + (step.session() + 1) + ")" : "")
                    + " — đã thực hiện (done: " + step.what().en() + ", " + step.date() + ")";
            marks.add(new Mark(cx - 5, cx + 5) {
                @Override
                void draw(Element svg, double y) {
                    Element g = svg.appendElement("g", SVG).attr("class", "step done");
                    g.appendElement("title", SVG).text(tip);
                    g.appendElement("path", SVG).attr("d", "M" + n(cx) + " " + n(y - 5) + " l5 5 l-5 5 l-5 -5 z");
                }
            });
        }
        List<Obligation> obligations = checked.result().obligations();
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            String id = obligationIds.get(i);
            Words.Pair title = Words.ruleTitle(checked, o.ruleId());
            String tip = "Hạn " + Words.vi(o.dueOn()) + ": " + title.vi() + " (due " + o.dueOn() + ": " + title.en()
                    + ")";
            marks.add(deadlineMark(o.dueOn(), "deadline upcoming", "#" + id, tip));
        }
        for (Violation v : checked.result().violations()) {
            Optional<LocalDate> due = Places.deadline(v);
            if (due.isPresent()) {
                Words.Pair title = Words.ruleTitle(checked, v.ruleId());
                boolean late = Places.deliveredOn(v).isPresent();
                String tip = (late ? "Trễ hạn " : "Quá hạn ") + Words.vi(due.get()) + ": " + title.vi() + " ("
                        + (late ? "late" : "overdue") + ", due " + due.get() + ": " + title.en() + ")";
                marks.add(deadlineMark(due.get(), late ? "deadline late" : "deadline overdue", null, tip));
            }
        }
        return marks;
    }

    private Mark deadlineMark(LocalDate due, String cls, String href, String tip) {
        double cx = x(due);
        return new Mark(cx - 6, cx + 6) {
            @Override
            void draw(Element svg, double y) {
                Element g = href != null ? svg.appendElement("a", SVG).attr("href", href)
                        : svg.appendElement("g", SVG);
                g.attr("class", cls);
                g.appendElement("title", SVG).text(tip);
                g.appendElement("path", SVG).attr("d", "M" + n(cx - 6) + " " + n(y - 5) + " h12 l-6 10 z");
            }
        };
    }

    private List<Mark> violationMarks(List<String> violationIds) {
        List<Mark> marks = new ArrayList<>();
        List<Violation> violations = checked.result().violations();
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            int number = i + 1;
            String id = violationIds.get(i);
            Places.Place place = Places.place(v, plan, calendar);
            String sev = v.severity().name().toLowerCase(Locale.ROOT);
            String tip = number + ". " + v.severity().label() + ": " + v.message() + " (" + v.messageEn() + ")";
            double r = 9;
            if (place.isDay()) {
                double cx = x(place.from());
                marks.add(new Mark(cx - r, cx + r) {
                    @Override
                    void draw(Element svg, double y) {
                        Element a = svg.appendElement("a", SVG).attr("href", "#" + id)
                                .attr("class", "violation " + sev);
                        a.appendElement("title", SVG).text(tip);
                        badge(a, cx, y, r, number);
                    }
                });
            } else {
                double x1 = xStart(place.from());
                double x2 = xEnd(place.to());
                double cx = (x1 + x2) / 2;
                marks.add(new Mark(x1, x2) {
                    @Override
                    void draw(Element svg, double y) {
                        Element a = svg.appendElement("a", SVG).attr("href", "#" + id)
                                .attr("class", "violation span " + sev);
                        a.appendElement("title", SVG).text(tip);
                        a.appendElement("path", SVG).attr("class", "extent").attr("d", "M" + n(x1 + 1) + " "
                                + n(y - 5) + " v10 M" + n(x1 + 1) + " " + n(y) + " H" + n(x2 - 1) + " M" + n(x2 - 1)
                                + " " + n(y - 5) + " v10");
                        badge(a, cx, y, r, number);
                    }
                });
            }
        }
        return marks;
    }

    private static void badge(Element a, double cx, double y, double r, int number) {
        a.appendElement("circle", SVG).attr("cx", n(cx)).attr("cy", n(y)).attr("r", n(r));
        a.appendElement("text", SVG).attr("x", n(cx)).attr("y", n(y + 4)).attr("text-anchor", "middle")
                .text(Integer.toString(number));
    }

    /** Returns the severity's class name, as used for marks and list entries. */
    static String cssClass(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
