/**
 * The vocabulary of rule-pack DRL files: facts the checker derives from a plan once per check (sessions with
 * their semester and rotation, periods with their counts, deliverables with their delivery dates, empty
 * fields) and {@link vn.edu.shcm.rules.facts.Findings}, through which every rule reports.
 *
 * <p>Rules match these facts and the plan's own records; they never modify them.
 */
package vn.edu.shcm.rules.facts;
