package vn.edu.shcm.rules.thcs;

import vn.edu.shcm.rules.DrlRulePack;

/**
 * Pack {@code quangngai-thcs-2025}: the Sở GDĐT Quảng Ngãi letter setting up the inter-commune lower-secondary
 * professional clusters ("cụm chuyên môn liên xã cấp THCS") and their meetings for school year 2025-2026.
 */
public final class QuangNgaiThcs2025 extends DrlRulePack {

    /** Loads the pack's descriptor; the rules compile on first use. */
    public QuangNgaiThcs2025() {
        super("quangngai2025/pack.json");
    }
}
