package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.edu.shcm.rules.Docs.base;
import static vn.edu.shcm.rules.Docs.pointers;
import static vn.edu.shcm.rules.Docs.problems;
import static vn.edu.shcm.rules.Docs.q;
import static vn.edu.shcm.rules.Docs.single;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Invitee;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;

class ExchangeFormatReadTest {

    @Nested
    class Example {

        @Test
        void readsTheExamplePlan() {
            Plan plan = ExchangeFormat.readPlan(Docs.example());

            assertEquals("an-tien-2023-2024", plan.id());
            assertEquals(SchoolYear.of(2023), plan.schoolYear());
            assertEquals(Level.MAM_NON, plan.level());
            assertEquals(Scope.CLUSTER, plan.scope());
            assertEquals("Cụm trường An Tiến", plan.cluster().name());
            assertEquals("sao-sang", plan.cluster().head());
            assertNull(plan.cluster().deputy());
            assertNull(plan.cluster().previousHead());
            assertEquals(List.of("sao-sang", "bat-trang", "truong-thanh", "truong-tho", "an-tien"),
                    plan.cluster().members().stream().map(m -> m.id()).toList());
            assertEquals("Trường Mầm non An Tiến", plan.cluster().members().get(4).name());
            assertEquals(3, plan.objectives().size());
            assertTrue(plan.objectives().get(0).startsWith("Tăng cường việc tự bồi dưỡng"));
            assertNull(plan.funding());
            assertNull(plan.calendar());
            assertEquals(LocalDate.of(2023, 10, 3), plan.submittedOn());
            assertEquals(List.of(), plan.subjects());
            assertEquals(List.of(), plan.reports());
            assertEquals(List.of(), plan.products());
            assertNull(plan.workshopFile());

            assertEquals(4, plan.sessions().size());
            Session first = plan.sessions().get(0);
            assertEquals("lan-1", first.id());
            assertEquals(LocalDate.of(2023, 10, 12), first.date());
            assertEquals(SessionStatus.PLANNED, first.status());
            assertEquals(SessionFormat.IN_PERSON, first.format());
            assertEquals("sao-sang", first.host());
            assertEquals("Trường Mầm non Sao Sáng", first.location());
            assertEquals(List.of(Activity.OBSERVATION, Activity.STEAM, Activity.SEMINAR), first.activities());
            assertEquals(List.of(ContentArea.OBSERVATION_ANALYSIS, ContentArea.METHODS_STEAM), first.contentAreas());
            assertEquals("HT, PHTCM, TTCM mẫu giáo các trường trong cụm", first.participants());
            assertEquals(Milestones.NONE, first.milestones());
            assertEquals(Minutes.NONE, first.minutes());
            assertEquals(ResultReport.NONE, first.resultReport());
            assertEquals(false, first.changeNotified());
            assertEquals(List.of(), first.initiativesBy());
            assertEquals(LocalDate.of(2024, 3, 12), plan.sessions().get(3).date());
            assertEquals("truong-tho", plan.sessions().get(3).host());
        }

        @Test
        void readsTheSpecsExampleDocument() throws Exception {
            byte[] doc;
            try (var in = ExchangeFormatReadTest.class.getResourceAsStream("/plans/spec-example.json")) {
                doc = in.readAllBytes();
            }
            Plan plan = ExchangeFormat.readPlan(new ByteArrayInputStream(doc), "spec-example.json");
            assertEquals("an-tien", plan.cluster().deputy());
            assertEquals(LocalDate.of(2023, 10, 6), plan.sessions().get(0).milestones().invitationSentOn());
            assertEquals(List.of(Invitee.PHONG_GDDT, Invitee.CORE_STAFF), plan.sessions().get(0).milestones().invitees());
            assertEquals(new Minutes(true, true, true, true, true), plan.sessions().get(0).minutes());
            assertEquals(ResultReport.NONE, plan.sessions().get(0).resultReport());
            assertEquals(ReportKind.SEMESTER_1, plan.reports().get(0).kind());
            assertEquals("TOAN", plan.subjects().get(0).subject());
            assertEquals(LocalDate.of(2020, 5, 10), plan.products().get(0).proposedOn());
            assertEquals(plan, ExchangeFormat.readPlan(ExchangeFormat.writePlan(plan)));
        }

        @Test
        void readsTheSameFromTextStreamAndFile(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("an-tien.json");
            Files.write(file, Docs.exampleBytes());
            Plan fromText = ExchangeFormat.readPlan(Docs.example());
            assertEquals(fromText, ExchangeFormat.readPlan(new ByteArrayInputStream(Docs.exampleBytes()), "x"));
            assertEquals(fromText, ExchangeFormat.readPlan(file));
        }

        @Test
        void acceptsAByteOrderMarkAndOptionalNulls() {
            byte[] doc = Docs.exampleBytes();
            byte[] withBom = new byte[doc.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(doc, 0, withBom, 3, doc.length);
            assertEquals(ExchangeFormat.readPlan(Docs.example()),
                    ExchangeFormat.readPlan(new ByteArrayInputStream(withBom), "bom"));

            Plan plan = ExchangeFormat.readPlan(base("'host': 'a' }", """
                    'host': 'a', 'originalDate': null, 'changeNotified': null, 'status': null, 'format': null,
                    'activities': null, 'milestones': null, 'minutes': null, 'resultReport': null }"""));
            assertEquals(SessionStatus.PLANNED, plan.sessions().get(0).status());
            assertEquals(Minutes.NONE, plan.sessions().get(0).minutes());
        }

        @Test
        void readsTextAsItIsWithoutReEncoding() {
            assertEquals("p", ExchangeFormat.readPlan("\uFEFF" + Docs.BASE).id());
            assertEquals("Cụm \uD800", ExchangeFormat.readPlan(base("'name': 'Cụm A'", "'name': 'Cụm \uD800'"))
                    .cluster().name());
        }

        @Test
        void acceptsEmptySessionsAndPlansWithoutCluster() {
            assertEquals(List.of(), ExchangeFormat.readPlan(base(
                    "[ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]", "[]")).sessions());
            Plan group = ExchangeFormat.readPlan(q("""
                    {'id': 'g', 'schoolYear': '2025-2026', 'level': 'THCS', 'scope': 'SCHOOL_GROUP',
                     'sessions': [{'id': 's', 'date': '2025-10-01'}]}"""));
            assertNull(group.cluster());
            assertEquals(Scope.SCHOOL_GROUP, group.scope());
        }
    }

    @Nested
    class Sources {

        @Test
        void namesTheFileAsGiven(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("bad.json");
            Files.writeString(file, "{");
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan(file));
            assertEquals(file.toString(), e.source());
            assertTrue(e.getMessage().startsWith(file + ": invalid plan (1 problem)"), e.getMessage());
        }

        @Test
        void aMissingFileIsAnInputError(@TempDir Path dir) {
            Path file = dir.resolve("none.json");
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan(file));
            assertEquals(file.toString(), e.source());
            assertEquals(1, e.problems().size());
            assertEquals("", e.problems().get(0).path());
            assertEquals("Cannot read file \"" + file + "\": it does not exist.", e.problems().get(0).messageEn());
            assertEquals("Không đọc được tệp \"" + file + "\": tệp không tồn tại.", e.problems().get(0).message());
        }

        @Test
        void aStreamNamesItsSourceAndTextNone() {
            InvalidPlanException e = assertThrows(InvalidPlanException.class,
                    () -> ExchangeFormat.readPlan(new ByteArrayInputStream(new byte[0]), "stdin"));
            assertEquals("stdin", e.source());
            assertNull(assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan("")).source());
        }
    }

    /** a. Malformed JSON: one problem at "" with line and column. */
    @Nested
    class Malformed {

        @Test
        void syntaxErrorGivesLineAndColumn() {
            PlanProblem p = single("{\n  \"id\": ,\n}");
            assertEquals("", p.path());
            assertTrue(p.message().startsWith("Nội dung không đúng cú pháp JSON (dòng 2, cột 9): cần một giá trị"),
                    p.message());
            assertTrue(p.messageEn().startsWith("Malformed JSON at line 2, column 9: expected a value"), p.messageEn());
            assertNull(p.value());
        }

        @Test
        void truncatedDocument() {
            PlanProblem p = single("{\"id\": \"p\",\n \"sessions\": [");
            assertEquals("", p.path());
            assertEquals("Tài liệu JSON bị cắt cụt, kết thúc giữa chừng (dòng 2, cột 15).", p.message());
            assertEquals("Truncated JSON: the document ends unexpectedly at line 2, column 15.", p.messageEn());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "[]|The document must be a JSON object starting with \"{\", found a list […] at line 1, column 1.",
            "'  \"plan\"'|The document must be a JSON object starting with \"{\", found a string at line 1, column 3.",
            "'\n42'|The document must be a JSON object starting with \"{\", found a number at line 2, column 1.",
            "true|The document must be a JSON object starting with \"{\", found true or false at line 1, column 1.",
            "null|The document must be a JSON object starting with \"{\", found null at line 1, column 1.",
            "'   '|The document is empty at line 1, column 4.",
            "{} {}|Unexpected content after the plan's JSON object at line 1, column 4.",
            "{'id':'a','id':'b'}|Field \"id\" appears twice in one object at line 1, column 15.",
        })
        void documentThatIsNoPlanObject(String json, String expected) {
            PlanProblem p = single(q(json));
            assertEquals("", p.path());
            assertEquals(expected, p.messageEn());
        }

        @Test
        void emptyText() {
            assertEquals("The document is empty at line 1, column 1.", single("").messageEn());
            assertEquals("Tài liệu trống, không có nội dung JSON (dòng 1, cột 1).", single("").message());
        }

        @Test
        void noCommentsNoTrailingCommasNoNaN() {
            assertEquals("", single(base("'id': 'p',", "'id': 'p', // x\n")).path());
            assertEquals("", single(base("'host': 'a' }", "'host': 'a', }")).path());
            assertEquals("", single(base("'id': 'p',", "'id': 'p', 'x': NaN,")).path());
        }
    }

    /** b. Unknown fields, at any level. */
    @Nested
    class UnknownFields {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "'id': 'p',|'id': 'p', 'author': 'x',|/author|author",
            "'name': 'Cụm A',|'name': 'Cụm A', 'chair': 'a',|/cluster/chair|chair",
            "{ 'id': 'a', 'name': 'Trường A' }|{ 'id': 'a', 'name': 'Trường A', 'phone': 1 }|/cluster/members/0/phone|phone",
            "'host': 'a' }|'host': 'a', 'milestones': { 'invitationSent': '2023-10-01' } }|/sessions/0/milestones/invitationSent|invitationSent",
            "'host': 'a' }|'host': 'a', 'minutes': { 'time': true, 'chair': true } }|/sessions/0/minutes/chair|chair",
            "'id': 'p',|'id': 'p', 'a/b~c': 1,|/a~1b~0c|a/b~c",
        })
        void isReportedAtItsPointerWithItsName(String target, String replacement, String pointer, String name) {
            PlanProblem p = single(base(target, replacement));
            assertEquals(pointer, p.path());
            assertEquals(name, p.value());
            assertTrue(p.messageEn().startsWith("Unknown field \"" + name + "\"."), p.messageEn());
            assertTrue(p.message().startsWith("Trường \"" + name + "\" không có trong định dạng trao đổi."),
                    p.message());
        }

        @Test
        void suggestsTheFieldMeant() {
            PlanProblem p = single(base("'date': '2023-10-12'", "'dat': '2023-10-12', 'date': '2023-10-12'"));
            assertEquals("/sessions/0/dat", p.path());
            assertEquals("Unknown field \"dat\". Did you mean \"date\"?", p.messageEn());
            assertEquals("Trường \"dat\" không có trong định dạng trao đổi. Có phải là \"date\"?", p.message());
        }

        @Test
        void aMisspelledRequiredFieldIsUnknownAndMissing() {
            assertEquals(List.of("/sessions/0/date", "/sessions/0/dat"),
                    pointers(base("'date': '2023-10-12'", "'dat': '2023-10-12'")));
        }
    }

    /** c. Wrong JSON types. */
    @Nested
    class WrongTypes {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "'id': 'p'|'id': 7|/id|Wrong type: expected a string, found a number.|7",
            "'level': 'MAM_NON'|'level': 1|/level|Wrong type: expected a string (one of: MAM_NON, TIEU_HOC, THCS, THPT), found a number.|1",
            "'schoolYear': '2023-2024'|'schoolYear': 2023|/schoolYear|Wrong type: expected a school-year string \"YYYY-YYYY\", found a number.|2023",
            "'date': '2023-10-12'|'date': { 'day': 12 }|/sessions/0/date|Wrong type: expected a date string \"YYYY-MM-DD\", found an object {…}.|{…}",
            "'host': 'a' }|'host': 'a', 'changeNotified': 'yes' }|/sessions/0/changeNotified|Wrong type: expected true or false, found a string.|yes",
            "'host': 'a' }|'host': 'a', 'activities': 'SEMINAR' }|/sessions/0/activities|Wrong type: expected a list […], found a string.|SEMINAR",
            "'host': 'a' }|'host': 'a', 'minutes': [] }|/sessions/0/minutes|Wrong type: expected an object {…}, found a list […].|[…]",
            "'head': 'a',|'head': ['a'],|/cluster/head|Wrong type: expected a string, found a list […].|[…]",
        })
        void isReportedAtItsPointer(String target, String replacement, String pointer, String messageEn,
                                    String value) {
            PlanProblem p = single(base(target, replacement));
            assertEquals(pointer, p.path());
            assertEquals(messageEn, p.messageEn());
            assertEquals(value, p.value());
        }

        @Test
        void vietnameseMessage() {
            assertEquals("Sai kiểu dữ liệu: cần chuỗi ký tự, nhưng lại là số.",
                    single(base("'id': 'p'", "'id': 7")).message());
        }

        @Test
        void aWrongTypeForAListElementOrARequiredObject() {
            assertEquals(List.of("/sessions/0/activities/1"),
                    pointers(base("'host': 'a' }", "'host': 'a', 'activities': ['STEM', 5] }")));
            assertEquals(List.of("/cluster"), pointers(base("""
                    {
                        'name': 'Cụm A',
                        'head': 'a',
                        'members': [ { 'id': 'a', 'name': 'Trường A' }, { 'id': 'b', 'name': 'Trường B' } ]
                      }""", "'Cụm A'")));
            assertEquals(List.of("/sessions"), pointers(base(
                    "[ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]", "{}")));
            assertEquals(List.of("/sessions/0"), pointers(base(
                    "[ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]", "[ 's1' ]")));
        }
    }

    /** d. Unparsable dates, enum names and school years. */
    @Nested
    class BadValues {

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30", "2023-13-01", "12/10/2023", "2023-1-5", "2023-10-12T08:00",
            "+2023-10-12", "", " 2023-10-12", "２０２３-１０-１２"})
        void invalidDate(String text) {
            PlanProblem p = single(base("'date': '2023-10-12'", "'date': '" + text + "'"));
            assertEquals("/sessions/0/date", p.path());
            assertEquals("Invalid date \"" + text + "\" (expected YYYY-MM-DD).", p.messageEn());
            assertEquals("Ngày \"" + text + "\" không hợp lệ (cần dạng YYYY-MM-DD).", p.message());
            assertEquals(text, p.value());
        }

        @Test
        void aLeapDayIsADate() {
            assertEquals(LocalDate.of(2024, 2, 29), ExchangeFormat.readPlan(
                    base("'date': '2023-10-12'", "'date': '2024-02-29'")).sessions().get(0).date());
        }

        @ParameterizedTest
        @ValueSource(strings = {"FOO", "planned", "Planned", " PLANNED", ""})
        void invalidEnumName(String text) {
            PlanProblem p = single(base("'host': 'a' }", "'host': 'a', 'status': '" + text + "' }"));
            assertEquals("/sessions/0/status", p.path());
            assertEquals("Giá trị \"" + text + "\" không hợp lệ; cần một trong: PLANNED, HELD, CANCELLED.",
                    p.message());
            assertEquals("Invalid value \"" + text + "\"; expected one of: PLANNED, HELD, CANCELLED.",
                    p.messageEn());
            assertEquals(text, p.value());
        }

        @Test
        void invalidEnumNameInAList() {
            PlanProblem p = single(base("'host': 'a' }",
                    "'host': 'a', 'milestones': { 'invitees': ['PHONG_GDDT', 'SO_GD'] } }"));
            assertEquals("/sessions/0/milestones/invitees/1", p.path());
            assertEquals("SO_GD", p.value());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2023-2025", "2023", "2023/2024", "23-24", "0999-1000", "2024-2023"})
        void invalidSchoolYear(String text) {
            PlanProblem p = single(base("'schoolYear': '2023-2024'", "'schoolYear': '" + text + "'"));
            assertEquals("/schoolYear", p.path());
            assertEquals("Invalid school year \"" + text
                    + "\" (expected two consecutive years as YYYY-YYYY, e.g. 2023-2024).", p.messageEn());
            assertEquals(text, p.value());
        }
    }

    /** e. Null elements inside arrays. */
    @Nested
    class NullElements {

        @Test
        void isReportedAtItsIndex() {
            PlanProblem p = single(base("'host': 'a' }", "'host': 'a', 'activities': ['STEM', null] }"));
            assertEquals("/sessions/0/activities/1", p.path());
            assertEquals("A list element must not be null.", p.messageEn());
            assertEquals("Phần tử của danh sách không được để null.", p.message());
        }

        @Test
        void laterIndexesAndMessagesStayThoseOfTheDocument() {
            String doc = base("[ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]", """
                    [ null, { 'id': 's1', 'date': '2023-10-12', 'host': 'a', 'initiativesBy': [null, 'b', 'x'] },
                      7, { 'id': 's1', 'date': '2023-10-13', 'host': 'zz' } ]""");
            List<PlanProblem> problems = problems(doc);
            assertEquals(List.of("/sessions/0", "/sessions/1/initiativesBy/0", "/sessions/1/initiativesBy/2",
                    "/sessions/2", "/sessions/3/id", "/sessions/3/host"),
                    problems.stream().map(PlanProblem::path).toList());
            assertEquals("Duplicate session id \"s1\": already used at /sessions/1/id.", problems.get(4).messageEn());
            assertEquals("Mã buổi sinh hoạt \"s1\" bị trùng: đã dùng ở /sessions/1/id.", problems.get(4).message());
        }

        @Test
        void aNullMemberLeavesTheOthers() {
            assertEquals(List.of("/cluster/members/0"), pointers(base("'members': [", "'members': [ null,")));
        }
    }

    /** f. Required fields absent, null or blank. */
    @Nested
    class Required {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "'id': 'p',||/id|id",
            "'id': 'p',|'id': null,|/id|id",
            "'schoolYear': '2023-2024',||/schoolYear|schoolYear",
            "'level': 'MAM_NON',||/level|level",
            "'scope': 'CLUSTER',|'scope': 'SCHOOL_GROUP', 'x': null,|/x|",
            "'head': 'a',|'head': 'a', 'members': null }, 'x': {|/cluster/members|members",
            "{ 'id': 'a', 'name': 'Trường A' }|{ 'name': 'Trường A' }|/cluster/members/0/id|id",
            "{ 'id': 'b', 'name': 'Trường B' }|{ 'id': 'b' }|/cluster/members/1/name|name",
            "'id': 's1', 'date': '2023-10-12'|'date': '2023-10-12'|/sessions/0/id|id",
            "'id': 's1', 'date': '2023-10-12'|'id': 's1', 'date': null|/sessions/0/date|date",
        })
        void missingIsReportedAtItsPointer(String target, String replacement, String pointer, String field) {
            List<PlanProblem> problems = problems(base(target, replacement == null ? "" : replacement));
            PlanProblem p = problems.stream().filter(x -> x.path().equals(pointer)).findFirst().orElseThrow(
                    () -> new AssertionError(pointer + " not in " + problems));
            if (field != null) {
                assertEquals("Missing required field \"" + field + "\".", p.messageEn());
                assertEquals("Thiếu trường bắt buộc \"" + field + "\".", p.message());
                assertNull(p.value());
            }
        }

        @Test
        void scopeAndSessionsAbsent() {
            String doc = q("{'id': 'p', 'schoolYear': '2023-2024', 'level': 'MAM_NON'}");
            assertEquals(List.of("/scope", "/sessions"), pointers(doc));
            assertEquals(List.of("/sessions"), pointers(q(
                    "{'id': 'p', 'schoolYear': '2023-2024', 'level': 'MAM_NON', 'scope': 'PROVINCE', 'sessions': null}")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"CLUSTER", "NETWORK"})
        void clusterForClusterAndNetworkScopes(String scope) {
            PlanProblem p = single(q("{'id': 'p', 'schoolYear': '2023-2024', 'level': 'THCS', 'scope': '" + scope
                    + "', 'sessions': [{'id': 's', 'date': '2023-10-01', 'host': 'x'}]}"));
            assertEquals("/cluster", p.path());
            assertEquals("Missing required field \"cluster\": a " + scope + " plan must describe its cluster.",
                    p.messageEn());
            assertEquals("Thiếu trường bắt buộc \"cluster\": kế hoạch phạm vi " + scope
                    + " phải có thông tin cụm.", p.message());
        }

        @Test
        void membersAbsentOrEmpty() {
            String noMembers = base("'members': [ { 'id': 'a', 'name': 'Trường A' }, { 'id': 'b', 'name': 'Trường B' } ]",
                    "'deputy': null");
            PlanProblem absent = single(noMembers);
            assertEquals("/cluster/members", absent.path());
            assertEquals("Missing required field \"members\".", absent.messageEn());

            PlanProblem empty = single(base(
                    "[ { 'id': 'a', 'name': 'Trường A' }, { 'id': 'b', 'name': 'Trường B' } ]", "[]"));
            assertEquals("/cluster/members", empty.path());
            assertEquals("The cluster must have at least one member in \"members\".", empty.messageEn());
            assertEquals("Cụm phải có ít nhất một thành viên trong \"members\".", empty.message());
        }

        @Test
        void blankIdsAndNamesCountAsMissing() {
            List<PlanProblem> problems = problems(base("{ 'id': 'a', 'name': 'Trường A' }", "{ 'id': ' ', 'name': '' }")
                    .replace("'id': 'p'".replace('\'', '"'), "\"id\": \"\\t\""));
            assertEquals(List.of("/id", "/cluster/head", "/cluster/members/0/id", "/cluster/members/0/name",
                    "/sessions/0/host"), problems.stream().map(PlanProblem::path).toList());
            assertEquals("Required field \"id\" is blank.", problems.get(0).messageEn());
            assertEquals("Trường bắt buộc \"id\" đang để trống.", problems.get(0).message());
            assertEquals("\t", problems.get(0).value());
        }

        @Test
        void reportKindAndSubject() {
            String doc = base("'sessions':", """
                    'subjects': [ { 'subject': 'TOAN' }, { 'leadTeacher': 'Nguyễn Văn A' }, { 'subject': ' ' } ],
                    'reports': [ { 'submittedOn': '2024-01-12' } ],
                    'sessions':""");
            assertEquals(List.of("/subjects/1/subject", "/subjects/2/subject", "/reports/0/kind"), pointers(doc));
        }
    }

    /** g. Duplicate ids. */
    @Nested
    class Duplicates {

        @Test
        void duplicateSessionIds() {
            String doc = base("[ { 'id': 's1', 'date': '2023-10-12', 'host': 'a' } ]", """
                    [ { 'id': 's1', 'date': '2023-10-12' }, { 'id': 's2', 'date': '2023-11-12' },
                      { 'id': 's1', 'date': '2023-12-12' }, { 'id': 's2', 'date': '2024-01-12' } ]""");
            List<PlanProblem> problems = problems(doc);
            assertEquals(List.of("/sessions/2/id", "/sessions/3/id"),
                    problems.stream().map(PlanProblem::path).toList());
            assertEquals("Duplicate session id \"s1\": already used at /sessions/0/id.", problems.get(0).messageEn());
            assertEquals("s2", problems.get(1).value());
        }

        @Test
        void duplicateMemberIds() {
            PlanProblem p = single(base("{ 'id': 'b', 'name': 'Trường B' }", "{ 'id': 'a', 'name': 'Trường B' }"));
            assertEquals("/cluster/members/1/id", p.path());
            assertEquals("Duplicate member id \"a\": already used at /cluster/members/0/id.", p.messageEn());
            assertEquals("Mã thành viên \"a\" bị trùng: đã dùng ở /cluster/members/0/id.", p.message());
            assertEquals("a", p.value());
        }
    }

    /** h. References to members that no member defines. */
    @Nested
    class References {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "'host': 'a'|'host': 'c'|/sessions/0/host|host|c",
            "'head': 'a',|'head': 'z',|/cluster/head|head|z",
            "'head': 'a',|'head': 'a', 'deputy': 'A',|/cluster/deputy|deputy|A",
            "'host': 'a'|'host': 'a', 'initiativesBy': ['b', 'q']|/sessions/0/initiativesBy/1|initiativesBy|q",
        })
        void unknownMemberId(String target, String replacement, String pointer, String field, String id) {
            PlanProblem p = single(base(target, replacement));
            assertEquals(pointer, p.path());
            assertEquals(id, p.value());
            assertEquals("\"" + field + "\" names member id \"" + id + "\", but no member of the cluster has that id.",
                    p.messageEn());
            assertEquals("Trường \"" + field + "\" ghi mã thành viên \"" + id
                    + "\", nhưng không có thành viên nào của cụm mang mã này.", p.message());
        }

        @Test
        void previousHeadIsNotChecked() {
            assertEquals("gone", ExchangeFormat.readPlan(base("'head': 'a',", "'head': 'a', 'previousHead': 'gone',"))
                    .cluster().previousHead());
        }

        @Test
        void aHostInAPlanWithoutClusterNamesNoMember() {
            PlanProblem p = single(q("{'id': 'g', 'schoolYear': '2025-2026', 'level': 'THCS', 'scope': 'PROVINCE',"
                    + " 'sessions': [{'id': 's', 'date': '2025-10-01', 'host': 'x'}]}"));
            assertEquals("/sessions/0/host", p.path());
        }

        @Test
        void unreadableMembersGiveNoDanglingReferences() {
            assertEquals(List.of("/cluster/members"), pointers(base(
                    "[ { 'id': 'a', 'name': 'Trường A' }, { 'id': 'b', 'name': 'Trường B' } ]", "'a, b'")));
        }
    }

    @Nested
    class AllAtOnce {

        @Test
        void everyProblemOfADocumentInDocumentOrder() {
            String doc = q("""
                    {
                      "sessions": [
                        { "id": "s1", "date": "2023-10-12", "host": "a", "status": "DONE" },
                        { "id": "s1", "dat": "2023-10-13", "host": "nobody", "activities": ["STEM", null, "COOKING"] },
                        { "id": "s3", "date": "2023-02-30", "minutes": { "time": "yes" } }
                      ],
                      "level": "KINDERGARTEN",
                      "cluster": { "head": "zz", "members": [ { "id": "a", "name": "A" }, { "id": "a" } ] },
                      "scope": "CLUSTER",
                      "schoolYear": "2023-2025",
                      "extra": true,
                      "reports": [ { "kind": "SEMESTER_1" }, { "sections": ["FORM"] } ]
                    }
                    """);
            assertEquals(List.of(
                    "/id",
                    "/schoolYear",
                    "/level",
                    "/cluster/head",
                    "/cluster/members/1/id",
                    "/cluster/members/1/name",
                    "/sessions/0/status",
                    "/sessions/1/id",
                    "/sessions/1/date",
                    "/sessions/1/host",
                    "/sessions/1/activities/1",
                    "/sessions/1/activities/2",
                    "/sessions/1/dat",
                    "/sessions/2/date",
                    "/sessions/2/minutes/time",
                    "/reports/1/kind",
                    "/extra"), pointers(doc));
        }

        @Test
        void anInvalidValueIsReportedOnceNotAlsoAsMissing() {
            PlanProblem p = single(base("'id': 's1', 'date': '2023-10-12'", "'id': 5, 'date': '2023-02-30'")
                    .replace("\"id\": 5, \"date\": \"2023-02-30\"", "\"id\": 5, \"date\": \"2023-10-12\""));
            assertEquals("/sessions/0/id", p.path());
            assertEquals(List.of("/sessions/0/id", "/sessions/0/date"),
                    pointers(base("'id': 's1', 'date': '2023-10-12'", "'id': 5, 'date': '2023-02-30'")));
        }

        @Test
        void theExceptionMessageListsTheFirstProblems() {
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> ExchangeFormat.readPlan(
                    base("'id': 'p',", "'id': '',")));
            assertEquals("invalid plan (1 problem): /id: Required field \"id\" is blank.", e.getMessage());
        }
    }
}
