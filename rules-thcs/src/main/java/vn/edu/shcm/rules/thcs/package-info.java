/** Rule packs for lower-secondary (trung học cơ sở) guidelines, one {@link vn.edu.shcm.rules.DrlRulePack} each. */
package vn.edu.shcm.rules.thcs;
