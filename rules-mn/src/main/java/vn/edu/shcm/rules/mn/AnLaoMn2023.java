package vn.edu.shcm.rules.mn;

import vn.edu.shcm.rules.DrlRulePack;

/**
 * Pack {@code anlao-mn-2023}: the An Tiến preschool cluster's plan of professional meetings for school year
 * 2023-2024 (An Lão, 03/10/2023), made under the Phòng GDĐT's plan 334/KH-PGDĐT: invitations three working
 * days ahead to the Phòng GDĐT and the core staff, approved and announced reschedules, and what each session
 * states.
 */
public final class AnLaoMn2023 extends DrlRulePack {

    /** Loads the pack's descriptor; the rules compile on first use. */
    public AnLaoMn2023() {
        super("anlao2023/pack.json");
    }
}
