package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.InvalidCalendarsException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.InputProblems.Kind;
import vn.edu.shcm.rules.internal.Pointers;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * The school-calendar file, {@code {"schoolYears": [{"schoolYear", "start", "semester1End", "end", "holidays",
 * "workingDays", "source", "decision"}, ...]}}: read strictly, every problem at once with its JSON pointer.
 * {@code decision} is an object of strings ({@code number}, {@code date}, {@code issuer}, {@code url}, …) kept
 * for people; the calendar's source is {@code source}, else {@code QĐ number (d/M/yyyy)}, else the file's name.
 */
public final class CalendarFile extends StrictReader {

    static final List<String> FIELDS = List.of("schoolYear", "start", "semester1End", "end", "holidays",
            "workingDays", "source", "decision");

    private final String file;

    private CalendarFile(String file) {
        this.file = file;
    }

    /**
     * Reads a parsed calendar file.
     *
     * @throws InvalidCalendarsException naming {@code source} if it is not a valid calendar file
     */
    public static List<SchoolCalendar> read(DocumentReader.Parsed parsed, String source) {
        if (parsed.problem() != null) {
            throw new InvalidCalendarsException(source, List.of(parsed.problem()));
        }
        CalendarFile reader = new CalendarFile(source);
        List<SchoolCalendar> calendars = reader.file(parsed.root());
        if (!reader.problems.isEmpty()) {
            throw new InvalidCalendarsException(source, reader.problems);
        }
        return List.copyOf(calendars);
    }

    private List<SchoolCalendar> file(ObjectNode root) {
        List<SchoolCalendar> calendars = new ArrayList<>();
        JsonNode list = list(root, "schoolYears", Limits.MAX_ARRAY_ELEMENTS);
        if (list != null) {
            Map<SchoolYear, String> seen = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String pointer = Pointers.index("/schoolYears", i);
                SchoolCalendar c = calendar(list.get(i), pointer);
                if (c != null) {
                    String first = seen.putIfAbsent(c.schoolYear(), pointer);
                    if (first != null) {
                        problems.add(new PlanProblem(pointer + "/schoolYear",
                                "Năm học " + c.schoolYear() + " đã có lịch ở " + first + ".",
                                "School year " + c.schoolYear() + " already has a calendar at " + first + ".",
                                c.schoolYear().toString()));
                    } else {
                        calendars.add(c);
                    }
                }
            }
        }
        unknownFields(root, "", List.of("schoolYears", "about"));
        return calendars;
    }

    /** Returns the calendar, or null when a problem was recorded. */
    private SchoolCalendar calendar(JsonNode node, String pointer) {
        if (!object(node, pointer)) {
            return null;
        }
        int before = problems.size();
        String yearText = text(node, pointer, "schoolYear", true);
        SchoolYear year = null;
        if (yearText != null) {
            try {
                year = SchoolYear.parse(yearText);
            } catch (IllegalArgumentException e) {
                problems.add(new PlanProblem(pointer + "/schoolYear",
                        "\"" + yearText + "\" không phải năm học dạng YYYY-YYYY (hai năm liền nhau).",
                        "\"" + yearText + "\" is not a school year YYYY-YYYY (two consecutive years).", yearText));
            }
        }
        LocalDate start = date(node, pointer, "start", true);
        LocalDate semester1End = date(node, pointer, "semester1End", true);
        LocalDate end = date(node, pointer, "end", true);
        List<LocalDate> holidays = dates(node, pointer, "holidays");
        List<LocalDate> workingDays = dates(node, pointer, "workingDays");
        String source = text(node, pointer, "source", false);
        String decisionName = decision(node, pointer);
        unknownFields(node, pointer, FIELDS);
        if (problems.size() != before) {
            return null;
        }
        String origin = source != null && !source.isBlank() ? source
                : decisionName != null ? decisionName : file != null ? "tệp lịch " + file : "tệp lịch";
        try {
            return SchoolCalendar.of(year, start, semester1End, end, holidays, workingDays, origin);
        } catch (IllegalArgumentException e) {
            problems.add(new PlanProblem(pointer, "Lịch năm học không hợp lệ: " + e.getMessage(),
                    "The school calendar is invalid: " + e.getMessage(), null));
            return null;
        }
    }

    /** Returns {@code QĐ number (d/M/yyyy)} for a decision with a number, or null. */
    private String decision(JsonNode node, String pointer) {
        JsonNode d = node.get("decision");
        if (d == null || d.isNull()) {
            return null;
        }
        String at = Pointers.field(pointer, "decision");
        if (!d.isObject()) {
            wrongType(d, Kind.OBJECT, at);
            return null;
        }
        for (Map.Entry<String, JsonNode> field : d.properties()) {
            if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                wrongType(field.getValue(), Kind.STRING, Pointers.field(at, field.getKey()));
            }
        }
        String number = d.path("number").asText(null);
        if (number == null || number.isBlank()) {
            return null;
        }
        LocalDate date = date(d, at, "date", false);
        return "QĐ " + number + (date == null ? "" : " (" + date.getDayOfMonth() + "/" + date.getMonthValue() + "/"
                + date.getYear() + ")");
    }

    private List<LocalDate> dates(JsonNode node, String pointer, String name) {
        List<LocalDate> out = new ArrayList<>();
        JsonNode list = node.get(name);
        String at = Pointers.field(pointer, name);
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            wrongType(list, Kind.LIST, at);
            return out;
        }
        if (list.size() > Limits.MAX_ARRAY_ELEMENTS) {
            problems.add(InputProblems.tooManyElements(at, list.size(), Limits.MAX_ARRAY_ELEMENTS));
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            LocalDate d = date(list, at, i);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }
}
