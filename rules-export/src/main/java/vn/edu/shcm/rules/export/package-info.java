/**
 * Turns a checked plan into what a cluster head uses without Java: {@link vn.edu.shcm.rules.export.CalendarExport}
 * writes an RFC 5545 iCalendar file of the sessions and deadlines for a phone's calendar, and
 * {@link vn.edu.shcm.rules.export.HtmlReport} writes one self-contained HTML page with the school year as a timeline
 * and the violations and obligations with their citations. Both take a {@link vn.edu.shcm.rules.export.CheckedPlan}.
 */
package vn.edu.shcm.rules.export;
