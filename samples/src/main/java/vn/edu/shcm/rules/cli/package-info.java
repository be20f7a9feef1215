/** The {@code shcm-check} command line: check plans, list packs, explain rules, write calendars and reports. */
package vn.edu.shcm.rules.cli;
