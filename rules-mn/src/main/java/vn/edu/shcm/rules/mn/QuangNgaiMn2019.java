package vn.edu.shcm.rules.mn;

import vn.edu.shcm.rules.DrlRulePack;

/**
 * Pack {@code quangngai-mn-2019}: the Sở GDĐT Quảng Ngãi plan 806/KH-SGDĐT (23/9/2019) for the provincial
 * preschool professional network (tổ mạng lưới chuyên môn), school year 2019-2020, whose clusters are made of
 * district education offices.
 */
public final class QuangNgaiMn2019 extends DrlRulePack {

    /** Loads the pack's descriptor; the rules compile on first use. */
    public QuangNgaiMn2019() {
        super("quangngai2019/pack.json");
    }
}
