package vn.edu.shcm.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Checks in a class loader of its own that Time4J, slow to initialise, is loaded only when a statutory
 * holiday is first needed, and not by building a calendar or asking about semesters, quarters or weekends.
 */
class Time4jLoadingTest {

    private static final String TIME4J_CLASS = "net.time4j.calendar.VietnameseCalendar";

    @Test
    void time4jIsLoadedOnlyWhenAHolidayIsAskedFor() throws Exception {
        try (Isolated loader = new Isolated()) {
            Object schoolYear = loader.loadClass("vn.edu.shcm.rules.model.SchoolYear")
                    .getMethod("of", int.class).invoke(null, 2025);
            Class<?> calendarClass = loader.loadClass(SchoolCalendar.class.getName());
            Object calendar = calendarClass
                    .getMethod("of", schoolYear.getClass(), LocalDate.class, LocalDate.class, LocalDate.class,
                            Collection.class)
                    .invoke(null, schoolYear, LocalDate.of(2025, 9, 5), LocalDate.of(2026, 1, 17),
                            LocalDate.of(2026, 5, 30), List.of(LocalDate.of(2026, 2, 23)));
            assertEquals(2, calendarClass.getMethod("semesterOf", LocalDate.class)
                    .invoke(calendar, LocalDate.of(2026, 2, 2)));
            assertEquals(4, ((List<?>) calendarClass.getMethod("quarters", int.class).invoke(calendar, 60)).size());
            assertEquals(true, calendarClass.getMethod("isDayOff", LocalDate.class)
                    .invoke(calendar, LocalDate.of(2025, 11, 8))); // a Saturday
            assertEquals(true, calendarClass.getMethod("isDayOff", LocalDate.class)
                    .invoke(calendar, LocalDate.of(2026, 2, 23))); // an extra holiday
            assertEquals(Set.of(), loader.time4jClasses(), "Time4J loaded before any holiday was needed");

            assertEquals(false, calendarClass.getMethod("isDayOff", LocalDate.class)
                    .invoke(calendar, LocalDate.of(2025, 11, 5))); // a weekday: the holidays are needed
            assertTrue(loader.time4jClasses().contains(TIME4J_CLASS), "this test cannot see Time4J being loaded");
        }
    }

    /** Loads this module's classes and Time4J afresh, apart from the test's own loader, and notes Time4J's. */
    private static final class Isolated extends URLClassLoader {

        Isolated() throws ClassNotFoundException {
            super(new URL[] {location(SchoolCalendar.class), location(Class.forName(TIME4J_CLASS, false,
                    Time4jLoadingTest.class.getClassLoader())),
                    // the official holiday schedules are JSON, read with Jackson
                    location(com.fasterxml.jackson.databind.ObjectMapper.class),
                    location(com.fasterxml.jackson.core.JsonParser.class),
                    location(com.fasterxml.jackson.annotation.JsonProperty.class),
                    location(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class)},
                    ClassLoader.getPlatformClassLoader());
        }

        private final Set<String> time4jClasses = ConcurrentHashMap.newKeySet();

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("net.time4j.")) {
                time4jClasses.add(name);
            }
            return super.loadClass(name, resolve);
        }

        Set<String> time4jClasses() {
            return Set.copyOf(time4jClasses);
        }

        private static URL location(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }
    }
}
