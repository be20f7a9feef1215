package vn.edu.shcm.rules.internal;

import java.time.LocalDate;
import java.util.List;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.PlanProblem;

/**
 * Every input problem the library reports, with its Vietnamese and English text: the one place where these
 * messages are written. The Vietnamese is meant for a school clerk: plain words, the field name quoted as it is
 * spelled in the file.
 */
public final class InputProblems {

    /** Values quoted in problems are cut to this many characters. */
    public static final int MAX_VALUE_CHARS = 200;

    /** The kinds of JSON value, as named in "wrong type" messages. */
    public enum Kind {
        /** A JSON string. */
        STRING("chuỗi ký tự", "a string"),
        /** A JSON number. */
        NUMBER("số", "a number"),
        /** true or false. */
        BOOLEAN("giá trị true hoặc false", "true or false"),
        /** A JSON object. */
        OBJECT("đối tượng {…}", "an object {…}"),
        /** A JSON array. */
        LIST("danh sách […]", "a list […]"),
        /** A string holding a date. */
        DATE("ngày dạng chuỗi \"YYYY-MM-DD\"", "a date string \"YYYY-MM-DD\""),
        /** A string holding a school year. */
        SCHOOL_YEAR("năm học dạng chuỗi \"YYYY-YYYY\"", "a school-year string \"YYYY-YYYY\""),
        /** A string holding one of an enum's names. */
        CHOICE("chuỗi ký tự", "a string"),
        /** JSON null. */
        NULL("null", "null");

        private final String vi;
        private final String en;

        Kind(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    private InputProblems() {
    }

    // ---- the document as a whole -------------------------------------------------------------------------

    /** The file named by the caller does not exist. */
    public static PlanProblem fileNotFound(String file) {
        return new PlanProblem("", "Không đọc được tệp \"" + file + "\": tệp không tồn tại.",
                "Cannot read file \"" + file + "\": it does not exist.", null);
    }

    /** More than {@link Limits#MAX_DOCUMENT_BYTES} bytes. */
    public static PlanProblem documentTooLarge() {
        return new PlanProblem("",
                "Tài liệu lớn hơn 10 MiB (tối đa " + Limits.MAX_DOCUMENT_BYTES + " byte); hãy kiểm tra lại tệp.",
                "Document larger than 10 MiB (at most " + Limits.MAX_DOCUMENT_BYTES + " bytes).", null);
    }

    /** Bytes that are not UTF-8. */
    public static PlanProblem invalidUtf8(int line, int column) {
        return document("Tài liệu chứa byte không hợp lệ theo bảng mã UTF-8", line, column,
                "Invalid UTF-8 bytes", "");
    }

    /** Nothing but white space. */
    public static PlanProblem emptyDocument(int line, int column) {
        return document("Tài liệu trống, không có nội dung JSON", line, column, "The document is empty", "");
    }

    /** The document is a JSON value other than an object. */
    public static PlanProblem notAnObject(int line, int column, Kind found) {
        return new PlanProblem("",
                "Tài liệu phải là một đối tượng JSON bắt đầu bằng \"{\", nhưng lại là " + found.vi + at(line, column)
                        + ".",
                "The document must be a JSON object starting with \"{\", found " + found.en + atEn(line, column)
                        + ".",
                null);
    }

    /** Something after the closing brace of the plan. */
    public static PlanProblem trailingContent(int line, int column) {
        return document("Có nội dung thừa sau đối tượng JSON của kế hoạch", line, column,
                "Unexpected content after the plan's JSON object", "");
    }

    /** The document ends in the middle of a value. */
    public static PlanProblem truncated(int line, int column) {
        return document("Tài liệu JSON bị cắt cụt, kết thúc giữa chừng", line, column,
                "Truncated JSON: the document ends unexpectedly", "");
    }

    /** What a JSON syntax error is, in the user's terms (never the parser's own words). */
    public enum Syntax {
        /** A field name was expected (after "{" or ","). */
        FIELD_NAME("cần tên trường đặt trong dấu ngoặc kép", "expected a field name in double quotes"),
        /** A value was expected (after ":", "[" or ","). */
        VALUE("cần một giá trị (chuỗi, số, đối tượng, danh sách, true, false hoặc null)",
                "expected a value (a string, number, object, list, true, false or null)"),
        /** A colon was expected after a field name. */
        COLON("cần dấu \":\" sau tên trường", "expected \":\" after the field name"),
        /** A comma or the closing brace was expected after a field's value. */
        OBJECT_SEPARATOR("cần dấu \",\" hoặc \"}\" sau giá trị của trường",
                "expected \",\" or \"}\" after the field's value"),
        /** A comma or the closing bracket was expected after a list element. */
        ARRAY_SEPARATOR("cần dấu \",\" hoặc \"]\" sau phần tử của danh sách",
                "expected \",\" or \"]\" after the list element"),
        /** A bare word that is not true, false or null. */
        WORD("không phải giá trị JSON: chữ phải đặt trong dấu ngoặc kép; chỉ true, false và null được viết trần",
                "is not a JSON value: text must be in double quotes; only true, false and null are written bare"),
        /** NaN or Infinity. */
        NOT_A_NUMBER("không phải số theo JSON", "is not a JSON number"),
        /** A malformed number. */
        NUMBER("số không hợp lệ (JSON không cho số 0 đứng đầu, dấu +, dấu chấm hay chữ e không có chữ số theo sau)",
                "invalid number (JSON allows no leading zero, no plus sign, no point or exponent without digits)"),
        /** A backslash followed by a character that starts no escape. */
        ESCAPE("chuỗi có ký tự thoát không hợp lệ; chỉ dùng được \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                "invalid escape in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
        /** A backslash-u not followed by four hexadecimal digits. */
        UNICODE_ESCAPE("sau \\u phải có đúng bốn chữ số hệ 16", "\\u must be followed by four hexadecimal digits"),
        /** A control character (a line break, a tab, …) written as it is inside a string. */
        CONTROL_CHARACTER("chuỗi chứa ký tự điều khiển (xuống dòng, tab, …); hãy viết nó dạng thoát, ví dụ \\n",
                "a string holds a control character (line break, tab, …); write it as an escape such as \\n"),
        /** A comment, which JSON does not have. */
        COMMENT("JSON không cho phép chú thích (// hoặc /* */)", "JSON has no comments (// or /* */)"),
        /** Something else that cannot start or continue JSON here. */
        OTHER("ký tự không hợp lệ ở vị trí này", "a character that cannot appear here");

        private final String vi;
        private final String en;

        Syntax(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    /**
     * A JSON syntax error; {@code found} is what stands at the place as the user wrote it (a character or a word,
     * shown quoted, or as U+XXXX when invisible), or null.
     */
    public static PlanProblem malformed(int line, int column, Syntax what, String found) {
        boolean word = what == Syntax.WORD || what == Syntax.NOT_A_NUMBER;
        String f = found == null ? null : shown(found);
        String vi = word && f != null ? f + " " + what.vi : what.vi + (f == null ? "" : ", nhưng gặp " + f + hintVi(what, found));
        String en = word && f != null ? f + " " + what.en : what.en + (f == null ? "" : ", found " + f + hintEn(what, found));
        return new PlanProblem("", "Nội dung không đúng cú pháp JSON" + at(line, column) + ": " + vi + ".",
                "Malformed JSON" + atEn(line, column) + ": " + en + ".", null);
    }

    /** A closing bracket or brace that does not match what is open. */
    public static PlanProblem mismatchedClose(int line, int column, char found, char expected, int openLine,
                                              int openColumn) {
        String opened = expected == ']' ? "danh sách" : "đối tượng";
        String openedEn = expected == ']' ? "list" : "object";
        return new PlanProblem("",
                "Nội dung không đúng cú pháp JSON" + at(line, column) + ": gặp \"" + found + "\" nhưng " + opened
                        + " mở ở dòng " + openLine + ", cột " + openColumn + " phải đóng bằng \"" + expected + "\".",
                "Malformed JSON" + atEn(line, column) + ": found \"" + found + "\" but the " + openedEn
                        + " opened at line " + openLine + ", column " + openColumn + " must be closed with \"" + expected
                        + "\".", null);
    }

    private static String shown(String found) {
        if (found.length() == 1 && (Character.isISOControl(found.charAt(0)) || Character.isWhitespace(found.charAt(0)))) {
            return String.format(java.util.Locale.ROOT, "U+%04X", (int) found.charAt(0));
        }
        return "\"" + shorten(found) + "\"";
    }

    private static String hintVi(Syntax what, String found) {
        boolean trailingComma = what == Syntax.FIELD_NAME && found.equals("}")
                || what == Syntax.VALUE && found.equals("]");
        return switch (found) {
            case "}", "]" -> !trailingComma ? "" : " (có dấu phẩy thừa trước \"" + found + "\"?)";
            case "'" -> " (JSON dùng dấu ngoặc kép \", không dùng ')";
            default -> "";
        };
    }

    private static String hintEn(Syntax what, String found) {
        boolean trailingComma = what == Syntax.FIELD_NAME && found.equals("}")
                || what == Syntax.VALUE && found.equals("]");
        return switch (found) {
            case "}", "]" -> !trailingComma ? "" : " (a comma before \"" + found + "\"?)";
            case "'" -> " (JSON quotes with \", not ')";
            default -> "";
        };
    }

    /** One object names a field twice. */
    public static PlanProblem duplicateKey(int line, int column, String name) {
        return document("Trường \"" + shorten(name) + "\" xuất hiện hai lần trong cùng một đối tượng", line, column,
                "Field \"" + shorten(name) + "\" appears twice in one object", "");
    }

    /** Deeper than {@link Limits#MAX_NESTING_DEPTH}. */
    public static PlanProblem tooDeep(int line, int column) {
        return document("Tài liệu lồng nhau quá " + Limits.MAX_NESTING_DEPTH + " cấp", line, column,
                "Nesting deeper than " + Limits.MAX_NESTING_DEPTH + " levels", "");
    }

    /** A string or field name longer than {@link Limits#MAX_STRING_LENGTH}. */
    public static PlanProblem stringTooLong(int line, int column) {
        return document("Chuỗi ký tự dài quá " + Limits.MAX_STRING_LENGTH + " ký tự", line, column,
                "String longer than " + Limits.MAX_STRING_LENGTH + " characters", "");
    }

    /** A number longer than {@link Limits#MAX_NUMBER_LENGTH}. */
    public static PlanProblem numberTooLong(int line, int column) {
        return document("Số dài quá " + Limits.MAX_NUMBER_LENGTH + " ký tự", line, column,
                "Number longer than " + Limits.MAX_NUMBER_LENGTH + " characters", "");
    }

    /** More than {@link Limits#MAX_TOKENS} JSON tokens. */
    public static PlanProblem tooManyTokens(int line, int column) {
        return document("Tài liệu có quá nhiều giá trị JSON (hơn " + Limits.MAX_TOKENS + ")", line, column,
                "Document has more than " + Limits.MAX_TOKENS + " JSON tokens", "");
    }

    // ---- one value --------------------------------------------------------------------------------------

    /** An array longer than its limit. */
    public static PlanProblem tooManyElements(String pointer, int size, int limit) {
        return new PlanProblem(pointer,
                "Danh sách có " + size + " phần tử, vượt quá giới hạn " + limit + " phần tử.",
                "List has " + size + " elements; at most " + limit + " are allowed.", null);
    }

    /** A field the exchange format does not have; {@code suggestion} is a close field name or null. */
    public static PlanProblem unknownField(String pointer, String name, String suggestion) {
        String n = shorten(name);
        return new PlanProblem(pointer,
                "Trường \"" + n + "\" không có trong định dạng trao đổi."
                        + (suggestion == null ? "" : " Có phải là \"" + suggestion + "\"?"),
                "Unknown field \"" + n + "\"." + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"),
                shorten(name));
    }

    /** A value of the wrong JSON type; {@code choices} lists the allowed names for {@link Kind#CHOICE}. */
    public static PlanProblem wrongType(String pointer, Kind expected, List<String> choices, Kind found,
                                        String value) {
        String vi = expected.vi;
        String en = expected.en;
        if (expected == Kind.CHOICE) {
            vi += " (một trong: " + String.join(", ", choices) + ")";
            en += " (one of: " + String.join(", ", choices) + ")";
        }
        return new PlanProblem(pointer,
                "Sai kiểu dữ liệu: cần " + vi + ", nhưng lại là " + found.vi + ".",
                "Wrong type: expected " + en + ", found " + found.en + ".", shorten(value));
    }

    /** A string that is not a real ISO date. */
    public static PlanProblem invalidDate(String pointer, String text) {
        String t = shorten(text);
        return new PlanProblem(pointer,
                "Ngày \"" + t + "\" không hợp lệ (cần dạng YYYY-MM-DD).",
                "Invalid date \"" + t + "\" (expected YYYY-MM-DD).", t);
    }

    /** A date of a plan built in Java whose year the exchange format cannot write (it has four digits). */
    public static PlanProblem dateOutOfRange(String pointer, LocalDate date) {
        return new PlanProblem(pointer,
                "Ngày " + date + " nằm ngoài khoảng ngày có thể ghi trong kế hoạch (năm gồm 4 chữ số, từ 0000-01-01 "
                        + "đến 9999-12-31).",
                "Date " + date + " is outside the dates a plan can hold (four-digit years, 0000-01-01 to 9999-12-31).",
                date.toString());
    }

    /** A string that is none of an enum's names. */
    public static PlanProblem invalidChoice(String pointer, String text, List<String> choices) {
        String t = shorten(text);
        String list = String.join(", ", choices);
        return new PlanProblem(pointer,
                "Giá trị \"" + t + "\" không hợp lệ; cần một trong: " + list + ".",
                "Invalid value \"" + t + "\"; expected one of: " + list + ".", t);
    }

    /** A string that is not a school year of two consecutive years. */
    public static PlanProblem invalidSchoolYear(String pointer, String text) {
        String t = shorten(text);
        return new PlanProblem(pointer,
                "Năm học \"" + t + "\" không hợp lệ (cần hai năm liên tiếp dạng YYYY-YYYY, ví dụ 2023-2024).",
                "Invalid school year \"" + t + "\" (expected two consecutive years as YYYY-YYYY, e.g. 2023-2024).",
                t);
    }

    /** A null inside an array. */
    public static PlanProblem nullElement(String pointer) {
        return new PlanProblem(pointer,
                "Phần tử của danh sách không được để null.",
                "A list element must not be null.", "null");
    }

    /** A required field that is absent or null. */
    public static PlanProblem missing(String pointer, String field) {
        return new PlanProblem(pointer,
                "Thiếu trường bắt buộc \"" + field + "\".",
                "Missing required field \"" + field + "\".", null);
    }

    /** A required id or name that is empty or only white space. */
    public static PlanProblem blank(String pointer, String field, String value) {
        return new PlanProblem(pointer,
                "Trường bắt buộc \"" + field + "\" đang để trống.",
                "Required field \"" + field + "\" is blank.", shorten(value));
    }

    /** A CLUSTER or NETWORK plan without {@code cluster}. */
    public static PlanProblem missingCluster(String pointer, String scope) {
        return new PlanProblem(pointer,
                "Thiếu trường bắt buộc \"cluster\": kế hoạch phạm vi " + scope + " phải có thông tin cụm.",
                "Missing required field \"cluster\": a " + scope + " plan must describe its cluster.", null);
    }

    /** A province that is not on the list in force since 1/7/2025. */
    public static PlanProblem unknownProvince(String pointer, String given, List<String> known) {
        return new PlanProblem(pointer,
                "\"" + given + "\" không phải tên một tỉnh, thành phố trực thuộc trung ương (34 đơn vị từ 01/7/2025): "
                        + String.join(", ", known) + ".",
                "\"" + given + "\" is not the name of a province or centrally-run city (the 34 since 1 July 2025): "
                        + String.join(", ", known) + ".", given);
    }

    /** A cluster without members. */
    public static PlanProblem noMembers(String pointer) {
        return new PlanProblem(pointer,
                "Cụm phải có ít nhất một thành viên trong \"members\".",
                "The cluster must have at least one member in \"members\".", null);
    }

    /** A second session with an id already used. */
    public static PlanProblem duplicateSessionId(String pointer, String id, String firstPointer) {
        String i = shorten(id);
        return new PlanProblem(pointer,
                "Mã buổi sinh hoạt \"" + i + "\" bị trùng: đã dùng ở " + firstPointer + ".",
                "Duplicate session id \"" + i + "\": already used at " + firstPointer + ".", i);
    }

    /** A second member with an id already used. */
    public static PlanProblem duplicateMemberId(String pointer, String id, String firstPointer) {
        String i = shorten(id);
        return new PlanProblem(pointer,
                "Mã thành viên \"" + i + "\" bị trùng: đã dùng ở " + firstPointer + ".",
                "Duplicate member id \"" + i + "\": already used at " + firstPointer + ".", i);
    }

    /**
     * A reference (host, head, deputy, initiativesBy entry) to a member id that no member has; {@code lookalike},
     * when not null, is a member id that is the same text in another Unicode normalization form, which the message
     * then points out.
     */
    public static PlanProblem unknownMember(String pointer, String field, String id, String lookalike) {
        String i = shorten(id);
        String vi = lookalike == null ? "" : " Mã \"" + shorten(lookalike) + "\" của thành viên trông giống hệt nhưng được"
                + " gõ bằng bảng mã Unicode khác (dựng sẵn/tổ hợp); hãy gõ lại một trong hai mã cho khớp.";
        String en = lookalike == null ? "" : " Member id \"" + shorten(lookalike) + "\" looks the same but is encoded"
                + " differently (Unicode NFC vs NFD); retype one of them so that they match.";
        return new PlanProblem(pointer,
                "Trường \"" + field + "\" ghi mã thành viên \"" + i
                        + "\", nhưng không có thành viên nào của cụm mang mã này." + vi,
                "\"" + field + "\" names member id \"" + i + "\", but no member of the cluster has that id." + en, i);
    }

    // ---- waiver files ---------------------------------------------------------------------------------------

    /** A waiver's rule id that is not {@code PACK_ID:RULE}. */
    public static PlanProblem invalidRuleId(String pointer, String value) {
        String v = shorten(value);
        return new PlanProblem(pointer,
                "Mã quy tắc \"" + v + "\" không hợp lệ: cần dạng MÃ_BỘ_QUY_TẮC:MÃ_QUY_TẮC, ví dụ "
                        + "tuyenquang-mn-2025:plan-fields.",
                "Invalid rule id \"" + v + "\": expected PACK_ID:RULE, e.g. tuyenquang-mn-2025:plan-fields.", v);
    }

    /** A waiver's path that is not a JSON pointer starting with {@code /}. */
    public static PlanProblem invalidWaiverPath(String pointer, String value) {
        String v = shorten(value);
        return new PlanProblem(pointer,
                "Vị trí \"" + v + "\" không hợp lệ: cần đường dẫn JSON pointer bắt đầu bằng \"/\", ví dụ "
                        + "/sessions/0/location; bỏ trường này đi để miễn trừ ở mọi vị trí.",
                "Invalid path \"" + v + "\": expected a JSON pointer starting with \"/\", e.g. /sessions/0/location;"
                        + " leave the field out to waive every path.", v);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Cuts a value to {@link #MAX_VALUE_CHARS} characters, marking the cut with an ellipsis; null stays null. */
    public static String shorten(String value) {
        if (value == null || value.length() <= MAX_VALUE_CHARS) {
            return value;
        }
        int end = MAX_VALUE_CHARS;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    private static PlanProblem document(String vi, int line, int column, String en, String enDetail) {
        return new PlanProblem("", vi + at(line, column) + ".", en + atEn(line, column) + enDetail + ".", null);
    }

    private static String at(int line, int column) {
        return " (dòng " + line + ", cột " + column + ")";
    }

    private static String atEn(int line, int column) {
        return " at line " + line + ", column " + column;
    }
}
