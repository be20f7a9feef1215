package vn.edu.shcm.rules.model;

/** A body that a session's invitation went to. */
public enum Invitee {
    /** The district education office (Phòng GDĐT). */
    PHONG_GDDT,
    /** The provincial department of education (Sở GDĐT). */
    SO_GDDT,
    /** The core staff (đội ngũ cốt cán). */
    CORE_STAFF
}
