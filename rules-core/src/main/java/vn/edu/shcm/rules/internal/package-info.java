/**
 * Implementation details of the library: plan validation, pointers and the plan model's shape, the JSON
 * exchange format. Not an API: anything here may change without notice; use {@link vn.edu.shcm.rules.ExchangeFormat}.
 */
package vn.edu.shcm.rules.internal;
