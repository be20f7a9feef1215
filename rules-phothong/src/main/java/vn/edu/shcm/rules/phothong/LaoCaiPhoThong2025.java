package vn.edu.shcm.rules.phothong;

import vn.edu.shcm.rules.DrlRulePack;

/**
 * Pack {@code laocai-phothong-2025}: the Sở GDĐT Lào Cai guidance on professional meetings for primary, lower and
 * upper secondary schools from school year 2025-2026, for its four settings: school clusters, a school's subject
 * groups, province-level meetings and workshops.
 */
public final class LaoCaiPhoThong2025 extends DrlRulePack {

    /** Loads the pack's descriptor; the rules compile on first use. */
    public LaoCaiPhoThong2025() {
        super("laocai2025/pack.json");
    }
}
