package vn.edu.shcm.rules.model;

/**
 * What the file kept for a workshop (hồ sơ hội thảo) holds.
 *
 * @param decisions the decisions and related documents
 * @param plan the workshop plan
 * @param attendeeList the list of delegates who attended
 * @param minutes the minutes of the workshop
 * @param resultsNotice the notice of results (optional in the guideline)
 */
public record WorkshopFile(boolean decisions, boolean plan, boolean attendeeList, boolean minutes,
                           boolean resultsNotice) {
}
