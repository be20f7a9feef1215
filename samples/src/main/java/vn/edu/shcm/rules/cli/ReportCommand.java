package vn.edu.shcm.rules.cli;

import picocli.CommandLine.Command;
import vn.edu.shcm.rules.export.CheckedPlan;
import vn.edu.shcm.rules.export.HtmlReport;

/** {@code shcm-check report}: writes a plan's check as one self-contained HTML page with a timeline. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Xuất báo cáo HTML (một trang, in được khổ A4). / Write the check as one HTML page (prints on A4).",
        description = {"Ví dụ / e.g.: shcm-check report --pack tuyenquang-mn-2025 plan.json > report.html",
                "Dòng thời gian năm học với các buổi, các hạn và từng vi phạm; rồi danh sách vi phạm và việc sắp đến hạn "
                        + "kèm căn cứ. Không cần mạng.",
                "The school year as a timeline with sessions, deadlines and each violation; then the violations and "
                        + "obligations with their citations. Needs no network."})
final class ReportCommand extends ExportCommand {

    @Override
    String render(CheckedPlan checked) {
        return HtmlReport.create().html(checked);
    }

    @Override
    String[] what() {
        return new String[] {"báo cáo", "report"};
    }
}
