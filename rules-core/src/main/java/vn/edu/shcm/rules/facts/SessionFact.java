package vn.edu.shcm.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.edu.shcm.rules.calendar.Quarter;
import vn.edu.shcm.rules.internal.Subjects;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Minutes;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;

/**
 * A session of the plan with what the checker derived about it: its place in the plan, its semester and
 * quarter, and its place in the hosting rotation.
 *
 * <p>Rotation figures consider only sessions that count (PLANNED or HELD), ordered by date and then by their
 * place in the plan; for a cancelled session they are empty.
 *
 * @param index the session's index in the plan's {@code sessions}
 * @param session the session itself
 * @param semester 1 or 2, or 0 when the date is outside the school year
 * @param quarter the calendar quarter containing the date, or null when outside the school year
 * @param semesterEnd the last day of the session's semester (the next periodic report date), or null when
 *     outside the school year
 * @param previousIndex the index of the counted session just before it, or -1 when it is the first
 * @param hostedBefore how many earlier counted sessions its host hosted
 * @param membersNotYetHosted the member ids (in the cluster's order) that hosted no earlier counted session,
 *     its own host excluded
 * @param milestonesOutOfOrder its milestones that are dated before a milestone that should precede them
 */
public record SessionFact(int index, Session session, int semester, Quarter quarter, LocalDate semesterEnd,
                          int previousIndex, int hostedBefore, List<String> membersNotYetHosted,
                          List<MilestonePair> milestonesOutOfOrder) {

    /** Copies the lists. */
    public SessionFact {
        membersNotYetHosted = List.copyOf(membersNotYetHosted);
        milestonesOutOfOrder = List.copyOf(milestonesOutOfOrder);
    }

    /**
     * Tells whether {@code o} is this very fact: a session fact is one session's place in one check, so two facts
     * are equal only when they are the same object. (Rules join on it, e.g. {@code session == $s}; a record's
     * component-wise equality would compare whole sessions, lists and all, on every join.)
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    /** Returns the session's index: cheap, and consistent with identity equality. */
    @Override
    public int hashCode() {
        return index;
    }

    /** Returns the JSON pointer of the session, e.g. {@code /sessions/2}. */
    public String path() {
        if (index < 0 || index >= PATHS.length) {
            return "/sessions/" + index;
        }
        String path = PATHS[index];
        if (path == null) {
            path = "/sessions/" + index; // a benign race: every thread makes the same immutable string
            PATHS[index] = path;
        }
        return path;
    }

    /** The pointers of the sessions a plan may hold (the exchange format's limit), each made once, when first asked. */
    private static final String[] PATHS = new String[vn.edu.shcm.rules.ExchangeFormat.Limits.MAX_SESSIONS];

    /** Returns the JSON pointer of a field of the session, e.g. {@code /sessions/2/host}. */
    public String path(String field) {
        return path() + "/" + field;
    }

    /** Returns the session's id. */
    public String id() {
        return session.id();
    }

    /** Returns the session's date. */
    public LocalDate date() {
        return session.date();
    }

    /** Returns the session's status. */
    public SessionStatus status() {
        return session.status();
    }

    /** Returns the session's format, or null. */
    public SessionFormat format() {
        return session.format();
    }

    /** Returns the hosting member's id, or null when it is not given (an empty id names no member). */
    public String host() {
        return Texts.isEmpty(session.host()) ? null : session.host();
    }

    /** Returns the session's milestones. */
    public Milestones milestones() {
        return session.milestones();
    }

    /** Tells whether the session counts toward frequencies and minimums (PLANNED or HELD). */
    public boolean counts() {
        return session.counts();
    }

    /** Tells whether the session was held. */
    public boolean held() {
        return session.status() == SessionStatus.HELD;
    }

    /** Tells whether the session is in person (IN_PERSON or HYBRID). */
    public boolean inPerson() {
        return session.inPerson();
    }

    /** Tells whether the session holds the given kind of activity. */
    public boolean has(Activity activity) {
        return session.activities().contains(activity);
    }

    /**
     * Returns how many distinct subjects (trimmed, empty ones ignored, composed and decomposed letters alike) the
     * session holds lesson study in.
     */
    public int lessonStudySubjectCount() {
        List<String> subjects = session.lessonStudySubjects();
        List<String> keys = new ArrayList<>(subjects.size());
        for (String subject : subjects) {
            if (Texts.present(subject)) {
                String key = Subjects.key(subject.strip());
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys.size();
    }

    /**
     * Tells whether the session is lesson study alone: it holds lesson study (activity LESSON_STUDY, or
     * lesson-study subjects) and no other topic, its activities being LESSON_STUDY and OBSERVATION at most
     * (CULTURAL_SPORTS and ADMINISTRATIVE are not topics of professional work: rules of their own forbid them).
     */
    public boolean lessonStudyOnly() {
        boolean lessonStudy = has(Activity.LESSON_STUDY) || !session.lessonStudySubjects().isEmpty();
        return lessonStudy && session.activities().stream().allMatch(a -> a == Activity.LESSON_STUDY
                || a == Activity.OBSERVATION || a == Activity.CULTURAL_SPORTS || a == Activity.ADMINISTRATIVE);
    }

    /** Tells whether the session names at least one content area. */
    public boolean hasContentArea() {
        return !session.contentAreas().isEmpty();
    }

    /** Tells whether the session names the given content area. */
    public boolean has(ContentArea area) {
        return session.contentAreas().contains(area);
    }

    /**
     * Tells whether the session's minutes exist: its result report attaches them, or the session records what
     * they contain.
     */
    public boolean hasMinutes() {
        return session.resultReport().attachments().contains(Attachment.MINUTES)
                || !session.minutes().equals(Minutes.NONE);
    }

    /** Tells whether the session was moved off the date first fixed for it. */
    public boolean moved() {
        return session.originalDate() != null && !session.originalDate().equals(session.date());
    }
}
