package vn.edu.shcm.rules.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.Citation;
import vn.edu.shcm.rules.Obligation;
import vn.edu.shcm.rules.RulePack;
import vn.edu.shcm.rules.Severity;
import vn.edu.shcm.rules.SourceDocument;
import vn.edu.shcm.rules.Violation;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Session;

/**
 * Writes a checked plan as one self-contained HTML page for people: Vietnamese first, each text followed by its
 * English; the school year as a timeline, then the violations, the upcoming obligations and the sessions.
 *
 * <p>The page needs no network: its CSS is inline and its timeline an inline SVG (months, semester I and II,
 * calendar quarters, each session, the dated steps and deadlines, every violation numbered at its place and
 * linking to its entry in the list, and the as-of line). It prints on A4 ({@code @page}, no entry split across
 * pages) and reads on a phone (the timeline scrolls sideways). Every text from the plan is escaped, since the page is
 * built as a DOM. The same checked plan gives the same bytes: the page has no time stamp of its own.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HtmlReport {

    private static final String CSS = resource("report.css");
    private static final HtmlReport INSTANCE = new HtmlReport();

    private HtmlReport() {
    }

    /** Returns the report writer. */
    public static HtmlReport create() {
        return INSTANCE;
    }

    /** Returns the page of a checked plan, as UTF-8 HTML text. */
    public String html(CheckedPlan checked) {
        Objects.requireNonNull(checked, "checked");
        return new Page(checked).render();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the rules-export jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page being built. */
    private static final class Page {
        private final CheckedPlan checked;
        private final Plan plan;
        private final List<RulePack> packs;
        private final CheckResult result;
        private final SchoolCalendar calendar;
        private final List<String> violationIds = new ArrayList<>();
        private final List<String> obligationIds = new ArrayList<>();

        Page(CheckedPlan checked) {
            this.checked = checked;
            this.plan = checked.plan();
            this.packs = checked.packs();
            this.result = checked.result();
            this.calendar = checked.calendar();
            for (int i = 1; i <= result.violations().size(); i++) {
                violationIds.add("v" + i);
            }
            for (int i = 1; i <= result.obligations().size(); i++) {
                obligationIds.add("o" + i);
            }
        }

        String render() {
            Document doc = new Document("");
            doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
            doc.appendChild(new DocumentType("html", "", ""));
            Element html = doc.appendElement("html").attr("lang", "vi");
            head(html.appendElement("head"));
            Element body = html.appendElement("body");
            Element main = body.appendElement("main");
            header(main);
            timeline(main);
            violations(main);
            obligations(main);
            sessions(main);
            footer(body);
            return doc.outerHtml() + "\n";
        }

        private void head(Element head) {
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            head.appendElement("meta").attr("name", "generator").attr("content", "shcm-rules");
            head.appendElement("title").text("Kiểm tra kế hoạch SHCM — " + Words.planName(plan) + " — năm học "
                    + plan.schoolYear());
            head.appendElement("style").appendChild(new DataNode(CSS));
        }

        private void header(Element main) {
            Element header = main.appendElement("header");
            header.appendElement("h1").text("Kết quả kiểm tra kế hoạch sinh hoạt chuyên môn");
            english(header, "p", "Professional-meeting plan check");
            Element dl = header.appendElement("dl").addClass("facts");
            String name = Words.planName(plan);
            fact(dl, "Kế hoạch", "Plan", name.equals(plan.id()) ? name : name + " (" + plan.id() + ")");
            fact(dl, "Năm học", "School year", plan.schoolYear().toString());
            fact(dl, "Cấp học, phạm vi", "Level, scope", plan.level() == null || plan.scope() == null ? "—"
                    : plan.level().label() + ", " + plan.scope().label() + " (" + plan.level().labelEn() + ", "
                    + plan.scope().labelEn() + ")");
            if (plan.cluster() != null && (plan.cluster().head() != null || plan.cluster().deputy() != null)) {
                fact(dl, "Cụm trưởng, cụm phó", "Head, deputy", orDash(Words.memberName(plan, plan.cluster().head()))
                        + "; " + orDash(Words.memberName(plan, plan.cluster().deputy())));
            }
            for (RulePack pack : packs) {
                fact(dl, "Bộ quy tắc", "Rule pack", pack.id() + " — " + pack.title());
                fact(dl, "Văn bản hướng dẫn", "Guideline", source(pack.source()));
            }
            fact(dl, "Lịch năm học", "School calendar", Words.vi(calendar.start()) + " – "
                    + Words.vi(calendar.semester1End()) + " – " + Words.vi(calendar.end()) + " (" + calendar.source()
                    + ")");
            fact(dl, "Tính đến ngày", "As of", Words.vi(result.asOf()) + " (" + result.asOf() + ")");

            int errors = result.violations(Severity.ERROR).size();
            int warnings = result.violations(Severity.WARNING).size();
            int notes = result.violations(Severity.INFO).size();
            int due = result.obligations().size();
            Element verdict = header.appendElement("section").addClass("verdict")
                    .addClass(errors > 0 ? "fails" : "passes").attr("aria-label", "Kết luận");
            verdict.appendElement("p").addClass("verdict-vi").text((errors > 0 ? "KHÔNG ĐẠT" : "ĐẠT") + " — "
                    + errors + " lỗi, " + warnings + " cảnh báo" + (notes > 0 ? ", " + notes + " ghi chú" : "")
                    + ", " + due + " việc sắp đến hạn");
            english(verdict, "p", (errors > 0 ? "Does not comply"
                    : "Complies") + " — " + errors + " error(s), " + warnings + " warning(s)"
                    + (notes > 0 ? ", " + notes + " note(s)" : "") + ", " + due + " upcoming obligation(s)");
        }

        private static void fact(Element dl, String vi, String en, String value) {
            Element dt = dl.appendElement("dt");
            dt.appendText(vi);
            english(dt, "span", en);
            dl.appendElement("dd").text(value);
        }

        private static String source(SourceDocument s) {
            StringBuilder b = new StringBuilder(s.title());
            if (s.number() != null) {
                b.append(", số ").append(s.number());
            }
            if (s.issuedOn() != null) {
                b.append(", ngày ").append(Words.vi(s.issuedOn()));
            }
            if (!s.title().contains(s.issuer())) {
                b.append(" — ").append(s.issuer());
            }
            if (s.url() != null) {
                b.append(" — ").append(s.url());
            }
            return b.toString();
        }

        private static String orDash(String s) {
            return s == null ? "—" : s;
        }

        private void timeline(Element main) {
            Element section = section(main, "year", "h-year",
                    "Dòng thời gian năm học " + plan.schoolYear(), "The school year");
            Element figure = section.appendElement("figure").addClass("timeline-figure");
            Element scroll = figure.appendElement("div").addClass("timeline-scroll");
            new Timeline(checked).appendTo(scroll, violationIds, obligationIds);
            legend(figure.appendElement("figcaption").addClass("legend"));
        }

        private static void legend(Element caption) {
            Element ul = caption.appendElement("ul");
            legendItem(ul, "session held", "circle", "đã tổ chức", "held");
            legendItem(ul, "session planned", "circle", "dự kiến", "planned");
            legendItem(ul, "session cancelled", "cross", "đã hủy", "cancelled");
            legendItem(ul, "step done", "diamond", "mốc đã thực hiện", "step done");
            legendItem(ul, "deadline upcoming", "triangle", "hạn sắp tới", "upcoming deadline");
            legendItem(ul, "deadline overdue", "triangle", "quá hạn, trễ hạn", "missed or late");
            legendItem(ul, "violation error", "badge", "lỗi (số thứ tự trong danh sách)", "error, numbered as below");
            legendItem(ul, "violation warning", "badge", "cảnh báo", "warning");
            legendItem(ul, "as-of", "line", "ngày xét", "as of");
        }

        private static void legendItem(Element ul, String cls, String shape, String vi, String en) {
            Element li = ul.appendElement("li");
            Element svg = li.appendElement("svg", Timeline.SVG).attr("xmlns", Timeline.SVG).attr("viewBox", "0 0 20 20")
                    .attr("width", "16").attr("height", "16").attr("aria-hidden", "true");
            Element g = svg.appendElement("g", Timeline.SVG).attr("class", cls);
            switch (shape) {
                case "circle" -> g.appendElement("circle", Timeline.SVG).attr("cx", "10").attr("cy", "10").attr("r", "7");
                case "cross" -> {
                    g.appendElement("circle", Timeline.SVG).attr("cx", "10").attr("cy", "10").attr("r", "7");
                    g.appendElement("line", Timeline.SVG).attr("class", "cross").attr("x1", "5").attr("y1", "5")
                            .attr("x2", "15").attr("y2", "15");
                }
                case "diamond" -> g.appendElement("path", Timeline.SVG).attr("d", "M10 4 l6 6 l-6 6 l-6 -6 z");
                case "triangle" -> g.appendElement("path", Timeline.SVG).attr("d", "M3 5 h14 l-7 11 z");
                case "badge" -> g.appendElement("circle", Timeline.SVG).attr("cx", "10").attr("cy", "10").attr("r", "8");
                default -> g.appendElement("line", Timeline.SVG).attr("x1", "10").attr("y1", "1").attr("x2", "10")
                        .attr("y2", "19");
            }
            li.appendText(" " + vi + " ");
            english(li, "span", en);
        }

        /** Appends English text, marked as such for styling and for screen readers, after the Vietnamese. */
        private static Element english(Element parent, String tag, String text) {
            return parent.appendElement(tag).addClass("en").attr("lang", "en").text(text);
        }

        /** Appends a section titled in both languages, labelled by its heading. */
        private static Element section(Element main, String cssClass, String headingId, String vi, String en) {
            Element section = main.appendElement("section").addClass(cssClass).attr("aria-labelledby", headingId);
            Element h2 = section.appendElement("h2").attr("id", headingId);
            h2.appendText(vi + " ");
            english(h2, "span", en);
            return section;
        }

        /** Appends the line that says, in both languages, that a section has nothing to list. */
        private static void none(Element section, String vi, String en) {
            english(section.appendElement("p").addClass("none").text(vi), "span", " " + en);
        }

        private void violations(Element main) {
            List<Violation> violations = result.violations();
            Element section = section(main, "violations", "h-viol",
                    "Vi phạm (" + violations.size() + ")", "Violations");
            if (violations.isEmpty()) {
                none(section, "Không có vi phạm nào.", "No violations.");
                return;
            }
            Element ol = section.appendElement("ol").addClass("entries");
            for (int i = 0; i < violations.size(); i++) {
                Violation v = violations.get(i);
                Places.Place place = Places.place(v, plan, calendar);
                Element li = ol.appendElement("li").attr("id", violationIds.get(i)).addClass("entry")
                        .addClass(Timeline.cssClass(v.severity()));
                li.appendElement("span").addClass("num").attr("aria-hidden", "true").text(Integer.toString(i + 1));
                Element body = li.appendElement("div").addClass("body");
                Element top = body.appendElement("p").addClass("top");
                top.appendElement("span").addClass("sev").text(v.severity().label() + " · " + v.severity().labelEn());
                top.appendElement("span").addClass("where").text(where(place));
                body.appendElement("p").addClass("msg").text(v.message());
                body.appendElement("p").addClass("msg-en").attr("lang", "en").text(v.messageEn());
                meta(body, v.path(), v.ruleId(), packLabel(v.ruleId()));
                if (!v.details().isEmpty()) {
                    body.appendElement("p").addClass("details").text("Số liệu / figures: " + details(v.details()));
                }
                citation(body, v.citation());
            }
        }

        private String where(Places.Place place) {
            String session = place.session() >= 0 ? sessionLabel(place.session()) : null;
            return switch (place.kind()) {
                case DEADLINE -> "Hạn " + Words.vi(place.from()) + (session != null ? " · " + session : "");
                case SESSION -> session;
                case PERIOD -> Words.vi(place.from()) + " – " + Words.vi(place.to());
                case PLAN -> "Toàn kế hoạch · whole plan";
            };
        }

        private String sessionLabel(int index) {
            Session s = plan.sessions().get(index);
            return "Buổi " + (index + 1) + (s.date() != null ? " (" + Words.vi(s.date()) + ")" : "");
        }

        /**
         * Returns which guideline a finding comes from, when the check had several packs (with one, the header
         * says it): the pack's id and its document, or the core rules'.
         */
        private String packLabel(String ruleId) {
            if (packs.size() < 2) {
                return null;
            }
            return checked.packOf(ruleId).map(p -> p.id() + " (" + p.source().title() + ")")
                    .orElse("core (kiểm tra chung / plan integrity)");
        }

        private static void meta(Element body, String path, String ruleId, String pack) {
            Element p = body.appendElement("p").addClass("meta");
            p.appendText("Vị trí / at: ");
            p.appendElement("code").text(path.isEmpty() ? "/" : path);
            p.appendText(" · Quy tắc / rule: ");
            p.appendElement("code").text(ruleId);
            if (pack != null) {
                p.appendText(" · Bộ quy tắc / guideline: " + pack);
            }
        }

        private static void citation(Element body, Citation c) {
            Element p = body.appendElement("p").addClass("cite");
            p.appendText("Căn cứ / source: ");
            p.appendElement("cite").text(c.document());
            p.appendText(", mục " + c.section());
        }

        private static String details(Map<String, Object> details) {
            return details.entrySet().stream().map(e -> e.getKey() + " = " + value(e.getValue()))
                    .collect(Collectors.joining("; "));
        }

        private static String value(Object v) {
            if (v instanceof List<?> list) {
                return list.stream().map(HtmlReport.Page::value).collect(Collectors.joining(", ", "[", "]"));
            }
            return String.valueOf(v);
        }

        private void obligations(Element main) {
            List<Obligation> obligations = result.obligations();
            Element section = section(main, "obligations", "h-due",
                    "Việc sắp đến hạn (" + obligations.size() + ")", "Upcoming obligations");
            if (obligations.isEmpty()) {
                none(section, "Không có việc nào sắp đến hạn.", "Nothing due.");
                return;
            }
            Element ol = section.appendElement("ol").addClass("entries");
            for (int i = 0; i < obligations.size(); i++) {
                Obligation o = obligations.get(i);
                Element li = ol.appendElement("li").attr("id", obligationIds.get(i)).addClass("entry")
                        .addClass("obligation");
                Element due = li.appendElement("span").addClass("due");
                due.appendElement("strong").text(Words.vi(o.dueOn()));
                long days = ChronoUnit.DAYS.between(result.asOf(), o.dueOn());
                Element left = due.appendElement("span").addClass("left");
                left.appendText(days == 0 ? "hôm nay " : "còn " + days + " ngày ");
                english(left, "span", days == 0 ? "today" : days + (days == 1 ? " day left" : " days left"));
                Element body = li.appendElement("div").addClass("body");
                Element top = body.appendElement("p").addClass("top");
                Words.Pair title = Words.ruleTitle(checked, o.ruleId());
                top.appendElement("span").addClass("title").text(title.vi());
                int session = Places.sessionIndex(plan, o.path()).orElse(-1);
                if (session >= 0) {
                    top.appendElement("span").addClass("where").text(sessionLabel(session));
                }
                body.appendElement("p").addClass("msg").text(o.message());
                body.appendElement("p").addClass("msg-en").attr("lang", "en").text(o.messageEn());
                meta(body, o.path(), o.ruleId(), packLabel(o.ruleId()));
                citation(body, o.citation());
            }
        }

        private void sessions(Element main) {
            List<Session> sessions = plan.sessions();
            Element section = section(main, "sessions", "h-sess",
                    "Các buổi sinh hoạt (" + sessions.size() + ")", "Meetings");
            if (sessions.isEmpty()) {
                none(section, "Kế hoạch chưa có buổi sinh hoạt nào.", "The plan has no meetings.");
                return;
            }
            Element table = section.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String[] h : new String[][] {{"Buổi", "No."}, {"Ngày", "Date"}, {"Đăng cai, địa điểm", "Host, place"},
                    {"Nội dung", "Content"}, {"Hình thức, trạng thái", "Format, status"}, {"Vi phạm", "Findings"}}) {
                Element th = head.appendElement("th").attr("scope", "col");
                th.appendText(h[0]);
                english(th, "span", h[1]);
            }
            Element tbody = table.appendElement("tbody");
            for (int i = 0; i < sessions.size(); i++) {
                Session s = sessions.get(i);
                int index = i;
                Element tr = tbody.appendElement("tr").attr("id", "s" + (i + 1))
                        .addClass(s.status().name().toLowerCase(Locale.ROOT));
                tr.appendElement("td").addClass("n").text(Integer.toString(i + 1));
                tr.appendElement("td").addClass("date").text(s.date() == null ? "—" : Words.vi(s.date()));
                Element host = tr.appendElement("td");
                String hostName = Words.memberName(plan, s.host());
                host.appendText(hostName == null ? "—" : hostName);
                if (!Words.blank(s.location()) && !s.location().strip().equals(hostName)) {
                    host.appendElement("br");
                    host.appendElement("span").addClass("place").text(s.location().strip());
                }
                tr.appendElement("td").text(Words.blank(s.content()) ? "—" : s.content().strip());
                Words.Pair format = Words.format(s.format());
                Words.Pair status = Words.status(s.status());
                tr.appendElement("td").text(format.vi() + ", " + status.vi());
                Element found = tr.appendElement("td").addClass("found");
                List<Violation> all = result.violations();
                for (int k = 0; k < all.size(); k++) {
                    if (Places.sessionIndex(plan, all.get(k).path()).orElse(-1) == index) {
                        found.appendElement("a").attr("href", "#" + violationIds.get(k))
                                .addClass("num").addClass(Timeline.cssClass(all.get(k).severity()))
                                .text(Integer.toString(k + 1));
                    }
                }
            }
        }

        private void footer(Element body) {
            Element footer = body.appendElement("footer");
            footer.appendElement("p").text("Lập bởi shcm-rules từ kế hoạch " + plan.id() + " theo bộ quy tắc " + checked.packIdsText()
                    + ", tính đến ngày " + Words.vi(result.asOf()) + ". Căn cứ là văn bản hướng dẫn nêu trên; báo cáo "
                    + "này giúp rà soát, không thay thế văn bản.");
            english(footer, "p", "Made by shcm-rules from plan " + plan.id()
                    + " with rule pack" + (packs.size() > 1 ? "s " : " ") + checked.packIdsText() + ", as of " + result.asOf() + ". The guideline above is the "
                    + "authority; this report helps review a plan and does not replace it.");
        }
    }
}
