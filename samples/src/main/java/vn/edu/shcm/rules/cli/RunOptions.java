package vn.edu.shcm.rules.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.edu.shcm.rules.Checker;
import vn.edu.shcm.rules.InvalidCalendarsException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.RulePacks;
import vn.edu.shcm.rules.UnknownIdException;
import vn.edu.shcm.rules.calendar.SchoolCalendar;
import vn.edu.shcm.rules.calendar.SchoolCalendars;

/** The options that {@code check}, {@code calendar} and {@code report} share: the packs and the calendar file. */
final class RunOptions {

    @Option(names = "--pack", paramLabel = "PACK_ID", split = ",",
            description = {"Bộ quy tắc (có thể nhiều lần, hoặc cách nhau dấu phẩy); bỏ trống: các bộ áp dụng cho kế "
                    + "hoạch (bộ toàn quốc và bộ của tỉnh trong \"province\").",
                    "The rule pack(s), e.g. tuyenquang-mn-2025 (repeat, or comma-separated: one check against all; "
                            + "see: shcm-check packs). Without --pack: the packs that apply to each plan, the national "
                            + "ones and those of its \"province\"."})
    List<String> packIds = new ArrayList<>();

    @Option(names = "--calendars", paramLabel = "FILE",
            description = {"Tệp lịch năm học bổ sung (dạng như bảng lịch có sẵn).",
                    "A school-calendar file ({\"schoolYears\": [...]}, the built-in table's shape): adds or replaces "
                            + "school years for every plan of the run."})
    String calendarsFile;

    /** Returns the pack choice. */
    PackChoice choice() {
        return new PackChoice(packIds);
    }

    /**
     * Builds the checker over the packs, with the calendar file's years; prints what is wrong and returns null when
     * the file cannot be used (status in {@code status[0]}).
     */
    Checker checker(RulePacks packs, boolean json, PrintWriter out, PrintWriter err, int[] status) {
        Checker.Builder builder = Checker.builder().packs(packs);
        if (calendarsFile != null) {
            List<SchoolCalendar> calendars;
            try {
                calendars = SchoolCalendars.read(Path.of(calendarsFile));
            } catch (InvalidPathException e) {
                return fail(List.of(new PlanProblem("", "Tên tệp không hợp lệ: " + e.getReason(),
                        "Invalid file name: " + e.getReason(), null)), json, out, err, status);
            } catch (InvalidCalendarsException e) {
                return fail(e.problems(), json, out, err, status);
            } catch (UncheckedIOException e) {
                String message = e.getCause() == null ? e.getMessage() : e.getCause().toString();
                return fail(List.of(new PlanProblem("", "Không đọc được tệp: " + message,
                        "Cannot read the file: " + message, null)), json, out, err, status);
            }
            builder.calendars(calendars);
        }
        return builder.build();
    }

    private Checker fail(List<PlanProblem> problems, boolean json, PrintWriter out, PrintWriter err, int[] status) {
        if (json) {
            out.println(JsonReports.inputError(calendarsFile, problems));
        } else {
            err.println("Tệp lịch " + calendarsFile + ": không dùng được (" + problems.size() + " vấn đề).");
            err.println("(Calendar file " + calendarsFile + " cannot be used; " + problems.size() + " problem(s).)");
            TextReport.problems(err, problems);
        }
        status[0] = ExitCode.INPUT_ERROR;
        return null;
    }

    /** Checks that every named pack exists; prints the unknown one and returns false otherwise. */
    boolean packsKnown(RulePacks packs, PrintWriter err) {
        for (String id : packIds) {
            try {
                packs.get(id);
            } catch (UnknownIdException e) {
                unknownPack(err, id, e);
                return false;
            }
        }
        return true;
    }

    static void unknownPack(PrintWriter err, String id, UnknownIdException e) {
        err.println(e.messageVi());
        err.println("(" + e.getMessage() + ")");
    }
}
