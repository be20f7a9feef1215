package vn.edu.shcm.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The report on a session's results, sent after the session (to the cluster head, or to the Sở).
 *
 * @param submittedOn the day it was sent, or null if it has not been
 * @param attachments what was attached; never null
 */
public record ResultReport(LocalDate submittedOn, List<Attachment> attachments) {

    /** The report of a session that has none. */
    public static final ResultReport NONE = new ResultReport(null, List.of());

    /** Copies {@code attachments}; a null list becomes empty. */
    public ResultReport {
        attachments = Copies.list("attachments", attachments);
    }
}
