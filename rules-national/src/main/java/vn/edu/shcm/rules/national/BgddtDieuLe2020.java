package vn.edu.shcm.rules.national;

import vn.edu.shcm.rules.DrlRulePack;

/**
 * Pack {@code bgddt-dieule-2020}: the Ministry of Education and Training's charter of lower and upper secondary
 * schools (Thông tư 32/2020/TT-BGDĐT, Điều lệ trường THCS, THPT và trường phổ thông có nhiều cấp học), whose
 * subject groups meet at least once in two weeks (Điều 14.3), in every province.
 */
public final class BgddtDieuLe2020 extends DrlRulePack {

    /** Loads the pack's descriptor; the rules load on first use. */
    public BgddtDieuLe2020() {
        super("dieule2020/pack.json");
    }
}
