/**
 * Assertions and rule coverage for the unit tests of software that embeds shcm-rules, and of rule packs:
 * {@link vn.edu.shcm.rules.testkit.CheckResultAssert} states in one line what a
 * {@link vn.edu.shcm.rules.CheckResult} must hold, {@link vn.edu.shcm.rules.testkit.RuleCoverage} tells which rules
 * of a pack a set of results exercised.
 *
 * <p>The kit depends on no test framework: a failed assertion throws {@link java.lang.AssertionError}, which JUnit
 * 4 and 5, TestNG and others report as a test failure, with a message that lists what the result holds.
 */
package vn.edu.shcm.rules.testkit;
