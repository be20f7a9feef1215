package vn.edu.shcm.rules.model;

/** A section that a report contains. */
public enum ReportSection {
    /** How the sessions were organised (hình thức tổ chức). */
    FORM,
    /** The topics (chuyên đề). */
    TOPICS,
    /** Results against objectives and targets (kết quả so với mục tiêu, chỉ tiêu). */
    RESULTS_VS_TARGETS,
    /** Difficulties (khó khăn, vướng mắc). */
    DIFFICULTIES,
    /** Proposals (đề xuất, kiến nghị). */
    PROPOSALS,
    /** Situation and results of the activities (tình hình, kết quả hoạt động). */
    SITUATION_RESULTS,
    /** Teachers' participation (sự tham gia của giáo viên). */
    TEACHER_PARTICIPATION,
    /** The schools' participation (sự tham gia của các trường). */
    SCHOOL_PARTICIPATION
}
