/** Rule packs for preschool (mầm non) guidelines, one {@link vn.edu.shcm.rules.DrlRulePack} each. */
package vn.edu.shcm.rules.mn;
