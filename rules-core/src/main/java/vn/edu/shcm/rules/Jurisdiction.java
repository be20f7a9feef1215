package vn.edu.shcm.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edu.shcm.rules.facts.Names;
import vn.edu.shcm.rules.internal.Provinces;

/**
 * Where a guideline binds: the whole country (the Ministry's charters), or one province or centrally-run city
 * by its name on the list of 34 in force since 1 July 2025 ({@link #provinces()}, with {@link #provincesSource()}).
 *
 * @param province the province's or city's name as on the list, or null for a national guideline
 */
public record Jurisdiction(String province) {

    private static final Jurisdiction NATIONAL = new Jurisdiction(null);

    /**
     * Checks that a province is one of the list's, and keeps its name as the list spells it.
     *
     * @throws IllegalArgumentException if the name is on no list
     */
    public Jurisdiction {
        if (province != null) {
            String given = province;
            province = Provinces.find(given).orElseThrow(() -> new IllegalArgumentException("\"" + given
                    + "\" is not a province or centrally-run city on the list in force since 1/7/2025: "
                    + String.join(", ", Provinces.names())));
        }
    }

    /** Returns the jurisdiction of a national guideline. */
    public static Jurisdiction national() {
        return NATIONAL;
    }

    /**
     * Returns the jurisdiction of one province or centrally-run city.
     *
     * @throws IllegalArgumentException if the name is on no list (see {@link #provinces()})
     */
    public static Jurisdiction province(String name) {
        return new Jurisdiction(Objects.requireNonNull(name, "name"));
    }

    /** Tells whether the guideline binds every school of the country. */
    public boolean isNational() {
        return province == null;
    }

    /**
     * Tells whether a plan of the given province is bound: always for a national guideline, else when the name
     * is this province's (compared after Unicode NFC, case and surrounding spaces ignored).
     */
    public boolean binds(String planProvince) {
        return isNational() || (planProvince != null && Names.normalize(province).equals(Names.normalize(planProvince)));
    }

    /** Returns the jurisdiction in Vietnamese: {@code toàn quốc} or the province's name. */
    public String label() {
        return isNational() ? "toàn quốc" : province;
    }

    /** Returns the jurisdiction in English: {@code national} or the province's name. */
    public String labelEn() {
        return isNational() ? "national" : province;
    }

    /** Returns the 34 provinces and centrally-run cities in force since 1/7/2025, as the list spells them. */
    public static List<String> provinces() {
        return Provinces.names();
    }

    /** Returns the province list's name as it is spelled there, if the name (in any case or Unicode form) is on it. */
    public static Optional<String> findProvince(String name) {
        return Provinces.find(name);
    }

    /** Returns where the list of provinces comes from: the resolution's number, date and issuer. */
    public static String provincesSource() {
        return Provinces.source();
    }
}
