package vn.edu.shcm.rules.model;

/** The setting in which the professional meetings of a plan take place. */
public enum Scope {
    /** A cluster of schools (cụm trường, cụm chuyên môn). */
    CLUSTER("cụm trường", "school cluster"),
    /** A subject group or team inside one school (tổ/nhóm chuyên môn). */
    SCHOOL_GROUP("tổ/nhóm chuyên môn", "school subject group"),
    /** Province-level meetings organised by the Sở GDĐT (cấp tỉnh). */
    PROVINCE("cấp tỉnh", "province level"),
    /** A professional workshop (hội thảo chuyên môn). */
    WORKSHOP("hội thảo chuyên môn", "workshop"),
    /** A cluster of a provincial network whose members are district offices (tổ mạng lưới chuyên môn). */
    NETWORK("tổ mạng lưới chuyên môn", "professional network");

    private final String label;
    private final String labelEn;

    Scope(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Returns the Vietnamese name, e.g. {@code cụm trường}. */
    public String label() {
        return label;
    }

    /** Returns the English name, e.g. {@code school cluster}. */
    public String labelEn() {
        return labelEn;
    }

    /** Tells whether plans of this scope are made by a cluster and must name one. */
    public boolean hasCluster() {
        return this == CLUSTER || this == NETWORK;
    }
}
