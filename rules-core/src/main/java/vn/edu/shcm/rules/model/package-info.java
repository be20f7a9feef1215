/**
 * The plan and everything in it, as immutable records that mirror the JSON exchange format.
 *
 * <p>Records copy their lists and never hold null lists; they do not validate what the plan says: the
 * {@link vn.edu.shcm.rules.Checker} reports missing required fields and dangling ids as input errors.
 */
package vn.edu.shcm.rules.model;
