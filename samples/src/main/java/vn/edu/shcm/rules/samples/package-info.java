/** Runnable examples of the library's API: reading and checking a JSON plan, and checking a plan built in code. */
package vn.edu.shcm.rules.samples;
