/** Implementation details of the run-time DRL compiler. Not an API: anything here may change without notice. */
package vn.edu.shcm.rules.drl.internal;
