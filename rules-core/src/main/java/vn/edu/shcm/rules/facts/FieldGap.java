package vn.edu.shcm.rules.facts;

/**
 * An optional field that the plan leaves empty (absent, null, blank or an empty list); guidelines that
 * demand the field match it.
 *
 * <p>Gaps are derived for the plan's {@code objectives} and {@code funding}; the cluster's {@code name},
 * {@code head} and {@code deputy}; and each session's {@code host}, {@code location}, {@code content},
 * {@code participants}, {@code personInCharge}, {@code objective} and {@code expectedResult}.
 *
 * @param owner {@code plan}, {@code cluster} or {@code session}
 * @param field the field's name in the exchange format, e.g. {@code expectedResult}
 * @param path the field's JSON pointer, e.g. {@code /sessions/0/expectedResult}
 * @param session the session for a session field, else null
 */
public record FieldGap(String owner, String field, String path, SessionFact session) {

    /** Tells whether the gap is in a session that counts (a cancelled session need not be described). */
    public boolean inCountedSession() {
        return session != null && session.counts();
    }
}
