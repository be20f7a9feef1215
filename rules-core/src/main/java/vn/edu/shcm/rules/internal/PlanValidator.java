package vn.edu.shcm.rules.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.facts.Texts;
import vn.edu.shcm.rules.model.Cluster;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.PlanCalendar;
import vn.edu.shcm.rules.model.Report;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SubjectAssignment;

/**
 * Finds the input errors that can be seen on a {@link Plan} object: required fields that are null (ids and names
 * also when blank), a CLUSTER or NETWORK plan without a cluster, a cluster without members, duplicate session and
 * member ids, host, head, deputy or initiative ids that no member defines, dates the exchange format cannot write
 * (its years have four digits: 0000-01-01 to 9999-12-31), and lists longer than the exchange format's
 * {@link Limits}. A plan built in Java is held to what a document can hold, so that every plan the checker
 * accepts can be written and read back, and no plan's size is unbounded (the elements of a list that is too long
 * are not checked).
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
            if (plan.province() != null && Provinces.find(plan.province()).isEmpty()) {
                problems.add(InputProblems.unknownProvince(doc("/province"), plan.province(), Provinces.names()));
            }

            Map<String, String> members = new HashMap<>();
            boolean membersKnown = cluster(plan, members);

            date(plan.submittedOn(), "/submittedOn");
            if (plan.cluster() != null) {
                date(plan.cluster().rolesReportedOn(), "/cluster/rolesReportedOn");
            }
            PlanCalendar calendar = plan.calendar();
            if (calendar != null) {
                date(calendar.start(), "/calendar/start");
                date(calendar.semester1End(), "/calendar/semester1End");
                date(calendar.end(), "/calendar/end");
                if (withinLimit(calendar.holidays(), "/calendar/holidays", Limits.MAX_ARRAY_ELEMENTS)) {
                    for (int i = 0; i < calendar.holidays().size(); i++) {
                        date(calendar.holidays().get(i), Pointers.index("/calendar/holidays", i));
                    }
                }
                if (withinLimit(calendar.workingDays(), "/calendar/workingDays", Limits.MAX_ARRAY_ELEMENTS)) {
                    for (int i = 0; i < calendar.workingDays().size(); i++) {
                        date(calendar.workingDays().get(i), Pointers.index("/calendar/workingDays", i));
                    }
                }
            }
            withinLimit(plan.objectives(), "/objectives", Limits.MAX_ARRAY_ELEMENTS);
            List<SubjectAssignment> subjects = plan.subjects();
            if (withinLimit(subjects, "/subjects", Limits.MAX_ARRAY_ELEMENTS)) {
                for (int i = 0; i < subjects.size(); i++) {
                    requiredText(subjects.get(i).subject(), Pointers.index("/subjects", i), "subject");
                }
            }
            if (withinLimit(plan.sessions(), "/sessions", Limits.MAX_SESSIONS)) {
                sessions(plan.sessions(), members, membersKnown);
            }
            List<Report> reports = plan.reports();
            if (withinLimit(reports, "/reports", Limits.MAX_ARRAY_ELEMENTS)) {
                for (int i = 0; i < reports.size(); i++) {
                    required(reports.get(i).kind(), Pointers.index("/reports", i), "kind");
                    date(reports.get(i).submittedOn(), Pointers.index("/reports", i) + "/submittedOn");
                    withinLimit(reports.get(i).sections(), Pointers.index("/reports", i) + "/sections",
                            Limits.MAX_ARRAY_ELEMENTS);
                }
            }
            if (withinLimit(plan.products(), "/products", Limits.MAX_ARRAY_ELEMENTS)) {
                for (int i = 0; i < plan.products().size(); i++) {
                    date(plan.products().get(i).proposedOn(), Pointers.index("/products", i) + "/proposedOn");
                }
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
            if (!withinLimit(members, "/cluster/members", Limits.MAX_ARRAY_ELEMENTS)) {
                return false;
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
                date(s.date(), at, "/date");
                date(s.originalDate(), at, "/originalDate");
                date(s.changeApprovedOn(), at, "/changeApprovedOn");
                Milestones m = s.milestones();
                date(m.preparationAssignedOn(), at, "/milestones/preparationAssignedOn");
                date(m.reviewMeetingOn(), at, "/milestones/reviewMeetingOn");
                date(m.approvedOn(), at, "/milestones/approvedOn");
                date(m.contentAnnouncedOn(), at, "/milestones/contentAnnouncedOn");
                date(m.contentApprovedOn(), at, "/milestones/contentApprovedOn");
                date(m.invitationSentOn(), at, "/milestones/invitationSentOn");
                date(m.questionsSentOn(), at, "/milestones/questionsSentOn");
                date(s.resultReport().submittedOn(), at, "/resultReport/submittedOn");
                withinLimit(s.activities(), at, "/activities", Limits.MAX_ARRAY_ELEMENTS);
                withinLimit(s.contentAreas(), at, "/contentAreas", Limits.MAX_ARRAY_ELEMENTS);
                withinLimit(s.subjects(), at, "/subjects", Limits.MAX_ARRAY_ELEMENTS);
                withinLimit(s.lessonStudySubjects(), at, "/lessonStudySubjects", Limits.MAX_ARRAY_ELEMENTS);
                withinLimit(s.milestones().invitees(), at, "/milestones/invitees", Limits.MAX_ARRAY_ELEMENTS);
                withinLimit(s.resultReport().attachments(), at, "/resultReport/attachments",
                        Limits.MAX_ARRAY_ELEMENTS);
                boolean initiativesListed = withinLimit(s.initiativesBy(), at, "/initiativesBy",
                        Limits.MAX_ARRAY_ELEMENTS);
                if (membersKnown) {
                    reference(s.host(), at + "/host", "host", members);
                    List<String> by = initiativesListed ? s.initiativesBy() : List.of();
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
            boolean notGiven = id == null || (Texts.isEmpty(id) && !field.equals("initiativesBy"));
            if (!notGiven && !members.containsKey(id)) {
                problems.add(InputProblems.unknownMember(doc(pointer), field, id, sameTextAs(id, members)));
            }
        }

        /**
         * Returns the member id that is the same text as {@code id} in another Unicode form (one in composed letters,
         * the other in letters and combining marks, as some keyboards type Vietnamese), or null. Ids are compared
         * exactly; this only makes the message say why two ids that look the same differ.
         */
        private static String sameTextAs(String id, Map<String, String> members) {
            String composed = Normalizer.normalize(id, Normalizer.Form.NFC);
            for (String member : members.keySet()) {
                if (Normalizer.normalize(member, Normalizer.Form.NFC).equals(composed)) {
                    return member;
                }
            }
            return null;
        }

        /** Reports a date whose year the exchange format cannot write (it has four digits, 0000 to 9999). */
        private void date(LocalDate date, String pointer) {
            date(date, pointer, "");
        }

        /** Reports a date outside years 0000-9999; its pointer, {@code parent + field}, is built only then. */
        private void date(LocalDate date, String parent, String field) {
            if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
                problems.add(InputProblems.dateOutOfRange(doc(parent + field), date));
            }
        }

        private boolean withinLimit(List<?> list, String pointer, int limit) {
            return withinLimit(list, pointer, "", limit);
        }

        /**
         * Reports a list longer than {@code limit}; tells whether it is within the limit. Its pointer,
         * {@code parent + field}, is built only then.
         */
        private boolean withinLimit(List<?> list, String parent, String field, int limit) {
            if (list.size() > limit) {
                problems.add(InputProblems.tooManyElements(doc(parent + field), list.size(), limit));
                return false;
            }
            return true;
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
            if (Texts.isEmpty(value)) {
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
