/**
 * The school calendar that the rules reckon with: Vietnam's statutory public holidays and their
 * compensatory days computed from the Vietnamese lunar calendar ({@link vn.edu.shcm.rules.calendar.VietnamHolidays}),
 * a school year's dates with the Ministry's built-in defaults and a plan's overrides
 * ({@link vn.edu.shcm.rules.calendar.SchoolCalendar}), and the arithmetic built on them: semesters, calendar
 * quarters that count toward "once a quarter" ({@link vn.edu.shcm.rules.calendar.Quarter}) and working days
 * that skip weekends, holidays and a plan's extra days off. All types are immutable and thread-safe.
 */
package vn.edu.shcm.rules.calendar;
