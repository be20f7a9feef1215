package vn.edu.shcm.rules.cli;

import picocli.CommandLine.Command;
import vn.edu.shcm.rules.export.CalendarExport;
import vn.edu.shcm.rules.export.CheckedPlan;

/** {@code shcm-check calendar}: writes a plan's sessions and deadlines as an iCalendar file for a phone. */
@Command(name = "calendar", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Xuất lịch (iCalendar .ics) các buổi sinh hoạt và các hạn. / Write the sessions and deadlines as an "
                + "iCalendar file.",
        description = {"Ví dụ / e.g.: shcm-check calendar --pack tuyenquang-mn-2025 plan.json > plan.ics",
                "Mỗi buổi sinh hoạt và mỗi hạn (kèm nhắc việc 3 ngày làm việc trước) là một sự kiện cả ngày; nhập lại "
                        + "tệp mới sẽ cập nhật, không nhân đôi.",
                "Every session and deadline (with a reminder 3 working days before) is an all-day event; importing a "
                        + "newer file updates them instead of duplicating them."})
final class CalendarCommand extends ExportCommand {

    @Override
    String render(CheckedPlan checked) {
        return CalendarExport.create().ics(checked);
    }

    @Override
    String[] what() {
        return new String[] {"tệp lịch", "calendar"};
    }
}
