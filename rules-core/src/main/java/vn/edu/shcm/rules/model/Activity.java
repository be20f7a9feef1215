package vn.edu.shcm.rules.model;

/** A kind of activity held at a session. */
public enum Activity {
    /** Lesson study (sinh hoạt chuyên môn theo nghiên cứu bài học). */
    LESSON_STUDY,
    /** A thematic session on a subject topic (sinh hoạt chuyên đề). */
    THEMATIC,
    /** Building a STEM lesson. */
    STEM,
    /** STEAM education activities. */
    STEAM,
    /** Designing periodic tests (xây dựng đề kiểm tra định kỳ). */
    TEST_DESIGN,
    /** Observing and analysing a lesson or activity (dự giờ). */
    OBSERVATION,
    /** Seminar, conference or discussion (hội thảo, tọa đàm). */
    SEMINAR,
    /** Training (tập huấn). */
    TRAINING,
    /** Cultural or sports exchange (giao lưu văn nghệ, thể thao). */
    CULTURAL_SPORTS,
    /** Administrative business: staff reviews, appraisal, emulation ranking. */
    ADMINISTRATIVE,
    /** Another professional activity of local need. */
    OTHER
}
