package vn.edu.shcm.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.edu.shcm.rules.Jurisdiction;
import vn.edu.shcm.rules.internal.json.JsonSupport;
import vn.edu.shcm.rules.model.Level;
import vn.edu.shcm.rules.model.Scope;

/**
 * A rule pack's descriptor, {@code pack.json}: what the pack is, what it covers, its DRL files and the texts
 * of its rules. The core rules have one too, {@code core.json}, without coverage.
 *
 * @param id the pack id
 * @param title the pack's title in Vietnamese
 * @param titleEn the pack's title in English
 * @param source the guideline
 * @param coverage the plans it applies to (null for the core rules)
 * @param jurisdiction where it binds: {@code {"national": true}} or {@code {"province": "Lào Cai"}} (null for
 *     the core rules)
 * @param parameters its parameters
 * @param ruleFiles its DRL files, relative to the descriptor
 * @param rules the texts of its rules by rule id, in catalogue order
 */
public record PackDescriptor(String id, String title, String titleEn, Source source, CoverageSpec coverage,
                             Jurisdiction jurisdiction, Map<String, String> parameters, List<String> ruleFiles, Map<String, RuleTexts> rules) {

    /** Checks the required parts and copies the collections, keeping the rules' order. */
    public PackDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(source, "source");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        ruleFiles = List.copyOf(Objects.requireNonNull(ruleFiles, "ruleFiles"));
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rules, "rules")));
    }

    /**
     * Reads a descriptor strictly (unknown fields, missing texts and wrong types fail, naming the field); {@code name}
     * names it in error messages. Uses the library's one shared JSON mapper and no data binding, so that loading
     * packs adds little to start-up.
     */
    public static PackDescriptor read(InputStream in, String name) {
        try (in) {
            return new Reader(name).descriptor(JsonSupport.mapper().readTree(in));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read rule pack descriptor " + name + ": " + e.getMessage(), e);
        }
    }

    /** Maps a descriptor's JSON tree onto the records, field by field. */
    private record Reader(String name) {

        PackDescriptor descriptor(JsonNode root) {
            fields(root, "", "id", "title", "titleEn", "source", "coverage", "jurisdiction", "parameters", "ruleFiles",
                    "rules");
            JsonNode source = object(root, "/source");
            fields(source, "/source", "title", "issuer", "number", "issuedOn", "url", "citation");
            Source src = new Source(text(source, "/source/title"), text(source, "/source/issuer"),
                    optional(source, "number"), optional(source, "issuedOn") == null ? null
                    : LocalDate.parse(optional(source, "issuedOn")), optional(source, "url"), optional(source, "citation"));
            CoverageSpec coverage = null;
            if (root.hasNonNull("coverage")) {
                JsonNode c = object(root, "/coverage");
                fields(c, "/coverage", "levels", "scopes", "firstYear", "lastYear");
                coverage = new CoverageSpec(texts(c, "/coverage/levels").stream().map(Level::valueOf).toList(),
                        texts(c, "/coverage/scopes").stream().map(Scope::valueOf).toList(),
                        text(c, "/coverage/firstYear"), optional(c, "lastYear"));
            }
            Jurisdiction jurisdiction = null;
            if (root.hasNonNull("jurisdiction")) {
                JsonNode j = object(root, "/jurisdiction");
                fields(j, "/jurisdiction", "national", "province");
                boolean national = j.path("national").asBoolean(false);
                String province = optional(j, "province");
                if (national == (province != null)) {
                    throw fail("/jurisdiction", "either {\"national\": true} or {\"province\": NAME}");
                }
                jurisdiction = national ? Jurisdiction.national() : Jurisdiction.province(province);
            } else if (coverage != null) {
                throw fail("/jurisdiction", "given: {\"national\": true} or {\"province\": NAME}");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (root.hasNonNull("parameters")) {
                object(root, "/parameters").properties().forEach(e -> parameters.put(e.getKey(),
                        e.getValue().asText()));
            }
            Map<String, RuleTexts> rules = new LinkedHashMap<>();
            object(root, "/rules").properties().forEach(e -> rules.put(e.getKey(),
                    rule(e.getValue(), "/rules/" + e.getKey())));
            return new PackDescriptor(text(root, "/id"), text(root, "/title"), text(root, "/titleEn"), src, coverage,
                    jurisdiction, parameters, texts(root, "/ruleFiles"), rules);
        }

        RuleTexts rule(JsonNode r, String at) {
            fields(r, at, "title", "titleEn", "text", "textEn", "deliverable", "messages");
            Map<String, Text> messages = new LinkedHashMap<>();
            if (r.hasNonNull("messages")) {
                object(r, at + "/messages").properties().forEach(e -> messages.put(e.getKey(),
                        bilingual(e.getValue(), at + "/messages/" + e.getKey())));
            }
            return new RuleTexts(text(r, at + "/title"), text(r, at + "/titleEn"), text(r, at + "/text"),
                    text(r, at + "/textEn"), r.hasNonNull("deliverable") ? bilingual(r.get("deliverable"),
                    at + "/deliverable") : null, messages);
        }

        Text bilingual(JsonNode t, String at) {
            if (!t.isObject()) {
                throw fail(at, "an object {\"vi\": ..., \"en\": ...}");
            }
            fields(t, at, "vi", "en");
            return new Text(text(t, at + "/vi"), text(t, at + "/en"));
        }

        void fields(JsonNode node, String at, String... allowed) {
            List<String> known = List.of(allowed);
            node.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    throw new IllegalArgumentException("unknown field \"" + f + "\" at " + (at.isEmpty() ? "/" : at)
                            + " (known: " + String.join(", ", known) + ")");
                }
            });
        }

        JsonNode object(JsonNode parent, String at) {
            JsonNode node = parent.get(last(at));
            if (node == null || !node.isObject()) {
                throw fail(at, "an object");
            }
            return node;
        }

        String text(JsonNode parent, String at) {
            JsonNode node = parent.get(last(at));
            if (node == null || !node.isTextual()) {
                throw fail(at, "a string");
            }
            return node.textValue();
        }

        static String optional(JsonNode parent, String field) {
            JsonNode node = parent.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }

        List<String> texts(JsonNode parent, String at) {
            JsonNode node = parent.get(last(at));
            if (node == null || !node.isArray()) {
                throw fail(at, "an array of strings");
            }
            List<String> values = new ArrayList<>();
            node.forEach(v -> {
                if (!v.isTextual()) {
                    throw fail(at, "an array of strings");
                }
                values.add(v.textValue());
            });
            return values;
        }

        static String last(String at) {
            return at.substring(at.lastIndexOf('/') + 1);
        }

        IllegalArgumentException fail(String at, String expected) {
            return new IllegalArgumentException(at + " must be " + expected);
        }
    }

    /**
     * The guideline a pack encodes.
     *
     * @param title its title
     * @param issuer who issued it
     * @param number its document number, or null
     * @param issuedOn its date, or null
     * @param url where to read it, or null
     * @param citation how violations cite it (defaults to the title)
     */
    public record Source(String title, String issuer, String number, LocalDate issuedOn, String url,
                         String citation) {

        /** Returns the text violations cite the document by. */
        public String citationText() {
            return citation != null ? citation : title;
        }
    }

    /**
     * The plans a pack applies to.
     *
     * @param levels the levels
     * @param scopes the scopes
     * @param firstYear the first school year, {@code YYYY-YYYY}
     * @param lastYear the last school year, or null when open-ended
     */
    public record CoverageSpec(List<Level> levels, List<Scope> scopes, String firstYear, String lastYear) {
    }

    /**
     * The texts of one rule.
     *
     * @param title a short title in Vietnamese
     * @param titleEn a short title in English
     * @param text what the rule demands, in Vietnamese
     * @param textEn what the rule demands, in English
     * @param deliverable what the rule's deadline concerns, for the shared deadline messages, or null
     * @param messages the rule's message templates by name
     */
    public record RuleTexts(String title, String titleEn, String text, String textEn, Text deliverable,
                            Map<String, Text> messages) {

        /** Checks the texts are present and copies the messages. */
        public RuleTexts {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(titleEn, "titleEn");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(textEn, "textEn");
            messages = messages == null ? Map.of() : Map.copyOf(messages);
        }
    }
}
