package vn.edu.shcm.rules;

/** How serious a violation is; results list ERROR first. */
public enum Severity {
    /** The guideline says must, at least or at the latest: the plan does not comply. */
    ERROR("Lỗi", "Error"),
    /** The guideline recommends it, or the reading of a vague sentence is the catalogue's own. */
    WARNING("Cảnh báo", "Warning"),
    /** A note. */
    INFO("Ghi chú", "Note");

    private final String label;
    private final String labelEn;

    Severity(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Returns the Vietnamese name, e.g. {@code Lỗi}. */
    public String label() {
        return label;
    }

    /** Returns the English name, e.g. {@code Error}. */
    public String labelEn() {
        return labelEn;
    }
}
