package vn.edu.shcm.rules.facts;

import java.time.LocalDate;
import java.util.List;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;

/**
 * A report listed in the plan, with its place in the plan.
 *
 * @param index its index in the plan's {@code reports}
 * @param report the report
 */
public record ReportFact(int index, Report report) {

    /** Returns the JSON pointer of the report, e.g. {@code /reports/0}. */
    public String path() {
        return "/reports/" + index;
    }

    /** Returns the JSON pointer of a field of the report. */
    public String path(String field) {
        return path() + "/" + field;
    }

    /** Returns the report's kind. */
    public ReportKind kind() {
        return report.kind();
    }

    /** Returns the day it was sent, or null. */
    public LocalDate submittedOn() {
        return report.submittedOn();
    }

    /** Returns the required sections it lacks, in the order given. */
    public List<ReportSection> missingSections(List<ReportSection> required) {
        return required.stream().filter(s -> !report.sections().contains(s)).toList();
    }
}
