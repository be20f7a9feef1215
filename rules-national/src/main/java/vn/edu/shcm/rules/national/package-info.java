/**
 * Rule packs of the Ministry of Education and Training's school charters (điều lệ trường), which bind every
 * school of a level whatever its province: {@code bgddt-dieule-2020}.
 */
package vn.edu.shcm.rules.national;
