package vn.edu.shcm.rules.internal;

import java.util.HashMap;
import java.util.Map;
import vn.edu.shcm.rules.model.Activity;
import vn.edu.shcm.rules.model.Attachment;
import vn.edu.shcm.rules.model.ContentArea;
import vn.edu.shcm.rules.model.Invitee;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.ReportSection;
import vn.edu.shcm.rules.model.Scope;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;

/** Vietnamese and English names of the model's enum constants and fields, for messages. */
public final class Labels {

    private static final Map<Enum<?>, Text> ENUMS = new HashMap<>();
    private static final Map<String, Text> FIELDS = new HashMap<>();
    private static final Map<String, Text> SUBJECTS = new HashMap<>();

    static {
        for (Level l : Level.values()) {
            ENUMS.put(l, new Text(l.label(), l.labelEn()));
        }
        for (Scope s : Scope.values()) {
            ENUMS.put(s, new Text(s.label(), s.labelEn()));
        }
        put(SessionStatus.PLANNED, "dự kiến", "planned");
        put(SessionStatus.HELD, "đã tổ chức", "held");
        put(SessionStatus.CANCELLED, "đã hủy", "cancelled");
        put(SessionFormat.IN_PERSON, "trực tiếp", "in person");
        put(SessionFormat.ONLINE, "trực tuyến", "online");
        put(SessionFormat.HYBRID, "trực tiếp kết hợp trực tuyến", "hybrid");
        put(Activity.LESSON_STUDY, "nghiên cứu bài học", "lesson study");
        put(Activity.THEMATIC, "sinh hoạt chuyên đề", "thematic session");
        put(Activity.STEM, "bài học STEM", "STEM lesson");
        put(Activity.STEAM, "giáo dục STEAM", "STEAM education");
        put(Activity.TEST_DESIGN, "xây dựng đề kiểm tra", "test design");
        put(Activity.OBSERVATION, "dự giờ", "observation");
        put(Activity.SEMINAR, "hội thảo, tọa đàm", "seminar");
        put(Activity.TRAINING, "tập huấn", "training");
        put(Activity.CULTURAL_SPORTS, "giao lưu văn nghệ, thể thao", "cultural or sports exchange");
        put(Activity.ADMINISTRATIVE, "công việc hành chính", "administrative business");
        put(Activity.OTHER, "nội dung chuyên môn khác", "other professional content");
        put(ContentArea.MEETINGS, "họp, hội nghị, hội thảo, tọa đàm", "meetings and seminars");
        put(ContentArea.OBSERVATION_ANALYSIS, "dự giờ, phân tích hoạt động", "observation and analysis");
        put(ContentArea.EDUCATION_PLAN, "kế hoạch giáo dục", "education plan");
        put(ContentArea.METHODS_STEAM, "đổi mới phương pháp, STEAM", "methods and STEAM");
        put(ContentArea.DIGITAL_AI, "CNTT, chuyển đổi số, AI", "IT, digital and AI");
        put(ContentArea.SUPPORT_WEAKER_SCHOOLS, "hỗ trợ trường khó khăn", "support to schools in difficulty");
        put(ContentArea.TEACHER_EXCHANGE, "giao lưu, trải nghiệm cho giáo viên", "teacher exchange");
        put(Invitee.PHONG_GDDT, "Phòng GDĐT", "the district education office (Phòng GDĐT)");
        put(Invitee.SO_GDDT, "Sở GDĐT", "the provincial department (Sở GDĐT)");
        put(Invitee.CORE_STAFF, "đội ngũ cốt cán", "the core staff");
        put(ReportKind.PLAN, "kế hoạch", "plan");
        put(ReportKind.SEMESTER_1, "báo cáo học kỳ I", "semester-I report");
        put(ReportKind.MID_YEAR, "báo cáo giữa năm học", "mid-year report");
        put(ReportKind.YEAR_END, "báo cáo cuối năm học", "year-end report");
        put(ReportKind.ROLES, "báo cáo cụm trưởng, cụm phó", "report of head and deputy");
        put(ReportSection.FORM, "hình thức tổ chức", "form of organisation");
        put(ReportSection.TOPICS, "chuyên đề", "topics");
        put(ReportSection.RESULTS_VS_TARGETS, "kết quả so với mục tiêu, chỉ tiêu", "results against targets");
        put(ReportSection.DIFFICULTIES, "khó khăn, vướng mắc", "difficulties");
        put(ReportSection.PROPOSALS, "đề xuất, kiến nghị", "proposals");
        put(ReportSection.SITUATION_RESULTS, "tình hình, kết quả hoạt động", "situation and results");
        put(ReportSection.TEACHER_PARTICIPATION, "sự tham gia của giáo viên", "teacher participation");
        put(ReportSection.SCHOOL_PARTICIPATION, "sự tham gia của các trường", "school participation");
        put(Attachment.MINUTES, "biên bản", "minutes");
        put(Attachment.LESSON_PLANS, "kế hoạch bài dạy", "lesson plans");
        put(Attachment.TOPIC_REPORTS, "báo cáo chuyên đề", "topic reports");
        put(Attachment.OTHER, "tài liệu khác", "other documents");

        field("objectives", "mục tiêu của kế hoạch", "the plan's objectives");
        field("funding", "kinh phí thực hiện", "funding");
        field("submittedOn", "ngày gửi kế hoạch", "the day the plan was sent");
        field("name", "tên cụm", "the cluster's name");
        field("head", "cụm trưởng", "the cluster head");
        field("deputy", "cụm phó", "the deputy head");
        field("date", "thời gian", "date");
        field("host", "đơn vị đăng cai", "host");
        field("location", "địa điểm", "location");
        field("content", "nội dung", "content");
        field("participants", "thành phần tham dự", "participants");
        field("personInCharge", "người phụ trách", "person in charge");
        field("objective", "mục tiêu", "objective");
        field("expectedResult", "kết quả dự kiến", "expected result");
        field("preparationAssignedOn", "phân công chuẩn bị", "preparation assigned");
        field("reviewMeetingOn", "họp rà soát nội dung", "review meeting");
        field("approvedOn", "ký xác nhận đồng ý tổ chức", "signed approval");
        field("contentAnnouncedOn", "thông báo nội dung, phân công nhiệm vụ", "content announced");
        field("contentApprovedOn", "kiểm tra, duyệt nội dung", "content approved");
        field("invitationSentOn", "gửi thư mời", "invitation sent");
        field("questionsSentOn", "gửi câu hỏi thảo luận", "discussion questions sent");

        // the exchange format's recommended subject codes (2018 general education programme)
        subject("TOAN", "Toán", "Mathematics");
        subject("NGU_VAN", "Ngữ văn", "Literature");
        subject("TIENG_VIET", "Tiếng Việt", "Vietnamese");
        subject("TIENG_ANH", "Tiếng Anh", "English");
        subject("KHTN", "Khoa học tự nhiên", "Natural sciences");
        subject("LICH_SU_DIA_LY", "Lịch sử và Địa lí", "History and geography");
        subject("GDCD", "Giáo dục công dân", "Civic education");
        subject("CONG_NGHE", "Công nghệ", "Technology");
        subject("TIN_HOC", "Tin học", "Informatics");
        subject("GDTC", "Giáo dục thể chất", "Physical education");
        subject("AM_NHAC", "Âm nhạc", "Music");
        subject("MY_THUAT", "Mĩ thuật", "Fine arts");
        subject("HDTN_HN", "Hoạt động trải nghiệm, hướng nghiệp", "Experiential and career-guidance activities");
        subject("GD_DIA_PHUONG", "Nội dung giáo dục địa phương", "Local education content");
        subject("VAT_LY", "Vật lí", "Physics");
        subject("HOA_HOC", "Hoá học", "Chemistry");
        subject("SINH_HOC", "Sinh học", "Biology");
        subject("LICH_SU", "Lịch sử", "History");
        subject("DIA_LY", "Địa lí", "Geography");
        subject("GD_KT_PL", "Giáo dục kinh tế và pháp luật", "Economic and legal education");
    }

    private Labels() {
    }

    private static void put(Enum<?> constant, String vi, String en) {
        ENUMS.put(constant, new Text(vi, en));
    }

    private static void field(String name, String vi, String en) {
        FIELDS.put(name, new Text(vi, en));
    }

    private static void subject(String code, String vi, String en) {
        SUBJECTS.put(code, new Text(vi, en));
    }

    /** Returns the names of an enum constant; its own name in both languages when none is set. */
    public static Text of(Enum<?> constant) {
        Text t = ENUMS.get(constant);
        return t != null ? t : new Text(constant.name(), constant.name());
    }

    /** Returns the names of a field of the exchange format; the field's own name when none is set. */
    public static Text field(String name) {
        Text t = FIELDS.get(name);
        return t != null ? t : new Text(name, name);
    }

    /**
     * Returns the names of a subject: for one of the exchange format's recommended codes (e.g. {@code TOAN}, after
     * trimming), the subject's Vietnamese and English names; otherwise the subject trimmed, as the plan writes it, in
     * both languages. Null stays null.
     */
    public static Text subject(String subject) {
        if (subject == null) {
            return null;
        }
        String trimmed = subject.trim();
        Text t = SUBJECTS.get(trimmed);
        return t != null ? t : new Text(trimmed, trimmed);
    }
}
