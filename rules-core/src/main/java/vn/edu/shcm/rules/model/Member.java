package vn.edu.shcm.rules.model;

/**
 * A member of a cluster: a school, or a district education office in a network plan.
 *
 * @param id the member's id, unique within the plan; sessions and roles refer to it
 * @param name the member's name, e.g. {@code Trường Mầm non Sao Sáng}
 */
public record Member(String id, String name) {
}
