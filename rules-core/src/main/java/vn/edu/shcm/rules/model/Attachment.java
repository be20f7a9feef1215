package vn.edu.shcm.rules.model;

/** A document attached to a session's result report. */
public enum Attachment {
    /** The minutes of the session (biên bản). */
    MINUTES,
    /** The lesson plans used (kế hoạch bài dạy). */
    LESSON_PLANS,
    /** The topic reports presented (báo cáo chuyên đề). */
    TOPIC_REPORTS,
    /** Any other document. */
    OTHER
}
