package vn.edu.shcm.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * Finds the input errors that can be seen on a {@link Plan} object: required fields that are null (ids and names
 * also when blank), a CLUSTER or NETWORK plan without a cluster, a cluster without members, duplicate session and
 * member ids, and host, head, deputy or initiative ids that no member defines.
 *
 * <p>Works on any plan, including one built in Java with nulls anywhere the records allow them. What only a JSON
 * document can get wrong (syntax, unknown fields, types, null list elements, an absent {@code sessions} list) is
 * the exchange-format reader's part. {@code previousHead} is not checked: a former head may have left the cluster.
 *
 * <p>References are checked against the members only when the members are known: when the plan has a cluster
 * with at least one member, or when its scope has no cluster at all (then any host names a member that does not
 * exist). A missing cluster or an empty member list is reported once, not once per reference. A blank head, deputy
 * or host counts as not given.
 */
public final class PlanValidator {

    private PlanValidator() {
    }

    /** Returns the plan's input errors in document order; empty when there are none. */
    public static List<PlanProblem> problems(Plan plan) {
        return problems(plan, UnaryOperator.identity());
    }

    /**
     * Returns the plan's input errors in document order, with every pointer (also those quoted in messages)
     * passed through {@code toDocument}: the exchange-format reader uses it to map list indexes of the bound plan
     * back to those of the document when it left out unreadable list elements.
     */
    public static List<PlanProblem> problems(Plan plan, UnaryOperator<String> toDocument) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(toDocument, "toDocument");
        return new Run(toDocument).check(plan);
    }

    /** One validation: the problems found so far and the pointer mapping. */
    private static final class Run {
        private final UnaryOperator<String> toDocument;
        private final List<PlanProblem> problems = new ArrayList<>();

        Run(UnaryOperator<String> toDocument) {
            this.toDocument = toDocument;
        }

        List<PlanProblem> check(Plan plan) {
            requiredText(plan.id(), "", "id");
            required(plan.schoolYear(), "", "schoolYear");
            required(plan.level(), "", "level");
            required(plan.scope(), "", "scope");

            Map<String, String> members = new HashMap<>();
            boolean membersKnown = cluster(plan, members);

            List<SubjectAssignment> subjects = plan.subjects();
            for (int i = 0; i < subjects.size(); i++) {
                requiredText(subjects.get(i).subject(), Pointers.index("/subjects", i), "subject");
            }
            sessions(plan.sessions(), members, membersKnown);
            List<Report> reports = plan.reports();
            for (int i = 0; i < reports.size(); i++) {
                required(reports.get(i).kind(), Pointers.index("/reports", i), "kind");
            }
            problems.sort(Pointers.PROBLEM_ORDER);
            return List.copyOf(problems);
        }

        /** Checks the cluster, fills {@code ids} with member id to pointer, tells whether references can be checked. */
        private boolean cluster(Plan plan, Map<String, String> ids) {
            Cluster cluster = plan.cluster();
            if (cluster == null) {
                if (plan.scope() != null && plan.scope().hasCluster()) {
                    problems.add(InputProblems.missingCluster(doc("/cluster"), plan.scope().name()));
                }
                return plan.scope() != null && !plan.scope().hasCluster();
            }
            List<Member> members = cluster.members();
            if (members.isEmpty()) {
                problems.add(InputProblems.noMembers(doc("/cluster/members")));
            }
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                String at = Pointers.index("/cluster/members", i);
                if (requiredText(m.id(), at, "id")) {
                    String idAt = doc(at + "/id");
                    String first = ids.putIfAbsent(m.id(), idAt);
                    if (first != null) {
                        problems.add(InputProblems.duplicateMemberId(idAt, m.id(), first));
                    }
                }
                requiredText(m.name(), at, "name");
            }
            if (members.isEmpty()) {
                return false;
            }
            reference(cluster.head(), "/cluster/head", "head", ids);
            reference(cluster.deputy(), "/cluster/deputy", "deputy", ids);
            return true;
        }

        private void sessions(List<Session> sessions, Map<String, String> members, boolean membersKnown) {
            Map<String, String> ids = new HashMap<>();
            for (int i = 0; i < sessions.size(); i++) {
                Session s = sessions.get(i);
                String at = Pointers.index("/sessions", i);
                if (requiredText(s.id(), at, "id")) {
                    String idAt = doc(at + "/id");
                    String first = ids.putIfAbsent(s.id(), idAt);
                    if (first != null) {
                        problems.add(InputProblems.duplicateSessionId(idAt, s.id(), first));
                    }
                }
                required(s.date(), at, "date");
                if (membersKnown) {
                    reference(s.host(), at + "/host", "host", members);
                    List<String> by = s.initiativesBy();
                    for (int k = 0; k < by.size(); k++) {
                        reference(by.get(k), Pointers.index(at + "/initiativesBy", k), "initiativesBy", members);
                    }
                }
            }
        }

        /**
         * Reports an id that no member defines. A blank head, deputy or host is "not given" (whether it must be
         * given is a rule's business), not an unknown id; a blank initiative entry is an unknown id.
         */
        private void reference(String id, String pointer, String field, Map<String, String> members) {
            boolean notGiven = id == null || (id.isBlank() && !field.equals("initiativesBy"));
            if (!notGiven && !members.containsKey(id)) {
                problems.add(InputProblems.unknownMember(doc(pointer), field, id));
            }
        }

        private void required(Object value, String parent, String field) {
            if (value == null) {
                problems.add(InputProblems.missing(doc(Pointers.field(parent, field)), field));
            }
        }

        /** Reports a null or blank text; tells whether the text is present. */
        private boolean requiredText(String value, String parent, String field) {
            if (value == null) {
                problems.add(InputProblems.missing(doc(Pointers.field(parent, field)), field));
                return false;
            }
            if (value.isBlank()) {
                problems.add(InputProblems.blank(doc(Pointers.field(parent, field)), field, value));
                return false;
            }
            return true;
        }

        private String doc(String pointer) {
            return toDocument.apply(pointer);
        }
    }
}
