/** The {@code shcm-check} command line: check plans, list packs, explain rules. */
package vn.edu.shcm.rules.cli;
