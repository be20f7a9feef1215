package vn.edu.shcm.rules.model;

/** The seven content areas of section II of the Tuyên Quang preschool cluster guideline. */
public enum ContentArea {
    /** Meetings, conferences, seminars and talks (họp, hội nghị, hội thảo, tọa đàm). */
    MEETINGS,
    /** Observation and analysis of activities (dự giờ, phân tích hoạt động). */
    OBSERVATION_ANALYSIS,
    /** Building and carrying out the education plan (kế hoạch giáo dục). */
    EDUCATION_PLAN,
    /** New methods and STEAM experiences (đổi mới phương pháp, STEAM). */
    METHODS_STEAM,
    /** IT, digital transformation and AI (CNTT, chuyển đổi số, AI). */
    DIGITAL_AI,
    /** Support to the cluster's schools in difficulty (hỗ trợ trường khó khăn). */
    SUPPORT_WEAKER_SCHOOLS,
    /** Exchanges and experiences for teachers (giao lưu, trải nghiệm cho giáo viên). */
    TEACHER_EXCHANGE
}
