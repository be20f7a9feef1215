/**
 * Spring Boot auto-configuration for shcm-rules, for Spring Boot 3.5 and 4.0 alike: a shared, warmed-up
 * {@link vn.edu.shcm.rules.Checker}, the exchange format on the web (a message converter backed by the library's own
 * reader and writer, and its Jackson module), input errors as RFC 9457 problem details and a health indicator. Every
 * bean steps aside for one of the application's own.
 */
package vn.edu.shcm.rules.spring;
