package vn.edu.shcm.rules.model;

/**
 * A subject that a plan covers and the teacher who leads its sessions.
 *
 * @param subject the subject, a free string compared after trimming (recommended codes: TOAN, NGU_VAN, ...)
 * @param leadTeacher the lead teacher (giáo viên phụ trách), or null
 */
public record SubjectAssignment(String subject, String leadTeacher) {
}
