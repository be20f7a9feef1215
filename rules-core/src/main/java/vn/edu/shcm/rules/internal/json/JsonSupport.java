package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.model.SchoolYear;

/**
 * The one shared, fully configured Jackson {@link ObjectMapper} of the library and the writers built on it.
 *
 * <p>The mapper is built once and never reconfigured afterwards, so it is thread-safe; callers must not change
 * its configuration. It reads with the {@link Limits} as Jackson {@link StreamReadConstraints}, rejects a field
 * named twice in one object, knows {@code java.time} (dates as ISO strings, never timestamps) and
 * {@link SchoolYear} (the string {@code YYYY-YYYY}), and fails on unknown properties when binding and on
 * content after the value read. The model records carry no Jackson annotations: they bind through their
 * canonical constructors.
 */
public final class JsonSupport {

    /** The read limits handed to Jackson. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
            .maxStringLength(Limits.MAX_STRING_LENGTH)
            .maxNameLength(Limits.MAX_STRING_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .maxTokenCount(Limits.MAX_TOKENS)
            .build();

    private static final ObjectMapper MAPPER = build();

    /** Pretty printing: two-space indent, {@code "name": value}, a new line per element, {@code \n} line ends. */
    private static final DefaultPrettyPrinter PRETTY_PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(PRETTY_PRINTER);

    private JsonSupport() {
    }

    /** Returns the shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes a tree as compact JSON on one line. */
    public static String writeCompact(JsonNode tree) {
        return write(COMPACT, tree);
    }

    /** Writes a tree as indented JSON with {@code \n} line ends and no final line end. */
    public static String writePretty(JsonNode tree) {
        return write(PRETTY, tree);
    }

    private static String write(ObjectWriter writer, JsonNode tree) {
        try {
            return writer.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises; anything else is a bug here
            throw new IllegalStateException("cannot write JSON tree", e);
        }
    }

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(READ_CONSTRAINTS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        SimpleModule exchange = new SimpleModule("shcm-exchange-format");
        exchange.addSerializer(SchoolYear.class, ToStringSerializer.instance);
        exchange.addDeserializer(SchoolYear.class, new SchoolYearDeserializer());
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(exchange)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Reads {@link SchoolYear} from {@code YYYY-YYYY}. */
    private static final class SchoolYearDeserializer extends FromStringDeserializer<SchoolYear> {
        private static final long serialVersionUID = 1L;

        SchoolYearDeserializer() {
            super(SchoolYear.class);
        }

        @Override
        protected SchoolYear _deserialize(String value, DeserializationContext ctxt) throws IOException {
            return SchoolYear.parse(value);
        }
    }
}
