package vn.edu.shcm.rules.model;

/** The level of education (cấp học) a plan belongs to. */
public enum Level {
    /** Preschool (mầm non). */
    MAM_NON("mầm non", "preschool"),
    /** Primary school (tiểu học). */
    TIEU_HOC("tiểu học", "primary"),
    /** Lower secondary school (trung học cơ sở). */
    THCS("trung học cơ sở", "lower secondary"),
    /** Upper secondary school (trung học phổ thông). */
    THPT("trung học phổ thông", "upper secondary");

    private final String label;
    private final String labelEn;

    Level(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Returns the Vietnamese name, e.g. {@code mầm non}. */
    public String label() {
        return label;
    }

    /** Returns the English name, e.g. {@code preschool}. */
    public String labelEn() {
        return labelEn;
    }
}
