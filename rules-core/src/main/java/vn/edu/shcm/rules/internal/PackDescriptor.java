package vn.edu.shcm.rules.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * @param parameters its parameters
 * @param ruleFiles its DRL files, relative to the descriptor
 * @param rules the texts of its rules by rule id, in catalogue order
 */
public record PackDescriptor(String id, String title, String titleEn, Source source, CoverageSpec coverage,
                             Map<String, String> parameters, List<String> ruleFiles, Map<String, RuleTexts> rules) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

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

    /** Reads a descriptor; {@code name} names it in error messages. */
    public static PackDescriptor read(InputStream in, String name) {
        try (in) {
            return MAPPER.readValue(in, PackDescriptor.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read rule pack descriptor " + name + ": " + e.getMessage(), e);
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
