package vn.edu.shcm.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.edu.shcm.rules.facts.Names;
import vn.edu.shcm.rules.internal.json.JsonSupport;

/**
 * The provinces and centrally-run cities in force since 1/7/2025, read once from {@value #RESOURCE}: each with
 * its name, other spellings people use, the units merged into it, and the resolution that made the list.
 */
public final class Provinces {

    static final String RESOURCE = "/vn/edu/shcm/rules/provinces.json";

    private static final class Data {
        static final Data INSTANCE = read();

        final List<String> names;
        final Map<String, String> byNormalized;
        final String source;

        Data(List<String> names, Map<String, String> aliases, String source) {
            this.names = List.copyOf(names);
            this.source = source;
            Map<String, String> map = new LinkedHashMap<>();
            names.forEach(n -> map.put(Names.normalize(n), n));
            aliases.forEach((alias, name) -> map.putIfAbsent(Names.normalize(alias), name));
            this.byNormalized = Map.copyOf(map);
        }

        private static Data read() {
            try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                JsonNode root = JsonSupport.mapper().readTree(in);
                List<String> names = new ArrayList<>();
                Map<String, String> aliases = new LinkedHashMap<>();
                root.get("provinces").forEach(p -> {
                    String name = p.get("name").textValue();
                    names.add(name);
                    p.path("aliases").forEach(a -> aliases.put(a.textValue(), name));
                });
                JsonNode s = root.get("source");
                return new Data(names, aliases, s.get("document").textValue() + " (" + s.get("issuer").textValue() + ", "
                        + s.get("issuedOn").textValue() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    private Provinces() {
    }

    /** Returns the names, in the list's order. */
    public static List<String> names() {
        return Data.INSTANCE.names;
    }

    /** Returns the list's spelling of a name given in any case, Unicode form or spacing. */
    public static Optional<String> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(Data.INSTANCE.byNormalized.get(Names.normalize(name)));
    }

    /** Returns the resolution the list comes from. */
    public static String source() {
        return Data.INSTANCE.source;
    }
}
