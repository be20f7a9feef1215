/**
 * Rule packs for general-education (phổ thông: primary, lower and upper secondary) guidelines, one
 * {@link vn.edu.shcm.rules.DrlRulePack} each.
 */
package vn.edu.shcm.rules.phothong;
