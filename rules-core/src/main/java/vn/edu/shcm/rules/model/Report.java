package vn.edu.shcm.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A periodic report, or the plan or the roles sent as a report.
 *
 * @param kind what the report is about; required
 * @param submittedOn the day it was sent, or null if it has not been
 * @param sections the sections it contains; never null
 */
public record Report(ReportKind kind, LocalDate submittedOn, List<ReportSection> sections) {

    /** Copies {@code sections}; a null list becomes empty. */
    public Report {
        sections = Copies.list("sections", sections);
    }
}
