package vn.edu.shcm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Invitee;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Product;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;
import vn.edu.shcm.rules.model.ResultReport;
import vn.edu.shcm.rules.model.SchoolYear;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;
import vn.edu.shcm.rules.model.SubjectAssignment;
import vn.edu.shcm.rules.model.WorkshopFile;

class ExchangeFormatWriteTest {

    /** A plan that sets every field of every record, with several enum constants and unusual text. */
    static Plan everyField() {
        Session full = Session.builder("lần-1", LocalDate.of(2025, 10, 14))
                .moved(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 1), true)
                .status(SessionStatus.HELD)
                .format(SessionFormat.HYBRID)
                .host("pgd-a")
                .location("Trường THCS \"Lê Lợi\" / phòng 2")
                .content("Dạy học STEM\nvà chuyển đổi số")
                .activities(Activity.values())
                .contentAreas(ContentArea.values())
                .subjects("TOAN", "KHTN")
                .lessonStudySubjects("TOAN")
                .participants("GV cốt cán")
                .personInCharge("Nguyễn Thị B")
                .objective("Nâng cao chất lượng")
                .expectedResult("02 chuyên đề")
                .milestones(new Milestones(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5),
                        LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 20),
                        LocalDate.of(2025, 10, 1), List.of(Invitee.values()), LocalDate.of(2025, 10, 2)))
                .minutes(new Minutes(true, false, true, true, false))
                .resultReport(new ResultReport(LocalDate.of(2025, 10, 20), List.of(Attachment.values())))
                .initiativesBy("pgd-b", "pgd-c")
                .build();
        Session cancelled = Session.builder("lần-2", LocalDate.of(2026, 3, 3)).status(SessionStatus.CANCELLED)
                .format(SessionFormat.ONLINE).minutes(new Minutes(true, true, true, true, true))
                .resultReport(new ResultReport(null, List.of(Attachment.MINUTES))).build();
        return Plan.builder("mạng-lưới-2025", SchoolYear.of(2025), Level.THCS, Scope.NETWORK)
                .cluster(new Cluster("Tổ mạng lưới Toán", "pgd-a", "pgd-b", "pgd-c",
                        List.of(new Member("pgd-a", "Phòng GDĐT A"), new Member("pgd-b", "Phòng GDĐT B"),
                                new Member("pgd-c", "Phòng GDĐT C")), LocalDate.of(2025, 9, 25)))
                .calendar(new PlanCalendar(LocalDate.of(2025, 9, 5), LocalDate.of(2026, 1, 17),
                        LocalDate.of(2026, 5, 31), List.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 24)),
                        List.of(LocalDate.of(2026, 3, 7))))
                .province("Lào Cai")
                .objectives("Mục tiêu 1", "  Mục tiêu có khoảng trắng  ", "\u0000 ký tự NUL")
                .funding("Ngân sách sự nghiệp")
                .submittedOn(LocalDate.of(2025, 9, 30))
                .subjects(List.of(new SubjectAssignment("TOAN", "Nguyễn Văn A"), new SubjectAssignment("KHTN", null)))
                .sessions(full, cancelled)
                .reports(new Report(ReportKind.SEMESTER_1, LocalDate.of(2026, 1, 15), List.of(ReportSection.values())),
                        new Report(ReportKind.ROLES, null, List.of()))
                .products(List.of(new Product("Mô hình STEM", LocalDate.of(2026, 4, 1)), new Product("Khác", null)))
                .workshopFile(new WorkshopFile(true, false, true, false, true))
                .build();
    }

    @Test
    void writesASmallPlanExactly() {
        Plan plan = Plan.builder("p", SchoolYear.of(2023), Level.MAM_NON, Scope.CLUSTER)
                .cluster(Cluster.of("Cụm A", "a", null, List.of(new Member("a", "Trường A"))))
                .sessions(Session.builder("s1", LocalDate.of(2023, 10, 12)).host("a")
                        .activities(Activity.STEAM, Activity.SEMINAR)
                        .milestones(Milestones.builder().invitation(LocalDate.of(2023, 10, 6), Invitee.PHONG_GDDT)
                                .build())
                        .build())
                .build();
        assertEquals("""
                {
                  "id": "p",
                  "schoolYear": "2023-2024",
                  "level": "MAM_NON",
                  "scope": "CLUSTER",
                  "cluster": {
                    "name": "Cụm A",
                    "head": "a",
                    "members": [
                      {
                        "id": "a",
                        "name": "Trường A"
                      }
                    ]
                  },
                  "sessions": [
                    {
                      "id": "s1",
                      "date": "2023-10-12",
                      "status": "PLANNED",
                      "host": "a",
                      "activities": [
                        "STEAM",
                        "SEMINAR"
                      ],
                      "milestones": {
                        "invitationSentOn": "2023-10-06",
                        "invitees": [
                          "PHONG_GDDT"
                        ]
                      }
                    }
                  ]
                }""", ExchangeFormat.writePlan(plan));
    }

    @Test
    void alwaysWritesRequiredFieldsAndSessions() {
        Plan empty = new Plan(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals("""
                {
                  "id": null,
                  "schoolYear": null,
                  "level": null,
                  "scope": null,
                  "sessions": []
                }""", ExchangeFormat.writePlan(empty));
        Plan withEmptyCluster = Plan.builder("p", SchoolYear.of(2025), Level.THPT, Scope.CLUSTER)
                .cluster(Cluster.of(null, null, null, List.of()))
                .sessions(new Session(null, null, null, null, false, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null))
                .build();
        assertEquals("""
                {
                  "id": "p",
                  "schoolYear": "2025-2026",
                  "level": "THPT",
                  "scope": "CLUSTER",
                  "cluster": {
                    "members": []
                  },
                  "sessions": [
                    {
                      "id": null,
                      "date": null,
                      "status": "PLANNED"
                    }
                  ]
                }""", ExchangeFormat.writePlan(withEmptyCluster));
    }

    @Test
    void leavesOutDefaultsButNotFalseMinutesOrWorkshopFlags() {
        Session none = Session.builder("s", LocalDate.of(2025, 10, 1))
                .milestones(Milestones.NONE).minutes(Minutes.NONE).resultReport(ResultReport.NONE)
                .moved(null, null, false).build();
        String written = ExchangeFormat.writePlan(Plan.builder("p", SchoolYear.of(2025), Level.THCS,
                Scope.WORKSHOP).sessions(none).workshopFile(new WorkshopFile(false, false, false, false, false))
                .build());
        assertFalse(written.contains("milestones"), written);
        assertFalse(written.contains("\"minutes\": {"), written);
        assertFalse(written.contains("resultReport"), written);
        assertFalse(written.contains("changeNotified"), written);
        assertTrue(written.contains("""
                  "workshopFile": {
                    "decisions": false,
                    "plan": false,
                    "attendeeList": false,
                    "minutes": false,
                    "resultsNotice": false
                  }
                """.stripTrailing()), written);

        String partial = ExchangeFormat.writePlan(everyField());
        assertTrue(partial.contains("\n      \"changeNotified\": true,\n"), partial);
        assertTrue(partial.contains("""
                      "minutes": {
                        "time": true,
                        "place": false,
                        "participants": true,
                        "content": true,
                        "chairConfirmed": false
                      },
                """.stripTrailing()), partial);
    }

    @Test
    void theExampleRoundTrips() {
        Plan example = ExchangeFormat.readPlan(Docs.example());
        String written = ExchangeFormat.writePlan(example);
        assertEquals(example, ExchangeFormat.readPlan(written));
        assertEquals(written, ExchangeFormat.writePlan(ExchangeFormat.readPlan(written)));
    }

    @Test
    void aPlanUsingEveryFieldRoundTrips() {
        Plan plan = everyField();
        String written = ExchangeFormat.writePlan(plan);
        Plan read = ExchangeFormat.readPlan(written);
        assertEquals(plan, read);
        assertEquals(written, ExchangeFormat.writePlan(read));
        assertFalse(written.contains("\r"));
        assertTrue(written.contains("\"\\u0000 ký tự NUL\""), written);
    }

    @Test
    void aPlanUsingEveryFieldWritesEveryFieldInTheSpecsOrder() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(ExchangeFormat.writePlan(everyField()));
        Map<Class<?>, Set<String>> seen = new HashMap<>();
        collect(tree, Plan.class, seen, "");
        for (Map.Entry<Class<?>, Set<String>> e : seen.entrySet()) {
            List<String> components = Arrays.stream(e.getKey().getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertEquals(components, new ArrayList<>(e.getValue()), "every field of " + e.getKey().getSimpleName());
        }
        assertEquals(Set.of(Plan.class, Cluster.class, Member.class, PlanCalendar.class, SubjectAssignment.class,
                Session.class, Milestones.class, Minutes.class, ResultReport.class, Report.class, Product.class,
                WorkshopFile.class), seen.keySet());
    }

    /** Checks each object's fields come in component order and records which fields of each record appear. */
    private static void collect(JsonNode node, Type type, Map<Class<?>, Set<String>> seen, String at) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), element, seen, at + "/" + i);
            }
            return;
        }
        if (!raw.isRecord() || raw == SchoolYear.class) {
            return;
        }
        List<String> components = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
        int last = -1;
        Set<String> names = seen.computeIfAbsent(raw, k -> new java.util.TreeSet<>(
                java.util.Comparator.comparingInt(components::indexOf)));
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            int index = components.indexOf(name);
            assertTrue(index > last, at + "/" + name + " out of the spec's order");
            last = index;
            names.add(name);
            RecordComponent c = raw.getRecordComponents()[index];
            collect(node.get(name), c.getGenericType(), seen, at + "/" + name);
        }
    }

    @Test
    void writingIsDeterministic() {
        Plan plan = everyField();
        String first = ExchangeFormat.writePlan(plan);
        for (int i = 0; i < 3; i++) {
            assertEquals(first, ExchangeFormat.writePlan(everyField()));
        }
    }
}
