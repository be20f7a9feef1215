/**
 * Implementation of the JSON exchange format behind {@link vn.edu.shcm.rules.ExchangeFormat}: the shared
 * Jackson configuration, the document reader, the walker that checks a document against the model records,
 * and the writers. Not an API.
 */
package vn.edu.shcm.rules.internal.json;
