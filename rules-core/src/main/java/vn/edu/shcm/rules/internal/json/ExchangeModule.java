package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.edu.shcm.rules.CheckResult;
import vn.edu.shcm.rules.ExchangeFormat;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.InputException;
import vn.edu.shcm.rules.InvalidPlanException;
import vn.edu.shcm.rules.InvalidWaiversException;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.Waiver;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.model.Plan;

/**
 * The Jackson module of {@link ExchangeFormat#jacksonModule()}: every value goes through the exchange format's own
 * reader and writer, so that any mapper reads and writes what {@link ExchangeFormat} does.
 *
 * <p>Reading copies the value's tokens from the mapper's parser into UTF-8 bytes (at most
 * {@link Limits#MAX_DOCUMENT_BYTES}) and reads them as a document, with the {@link Limits}, duplicate-field and
 * unknown-field checks; problems are thrown as {@link InvalidPlanException} (plans) or
 * {@link InvalidWaiversException} (waivers), pointers relative to the value. A JSON error the mapper's own parser
 * meets is reported the same way, at its line and column.
 *
 * <p>Writing to a JSON text generator writes the exchange format's bytes as a raw value, whatever the mapper's
 * indentation or escaping; to any other generator (a token buffer, a binary format) it writes the same tree.
 */
public final class ExchangeModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ExchangeModule() {
        super("shcm-exchange-format", Version.unknownVersion());
        addDeserializer(Plan.class, new PlanDeserializer());
        addDeserializer(Waiver.class, new WaiverDeserializer());
        addSerializer(Plan.class, new Writer<>(Plan.class, ExchangeFormat::writePlan, PlanTreeWriter::plan));
        addSerializer(CheckResult.class, new Writer<>(CheckResult.class, ExchangeFormat::writeResult,
                ResultJson::write));
        addSerializer(Waiver.class, new Writer<>(Waiver.class, w -> JsonSupport.writeCompact(ResultJson.waiver(w)),
                ResultJson::waiver));
        addSerializer(PlanProblem.class, new Writer<>(PlanProblem.class,
                p -> JsonSupport.writeCompact(InputErrorsJson.problem(p)), InputErrorsJson::problem));
        addSerializer(InputException.class, new Writer<>(InputException.class,
                ExchangeFormat::writeInputErrors, e -> InputErrorsJson.write(e.source(), e.problems())));
    }

    /** Writes a value as the exchange format's text, or as its tree where no raw text can go. */
    private static final class Writer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Function<T, String> text;
        private final Function<T, JsonNode> tree;

        Writer(Class<T> type, Function<T, String> text, Function<T, JsonNode> tree) {
            this.type = type;
            this.text = text;
            this.tree = tree;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (gen instanceof JsonGeneratorImpl) {
                gen.writeRawValue(text.apply(value));
            } else {
                gen.writeTree(tree.apply(value));
            }
        }
    }

    private static final class PlanDeserializer extends JsonDeserializer<Plan> {
        @Override
        public Plan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            byte[] bytes = copy(p, problem -> new InvalidPlanException(null, List.of(problem)));
            return ExchangeFormat.readPlan(new ByteArrayInputStream(bytes), null);
        }

        @Override
        public Class<?> handledType() {
            return Plan.class;
        }
    }

    /** Reads one waiver as the single element of a waiver file, pointers made relative to the waiver. */
    private static final class WaiverDeserializer extends JsonDeserializer<Waiver> {
        private static final String ELEMENT = "/waivers/0";

        @Override
        public Waiver deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            byte[] bytes = copy(p, problem -> new InvalidWaiversException(null, List.of(problem)));
            String file = "{\"waivers\":[" + new String(bytes, StandardCharsets.UTF_8) + "]}";
            try {
                return ExchangeFormat.readWaivers(file).get(0);
            } catch (InvalidWaiversException e) {
                List<PlanProblem> problems = new ArrayList<>();
                for (PlanProblem q : e.problems()) {
                    String pointer = q.path();
                    if (pointer.equals(ELEMENT) || pointer.startsWith(ELEMENT + "/")) {
                        pointer = pointer.substring(ELEMENT.length());
                    }
                    problems.add(new PlanProblem(pointer, q.message(), q.messageEn(), q.value()));
                }
                throw new InvalidWaiversException(null, problems);
            }
        }

        @Override
        public Class<?> handledType() {
            return Waiver.class;
        }
    }

    /**
     * Copies the value at the parser's current token, and everything inside it, into UTF-8 bytes; stops past the
     * size limit (the bytes read then report the document as too large).
     */
    private static byte[] copy(JsonParser p, Function<PlanProblem, RuntimeException> failure) throws IOException {
        Bounded out = new Bounded();
        try (JsonGenerator g = JsonSupport.mapper().getFactory().createGenerator(out)) {
            if (p.currentToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
            }
            g.copyCurrentStructure(p);
        } catch (Bounded.Full e) {
            throw failure.apply(InputProblems.documentTooLarge());
        } catch (JacksonException e) {
            throw failure.apply(DocumentReader.problemOf(e));
        }
        return out.toByteArray();
    }

    /** Bytes up to one more than the document limit, then {@link Full}. */
    private static final class Bounded extends ByteArrayOutputStream {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (count + len > Limits.MAX_DOCUMENT_BYTES) {
                throw new Full();
            }
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            if (count + 1 > Limits.MAX_DOCUMENT_BYTES) {
                throw new Full();
            }
            super.write(b);
        }

        /** Thrown when the copy exceeds the limit. */
        static final class Full extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("document too large", null, false, false);
            }
        }
    }
}
