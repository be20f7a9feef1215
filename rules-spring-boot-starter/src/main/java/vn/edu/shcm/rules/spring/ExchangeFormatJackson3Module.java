package vn.edu.shcm.rules.spring;

import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.InputException;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.model.Plan;

/**
 * The exchange format for a Jackson 3 mapper (Spring Boot 4's {@code JsonMapper}), as
 * {@link ExchangeFormat#jacksonModule()} is for Jackson 2: {@link Plan} is read by copying the value's tokens to
 * text and reading that with {@link ExchangeFormat#readPlan(String)} (the same limits and checks, every problem as
 * an {@link InvalidPlanException}); {@link Plan}, {@link CheckResult} and every {@link InputException} are written
 * with {@link ExchangeFormat}'s bytes to a JSON text output, as the same structure to any other.
 *
 * <p>rules-core itself knows Jackson 2 only; this module lives in the starter so that a Boot 4 application's
 * {@code @RequestBody List<Plan>} or a {@code record} holding a {@code Plan} binds as a lone {@code Plan} does.
 */
public final class ExchangeFormatJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    /** Creates the module. */
    public ExchangeFormatJackson3Module() {
        super("shcm-exchange-format");
        addDeserializer(Plan.class, new PlanDeserializer());
        addSerializer(Plan.class, new Writer<>(Plan.class, ExchangeFormat::writePlan));
        addSerializer(CheckResult.class, new Writer<>(CheckResult.class, ExchangeFormat::writeResult));
        addSerializer(InputException.class, new Writer<>(InputException.class, ExchangeFormat::writeInputErrors));
    }

    private static final class PlanDeserializer extends ValueDeserializer<Plan> {
        @Override
        public Plan deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.PROPERTY_NAME) {
                p.nextToken();
            }
            StringWriter text = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
                g.copyCurrentStructure(p);
            } catch (JacksonException e) {
                throw malformed(e);
            }
            return ExchangeFormat.readPlan(text.toString());
        }

        @Override
        public Class<?> handledType() {
            return Plan.class;
        }

        /** What the mapper's parser refused, as the reader words a malformed document. */
        private static InvalidPlanException malformed(JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            return new InvalidPlanException(null, List.of(new PlanProblem("",
                    "JSON không hợp lệ ở dòng " + line + ", cột " + column + ": " + detail,
                    "Malformed JSON at line " + line + ", column " + column + ": " + detail, null)));
        }
    }

    private static final class Writer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final Function<T, String> text;

        Writer(Class<T> type, Function<T, String> text) {
            this.type = type;
            this.text = text;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            String json = text.apply(value);
            if (gen instanceof JsonGeneratorBase) {
                gen.writeRawValue(json);
            } else {
                try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
                    p.nextToken();
                    gen.copyCurrentStructure(p);
                }
            }
        }
    }
}
