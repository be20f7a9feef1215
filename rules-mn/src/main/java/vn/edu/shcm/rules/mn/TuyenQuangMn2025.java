package vn.edu.shcm.rules.mn;

import vn.edu.shcm.rules.DrlRulePack;

/**
 * Pack {@code tuyenquang-mn-2025}: the Sở GDĐT Tuyên Quang guidance on cluster professional meetings for
 * preschools, from school year 2025-2026, with its plan and report templates.
 */
public final class TuyenQuangMn2025 extends DrlRulePack {

    /** Loads the pack's descriptor; the rules compile on first use. */
    public TuyenQuangMn2025() {
        super("tuyenquang2025/pack.json");
    }
}
