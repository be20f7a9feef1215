package vn.edu.shcm.rules.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Session;

/** The HTML report, read back with jsoup: structure, counts, where marks sit, escaping, self-containedness. */
class HtmlReportTest {

    static final HtmlReport REPORT = HtmlReport.create();

    static Document render(CheckedPlan checked) {
        return Jsoup.parse(REPORT.html(checked));
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.attr(attribute));
    }

    /** The x of a session's mark on the timeline. */
    static double sessionX(Document doc, int number) {
        return num(doc.selectFirst("svg.timeline a.session[href=#s" + number + "] circle"), "cx");
    }

    /** The x of a violation's badge on the timeline. */
    static double badgeX(Document doc, int number) {
        return num(doc.selectFirst("svg.timeline a.violation[href=#v" + number + "] circle"), "cx");
    }

    @Nested
    class SelfContained {

        final String html = REPORT.html(Plans.tuyenQuang("2025-12-01"));
        final Document doc = Jsoup.parse(html);

        @Test
        void isOneVietnameseUtf8PageWithInlineStyleAndNoScript() {
            assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
            assertEquals("vi", doc.selectFirst("html").attr("lang"));
            assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
            assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
            assertEquals(1, doc.select("style").size());
            assertEquals(0, doc.select("script, link, img, iframe, object, embed, video, audio, source, base").size());
            assertEquals(1, doc.select("svg.timeline").size());
        }

        @Test
        void loadsNothingAndLinksOnlyInsideThePage() {
            assertTrue(doc.select("[src], [srcset], [xlink:href]").isEmpty());
            for (Element a : doc.select("[href]")) {
                String href = a.attr("href");
                assertTrue(href.startsWith("#"), href);
                assertEquals(1, doc.select("[id=" + href.substring(1) + "]").size(), "target of " + href);
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertTrue(!a.getValue().contains("://") || a.getKey().equals("xmlns"), a.toString());
                }
            }
            String style = doc.selectFirst("style").data();
            assertFalse(style.contains("@import") || style.contains("://"), "the CSS loads nothing");
        }

        @Test
        void printsOnA4WithoutSplittingEntries() {
            String style = doc.selectFirst("style").data();
            assertTrue(style.contains("@page { size: A4;"), style);
            assertTrue(style.contains("@media print"), style);
            assertTrue(style.contains(".entry { display: flex;") && style.contains("break-inside: avoid"), style);
        }

        @Test
        void theSamePlanAndDayGiveTheSameBytes() {
            assertEquals(html, REPORT.html(Plans.tuyenQuang("2025-12-01")));
        }
    }

    @Nested
    class TuyenQuang {

        final CheckedPlan checked = Plans.tuyenQuang("2025-12-01");
        final Document doc = render(checked);

        @Test
        void saysWhatWasCheckedAndTheVerdictVietnameseFirst() {
            assertEquals("Kết quả kiểm tra kế hoạch sinh hoạt chuyên môn", doc.selectFirst("h1").text());
            assertEquals("KHÔNG ĐẠT — 1 lỗi, 0 cảnh báo, 3 việc sắp đến hạn", doc.selectFirst(".verdict-vi").text());
            assertEquals("en", doc.selectFirst(".verdict .en").attr("lang"));
            assertTrue(doc.selectFirst("dl.facts").text().contains("Cụm chuyên môn mầm non số 5 (tq-cum-5)"));
            assertTrue(doc.selectFirst("dl.facts").text().contains("05/09/2025 – 17/01/2026 – 30/05/2026"));
            assertTrue(doc.title().startsWith("Kiểm tra kế hoạch SHCM — Cụm chuyên môn mầm non số 5"), doc.title());
        }

        @Test
        void drawsTheYearWithItsSemestersAndCountedQuarters() {
            Element svg = doc.selectFirst("svg.timeline");
            assertEquals(2, svg.select("g.semester").size());
            assertTrue(svg.selectFirst("g.semester-1").text().contains("05/09/2025 – 17/01/2026"));
            // Q3 2025 shares 26 days with the year, under the pack's 60: not counted
            assertEquals(List.of("quarter not-counted", "quarter counted", "quarter counted", "quarter counted"),
                    svg.select("g.quarter").eachAttr("class"));
            assertEquals(List.of("T9/2025", "T10", "T11", "T12", "T1/2026", "T2", "T3", "T4", "T5"),
                    svg.select("text.month").eachText());
        }

        @Test
        void marksEverySessionByStatusAndEveryDeadline() {
            Element svg = doc.selectFirst("svg.timeline");
            assertEquals(List.of("session held", "session held", "session planned", "session cancelled"),
                    svg.select("a.session").eachAttr("class"));
            assertEquals(1, svg.select("a.session.cancelled line.cross").size());
            assertEquals(3, svg.select(".deadline.upcoming").size(), "one per obligation");
            assertEquals(List.of("#o1", "#o2", "#o3"), svg.select("a.deadline.upcoming").eachAttr("href"));
            // the plan sent on 25/09 and the first session's result report on 20/10
            assertEquals(2, svg.select(".step.done").size());
            assertTrue(sessionX(doc, 1) < sessionX(doc, 2) && sessionX(doc, 2) < sessionX(doc, 3)
                    && sessionX(doc, 3) < sessionX(doc, 4));
        }

        @Test
        void marksAQuarterWithoutSessionAcrossThatQuarter() {
            Element badge = doc.selectFirst("svg.timeline a.violation[href=#v1]");
            assertTrue(badge.hasClass("span") && badge.hasClass("error"), badge.className());
            assertEquals("1", badge.selectFirst("text").text());
            double x = badgeX(doc, 1);
            assertTrue(sessionX(doc, 2) < x && x < sessionX(doc, 3), "between 14/11/2025 and 10/04/2026");
        }

        @Test
        void drawsTheAsOfLineBetweenTheSessionsAroundIt() {
            Element line = doc.selectFirst("svg.timeline g.as-of line");
            double x = num(line, "x1");
            assertTrue(sessionX(doc, 2) < x && x < sessionX(doc, 3), "01/12/2025 lies between 14/11 and 10/04");
            assertTrue(doc.selectFirst("svg.timeline g.as-of text").text().contains("01/12/2025"));
        }

        @Test
        void listsTheViolationsAndObligationsWithTheirCitations() {
            Elements violations = doc.select("section.violations li.entry");
            assertEquals(1, violations.size());
            Element v1 = violations.get(0);
            assertEquals("v1", v1.id());
            assertEquals("1", v1.selectFirst(".num").text());
            assertTrue(v1.hasClass("error"));
            assertEquals("Quý I/2026 (01/01/2026 – 31/03/2026) không có buổi sinh hoạt cụm nào; cần tối thiểu 1 lần/quý.",
                    v1.selectFirst(".msg").text());
            assertEquals("en", v1.selectFirst(".msg-en").attr("lang"));
            assertTrue(v1.selectFirst(".msg").elementSiblingIndex() < v1.selectFirst(".msg-en").elementSiblingIndex());
            assertTrue(v1.selectFirst(".cite").text().endsWith("(Sở GDĐT Tuyên Quang), mục V.2"), v1.text());
            assertEquals("01/01/2026 – 31/03/2026", v1.selectFirst(".where").text());

            Elements obligations = doc.select("section.obligations li.entry");
            assertEquals(List.of("o1", "o2", "o3"), obligations.eachAttr("id"));
            assertEquals(List.of("17/01/2026", "17/01/2026", "30/05/2026"), obligations.select(".due strong").eachText());
            assertEquals("còn 47 ngày 47 days left", obligations.get(0).selectFirst(".left").text());
            assertEquals("Buổi 2 (14/11/2025)", obligations.get(0).selectFirst(".where").text());
            assertTrue(obligations.get(1).selectFirst(".cite").text().contains("mục V.3"));
        }

        @Test
        void listsTheSessionsWithLinksToTheirFindings() {
            Elements rows = doc.select("section.sessions tbody tr");
            assertEquals(List.of("s1", "s2", "s3", "s4"), rows.eachAttr("id"));
            assertEquals("cancelled", rows.get(3).className());
            assertEquals("Trường Mầm non Hoa Sen", rows.get(0).child(2).ownText());
        }
    }

    @Nested
    class LaoCai {

        final Plan plan = withoutObjective(Plans.laoCai(), 2);
        final Document doc = render(Plans.check(plan, Plans.LC, "2025-12-15"));

        static Plan withoutObjective(Plan plan, int index) {
            List<Session> sessions = new ArrayList<>(plan.sessions());
            sessions.set(index, sessions.get(index).toBuilder().objective(null).build());
            return plan.toBuilder().sessions(sessions).build();
        }

        @Test
        void marksASessionsViolationOnThatSession() {
            // v3: the third session states no objective (/sessions/2/objective)
            assertEquals("Buổi 3 (20/03/2026)", doc.selectFirst("li#v3 .where").text());
            assertEquals(sessionX(doc, 3), badgeX(doc, 3));
            assertEquals(List.of("3"), doc.select("tr#s3 td.found a").eachText());
            assertEquals("#v3", doc.selectFirst("tr#s3 td.found a").attr("href"));
            assertEquals(List.of("1", "2"), doc.select("tr#s2 td.found a").eachText());
        }

        @Test
        void marksMissedAndLateStepsOnTheirDueDays() {
            // v1: preparation due 19/11 came on 25/11; v2: review meeting due 05/12 is missing
            assertEquals("Hạn 19/11/2025 · Buổi 2 (19/12/2025)", doc.selectFirst("li#v1 .where").text());
            assertEquals("Hạn 05/12/2025 · Buổi 2 (19/12/2025)", doc.selectFirst("li#v2 .where").text());
            Element svg = doc.selectFirst("svg.timeline");
            assertEquals(1, svg.select(".deadline.late").size());
            assertEquals(1, svg.select(".deadline.overdue").size());
            double asOf = num(svg.selectFirst("g.as-of line"), "x1");
            assertTrue(sessionX(doc, 1) < badgeX(doc, 1) && badgeX(doc, 1) < badgeX(doc, 2)
                    && badgeX(doc, 2) < asOf && asOf < sessionX(doc, 2));
            assertEquals(List.of("1", "2", "3"), svg.select("a.violation text").eachText());
        }

        @Test
        void showsQuartersWithoutCountingForAPackThatDoesNotCountThem() {
            assertEquals(List.of("quarter", "quarter", "quarter", "quarter"),
                    doc.select("svg.timeline g.quarter").eachAttr("class"));
        }
    }

    @Test
    void escapesEveryTextFromThePlan() {
        String evil = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
        Plan plan = Plans.tuyenQuang().toBuilder()
                .sessions(Plans.tqSession("lan-1", "2025-10-10", "hoa-sen").content(evil).location(evil)
                        .personInCharge(evil).build())
                .build();
        String html = REPORT.html(Plans.check(plan, Plans.TQ, "2025-12-01"));
        Document doc = Jsoup.parse(html);
        assertEquals(0, doc.select("script, img").size());
        assertFalse(html.contains("<script>") || html.contains("<img"), "no raw markup from the plan");
        assertEquals(evil, doc.selectFirst("tr#s1").child(3).text());
        assertTrue(doc.selectFirst("svg.timeline a.session title").text().contains(evil));
    }

    @Test
    void aCompliantPlanSaysSo() {
        Plan plan = Plans.tuyenQuang().toBuilder().sessions(
                Plans.tqSession("lan-1", "2025-10-10", "hoa-sen").build(),
                Plans.tqSession("lan-2", "2025-11-14", "song-lo").build(),
                Plans.tqSession("lan-3", "2026-02-27", "tan-ha").build(),
                Plans.tqSession("lan-4", "2026-04-10", "hung-thanh").build()).build();
        Document doc = render(Plans.check(plan, Plans.TQ, "2025-09-30"));
        assertTrue(doc.selectFirst(".verdict").hasClass("passes"));
        assertEquals("ĐẠT — 0 lỗi, 0 cảnh báo, 2 việc sắp đến hạn", doc.selectFirst(".verdict-vi").text());
        assertEquals("Không có vi phạm nào. No violations.", doc.selectFirst("section.violations p.none").text());
        assertEquals(0, doc.select("svg.timeline a.violation").size());
    }

    @Test
    void drawsDatesOutsideTheYearAtOrWithinTheEdges() {
        Plan plan = Plans.tuyenQuang().toBuilder().sessions(
                Plans.tqSession("som", "2025-08-20", "hoa-sen").build(),
                Plans.tqSession("xa", "2027-03-10", "song-lo").build()).build();
        Document doc = render(Plans.check(plan, Plans.TQ, "2025-12-01"));
        Element svg = doc.selectFirst("svg.timeline");
        double width = Double.parseDouble(svg.attr("viewBox").split(" ")[2]);
        // 20/08/2025 lies within three months of the year: the drawing starts in August
        assertEquals("T8/2025", svg.selectFirst("text.month").text());
        // 10/03/2027 is further: the drawing ends with May 2026 and the mark sits at its edge
        assertEquals("T5", svg.select("text.month").last().text());
        double far = sessionX(doc, 2);
        assertTrue(far <= width && far > width - 30, "at the right edge: " + far);
        assertTrue(doc.selectFirst("svg.timeline a.session[href=#s2] title").text().contains("10/03/2027"));
        assertEquals(List.of("Buổi 1 (20/08/2025)", "Buổi 2 (10/03/2027)"), doc.select("section.violations li.entry")
                .stream().filter(li -> li.select("code").eachText().contains("core:session-outside-school-year"))
                .map(li -> li.selectFirst(".where").text()).toList());
    }
}
