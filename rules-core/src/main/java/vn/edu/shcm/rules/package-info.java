/**
 * Checks professional-meeting plans against provincial guidelines: {@link vn.edu.shcm.rules.Checker} runs a
 * {@link vn.edu.shcm.rules.RulePack} over a {@link vn.edu.shcm.rules.model.Plan} and returns a
 * {@link vn.edu.shcm.rules.CheckResult}; {@link vn.edu.shcm.rules.ExchangeFormat} reads and writes the JSON
 * exchange format.
 */
package vn.edu.shcm.rules;
