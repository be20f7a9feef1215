package vn.edu.shcm.rules.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.edu.shcm.rules.facts.Texts;
import vn.edu.shcm.rules.model.Member;
import vn.edu.shcm.rules.model.Milestones;
import vn.edu.shcm.rules.model.Plan;
import vn.edu.shcm.rules.model.ReportKind;
import vn.edu.shcm.rules.model.Session;
import vn.edu.shcm.rules.model.SessionFormat;
import vn.edu.shcm.rules.model.SessionStatus;

/** The Vietnamese and English words both exports print: dates, statuses, formats, milestones, names. */
final class Words {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A text in Vietnamese and English. */
    record Pair(String vi, String en) {
    }

    /** A dated step a plan records: a session's milestone, a report sent, the plan sent. */
    record Step(LocalDate date, Pair what, int session) {
    }

    private Words() {
    }

    /** Returns the Vietnamese form of a date, {@code dd/MM/yyyy}. */
    static String vi(LocalDate date) {
        return VI.format(date);
    }

    static Pair status(SessionStatus status) {
        return switch (status) {
            case PLANNED -> new Pair("dự kiến", "planned");
            case HELD -> new Pair("đã tổ chức", "held");
            case CANCELLED -> new Pair("đã hủy", "cancelled");
        };
    }

    /** Returns the format's words, or "chưa nêu" / "not stated" for a session without one. */
    static Pair format(SessionFormat format) {
        if (format == null) {
            return new Pair("chưa nêu", "not stated");
        }
        return switch (format) {
            case IN_PERSON -> new Pair("trực tiếp", "in person");
            case ONLINE -> new Pair("trực tuyến", "online");
            case HYBRID -> new Pair("trực tiếp kết hợp trực tuyến", "hybrid");
        };
    }

    static Pair report(ReportKind kind) {
        return switch (kind) {
            case PLAN -> new Pair("gửi kế hoạch", "plan sent");
            case SEMESTER_1 -> new Pair("báo cáo học kỳ I", "semester-I report");
            case MID_YEAR -> new Pair("báo cáo giữa năm học", "mid-year report");
            case YEAR_END -> new Pair("báo cáo cuối năm học", "year-end report");
            case ROLES -> new Pair("báo cáo cụm trưởng, cụm phó", "head and deputy reported");
        };
    }

    /** Returns the member's name, the id itself when no member has it, or null for a null id. */
    static String memberName(Plan plan, String id) {
        if (id == null || plan.cluster() == null) {
            return id;
        }
        return plan.cluster().members().stream().filter(m -> id.equals(m.id())).map(Member::name).findFirst()
                .orElse(id);
    }

    /** Returns the name a calendar or a report gives the plan: its cluster's name, else its id. */
    static String planName(Plan plan) {
        if (plan.cluster() != null && !blank(plan.cluster().name())) {
            return plan.cluster().name().strip();
        }
        return plan.id();
    }

    /** Returns the rule's short title in both languages, or its id when the pack does not know it. */
    static Pair ruleTitle(CheckedPlan checked, String ruleId) {
        return checked.rule(ruleId).map(r -> new Pair(r.title(), r.titleEn())).orElse(new Pair(ruleId, ruleId));
    }

    /** Returns the session's content, cut to {@code max} characters at a word boundary, or "(chưa nêu nội dung)". */
    static String shortContent(Session session, int max) {
        String content = session.content();
        if (blank(content)) {
            return "(chưa nêu nội dung)";
        }
        String c = content.strip().replaceAll("\\s+", " ");
        if (c.length() <= max) {
            return c;
        }
        int cut = c.lastIndexOf(' ', max - 1);
        if (cut <= max / 2) {
            cut = Character.isHighSurrogate(c.charAt(max - 2)) ? max - 2 : max - 1;
        }
        return c.substring(0, cut).strip() + "…";
    }

    /** Returns every dated step the plan records, in document order. */
    static List<Step> steps(Plan plan) {
        List<Step> steps = new ArrayList<>();
        if (plan.submittedOn() != null) {
            steps.add(new Step(plan.submittedOn(), new Pair("gửi kế hoạch", "plan sent"), -1));
        }
        if (plan.cluster() != null && plan.cluster().rolesReportedOn() != null) {
            steps.add(new Step(plan.cluster().rolesReportedOn(),
                    new Pair("báo cáo cụm trưởng, cụm phó", "head and deputy reported"), -1));
        }
        for (int i = 0; i < plan.sessions().size(); i++) {
            Session s = plan.sessions().get(i);
            Milestones m = s.milestones();
            add(steps, m.preparationAssignedOn(), "phân công chuẩn bị", "preparation assigned", i);
            add(steps, m.reviewMeetingOn(), "họp rà soát nội dung", "review meeting", i);
            add(steps, m.approvedOn(), "ký xác nhận đồng ý tổ chức", "signed approval", i);
            add(steps, m.contentAnnouncedOn(), "thông báo nội dung, phân công", "content announced", i);
            add(steps, m.contentApprovedOn(), "kiểm tra, duyệt nội dung", "content approved", i);
            add(steps, m.invitationSentOn(), "gửi thư mời", "invitation sent", i);
            add(steps, m.questionsSentOn(), "gửi câu hỏi thảo luận", "discussion questions sent", i);
            add(steps, s.resultReport().submittedOn(), "báo cáo kết quả buổi sinh hoạt", "session result report", i);
        }
        plan.reports().forEach(r -> {
            if (r.submittedOn() != null && r.kind() != null) {
                steps.add(new Step(r.submittedOn(), report(r.kind()), -1));
            }
        });
        plan.products().forEach(p -> {
            if (p.proposedOn() != null) {
                steps.add(new Step(p.proposedOn(), new Pair("đề xuất sản phẩm nhân rộng", "product proposed"), -1));
            }
        });
        return List.copyOf(steps);
    }

    private static void add(List<Step> steps, LocalDate date, String vi, String en, int session) {
        if (date != null) {
            steps.add(new Step(date, new Pair(vi, en), session));
        }
    }

    static boolean blank(String s) {
        return Texts.isEmpty(s);
    }
}
