/**
 * Run-time compilation of DRL rule packs ({@link vn.edu.shcm.rules.drl.DrlPacks}), for pack authors and the
 * {@code --drl} option of the command line; shipped, precompiled packs do not need it.
 */
package vn.edu.shcm.rules.drl;
