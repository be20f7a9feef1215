package vn.edu.shcm.rules.model;

import java.time.LocalDate;

/**
 * A product (model, practice) that the cluster proposed to the Sở for province-wide replication.
 *
 * @param title what it is
 * @param proposedOn the day it was proposed, or null if it has not been
 */
public record Product(String title, LocalDate proposedOn) {
}
