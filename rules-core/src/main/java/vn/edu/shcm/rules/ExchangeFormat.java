package vn.edu.shcm.rules;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.PlanValidator;
import vn.edu.shcm.rules.internal.Pointers;
import vn.edu.shcm.rules.internal.json.DocumentReader;
import vn.edu.shcm.rules.internal.json.ExchangeModule;
import vn.edu.shcm.rules.internal.json.InputErrorsJson;
import vn.edu.shcm.rules.internal.json.JsonSupport;
import vn.edu.shcm.rules.internal.json.PlanTreeWriter;
import vn.edu.shcm.rules.internal.json.ResultJson;
import vn.edu.shcm.rules.internal.json.PlanBinder;
import vn.edu.shcm.rules.internal.json.WaiverFile;
import vn.edu.shcm.rules.model.Plan;

/**
 * Reads and writes the JSON exchange format: plan documents in, plan and result documents out; and waiver files.
 *
 * <p>Reading is strict and reports every input error at once: a document that is not a valid plan throws one
 * {@link InvalidPlanException} listing each {@link PlanProblem} with its JSON pointer (RFC 6901, 0-based array
 * indexes), in document order. Document order means: a pointer before its descendants, array elements by index,
 * fields in the exchange format's field order, unknown fields after the known ones of their object. Problems are
 * malformed JSON (one problem at {@code ""} giving line and column), unknown fields, wrong JSON types, bad
 * dates, enum names and school years, null list elements, missing required fields (ids and names also when
 * blank), duplicate session or member ids and host, head, deputy or initiative ids that no member defines
 * ({@code previousHead} is not checked). The bytes must be UTF-8. The {@link Limits} bound what a document may
 * hold, so that no input exhausts memory or stack.
 *
 * <p>Whatever the bytes, the read methods return a plan or throw {@link InvalidPlanException}, or
 * {@link UncheckedIOException} when reading the stream itself fails. All methods are thread-safe; writing is
 * deterministic, byte for byte.
 *
 * <p>{@link #jacksonModule()} makes any Jackson {@code ObjectMapper} read and write these documents exactly as
 * this class does.
 */
public final class ExchangeFormat {

    /**
     * The limits on a plan document, each an input error with its own message when exceeded. Beyond the size,
     * nesting, string, number or token limit the document is read no further (one problem at {@code ""}); a list
     * beyond its length limit is reported at its pointer and its elements are not checked, the rest of the
     * document is.
     */
    public static final class Limits {

        /** At most 10 MiB of UTF-8: 10 485 760 bytes. */
        public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

        /** Objects and arrays nest at most 32 deep (a plan needs 5). */
        public static final int MAX_NESTING_DEPTH = 32;

        /** A string or field name holds at most 100 000 characters (UTF-16 code units). */
        public static final int MAX_STRING_LENGTH = 100_000;

        /** A number is at most 100 characters long (the format has no numbers; this bounds a stray one). */
        public static final int MAX_NUMBER_LENGTH = 100;

        /** A plan holds at most 5 000 sessions. */
        public static final int MAX_SESSIONS = 5_000;

        /** Any other list holds at most 1 000 elements. */
        public static final int MAX_ARRAY_ELEMENTS = 1_000;

        /**
         * A document holds at most 1 000 000 JSON tokens (values, object and array starts and ends): this bounds
         * the memory a document can take while it is parsed, which the byte limit alone does not (10 MiB of
         * {@code {},} make over three million objects). A plan of 5 000 full sessions stays well below.
         */
        public static final long MAX_TOKENS = 1_000_000;

        private Limits() {
        }
    }

    private ExchangeFormat() {
    }

    // ---- reading plans ------------------------------------------------------------------------------------

    /**
     * Reads a plan from a file.
     *
     * @param file the file; its name as given is the {@linkplain InvalidPlanException#source() source} of problems
     * @return the plan
     * @throws InvalidPlanException if the file does not exist or does not hold a valid plan
     * @throws UncheckedIOException if reading the file fails otherwise
     */
    public static Plan readPlan(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidPlanException(source, List.of(InputProblems.fileNotFound(source)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        try (in) {
            return readPlan(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source, e);
        }
    }

    /**
     * Reads a plan from a stream of UTF-8 bytes; the stream is read up to its end (or past the size limit) and
     * not closed.
     *
     * @param in the stream
     * @param source what is read, e.g. a file name, named in the exception; may be null
     * @return the plan
     * @throws InvalidPlanException if the bytes do not hold a valid plan
     * @throws UncheckedIOException if reading the stream fails
     */
    public static Plan readPlan(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            // one byte more than allowed tells a document that is too large, without reading all of it
            bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (source == null ? "the plan" : source), e);
        }
        return read(bytes, source);
    }

    /**
     * Reads a plan from a JSON text.
     *
     * @param json the document; its size limit is that of its UTF-8 form
     * @return the plan
     * @throws InvalidPlanException if the text is not a valid plan; its source is null
     */
    public static Plan readPlan(String json) {
        Objects.requireNonNull(json, "json");
        return read(DocumentReader.read(json), null);
    }

    /**
     * Reads a plan from the UTF-8 bytes of a document, exactly as {@link #readPlan(String)} reads the text they
     * encode: the same {@link Limits} (the size limit is the array's length), the same problems with the same
     * pointers and messages, a leading byte-order mark skipped. Bytes that are not UTF-8 are one problem at
     * {@code ""} giving the line and column of the first bad byte, as when they are read from a stream. A caller
     * holding documents as bytes (lines of a JSON Lines file) thus need not decode them first.
     *
     * @param json the document's bytes; not changed, and not kept
     * @return the plan
     * @throws InvalidPlanException if the bytes do not hold a valid plan; its source is null
     */
    public static Plan readPlan(byte[] json) {
        Objects.requireNonNull(json, "json");
        return read(json, null);
    }

    private static Plan read(byte[] bytes, String source) {
        return read(DocumentReader.read(bytes), source);
    }

    private static Plan read(DocumentReader.Parsed parsed, String source) {
        if (parsed.problem() != null) {
            throw new InvalidPlanException(source, List.of(parsed.problem()));
        }
        PlanBinder.Result walked = PlanBinder.bind(parsed.root());
        Plan plan = walked.plan();
        List<PlanProblem> problems = new ArrayList<>(walked.problems());
        Set<String> structural = new HashSet<>();
        for (PlanProblem p : walked.problems()) {
            structural.add(p.path());
        }
        for (PlanProblem p : PlanValidator.problems(plan, walked.indexMap()::toDocument)) {
            if (!coveredBy(p.path(), structural)) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Pointers.PROBLEM_ORDER);
            throw new InvalidPlanException(source, problems);
        }
        return plan;
    }

    /**
     * Tells whether a problem the validator found on the bound plan follows from one the walker found at the same
     * pointer or above (e.g. an invalid date, left out and so missing): it is then not reported again.
     */
    private static boolean coveredBy(String pointer, Set<String> structural) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            if (structural.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    // ---- writing plans --------------------------------------------------------------------------------------

    /**
     * Writes a plan as a pretty-printed exchange-format document (two-space indent, {@code \n} line ends, no final
     * line end), fields in the spec's order. Left out: null optional fields, empty lists, a false
     * {@code changeNotified}, and milestones, minutes and result reports equal to their {@code NONE} defaults.
     * Always written: {@code sessions} (even empty) and the other required fields ({@code null} when a plan built
     * in Java lacks one). Reading the output back gives an equal plan, for a plan within the {@link Limits}
     * without input errors.
     *
     * @param plan the plan
     * @return the document
     */
    public static String writePlan(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return JsonSupport.writePretty(PlanTreeWriter.plan(plan));
    }

    // ---- results ----------------------------------------------------------------------------------------------

    /**
     * Writes a check result as the spec's result document on one line, for JSON Lines:
     * {@code {"plan","pack","asOf","violations":[{"ruleId","severity","path","message","messageEn",
     * "citation":{"document","section"},"details":{…}}],"obligations":[{"ruleId","dueOn","path","message",
     * "messageEn","citation":{…}}]}}. Details keep their map order; dates are ISO strings. A result with waivers
     * goes on with {@code "waived"} (each a violation's fields and its {@code "waiver"}), {@code "expiredWaivers"}
     * and {@code "unusedWaivers"}, each only when it is not empty: without waivers the document is the spec's,
     * byte for byte. A waiver is written as in a waiver file ({@link #writeWaivers}).
     *
     * @param result the result
     * @return the document, without line end
     * @throws IllegalArgumentException if a detail value is of a type JSON cannot hold (a bug in the rule)
     */
    public static String writeResult(CheckResult result) {
        Objects.requireNonNull(result, "result");
        return JsonSupport.writeCompact(ResultJson.write(result));
    }

    /**
     * The writer of {@link JsonSupport#writeCompact}, writing UTF-8 bytes: a surrogate pair as the 4 bytes of its
     * code point, as encoding the text gives, not as two <code>&#92;u</code> escapes.
     */
    private static final ObjectWriter COMPACT_UTF8 = JsonSupport.mapper().writer()
            .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    /**
     * Writes a check result as the UTF-8 bytes of {@link #writeResult}'s document, encoding it while writing it:
     * {@code writeResultBytes(r)} equals {@code writeResult(r).getBytes(StandardCharsets.UTF_8)} byte for byte,
     * without the text of the whole document being made. That includes a string holding an unpaired surrogate
     * (which a plan's <code>&#92;uD800</code> escape can make, and UTF-8 cannot encode): it is written as
     * {@code ?}, as {@link String#getBytes(java.nio.charset.Charset)} does.
     *
     * @param result the result
     * @return the document's bytes, without line end
     * @throws IllegalArgumentException if a detail value is of a type JSON cannot hold (a bug in the rule)
     */
    public static byte[] writeResultBytes(CheckResult result) {
        Objects.requireNonNull(result, "result");
        ObjectNode tree = ResultJson.write(result);
        byte[] bytes;
        try {
            bytes = COMPACT_UTF8.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises; anything else is a bug here
            throw new IllegalStateException("cannot write JSON tree", e);
        }
        // the UTF-8 writer escapes a surrogate it cannot pair, where encoding the text gives ?: rare, so such a
        // document is written as text again and encoded
        return escapesASurrogate(bytes) ? JsonSupport.writeCompact(tree).getBytes(StandardCharsets.UTF_8) : bytes;
    }

    /** Tells whether compact JSON bytes hold a backslash-u escape of a surrogate (U+D800 to U+DFFF). */
    private static boolean escapesASurrogate(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '\\') {
                if (i + 3 < json.length && json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')
                        && "89ABCDEFabcdef".indexOf(json[i + 3]) >= 0) {
                    return true;
                }
                i++; // past the escaped character, so that the second backslash of \\ starts no escape
            }
        }
        return false;
    }

    /**
     * Writes a check result as {@link #writeResult} does, indented over several lines.
     *
     * @param result the result
     * @return the document, without final line end
     */
    public static String writeResultPretty(CheckResult result) {
        Objects.requireNonNull(result, "result");
        return JsonSupport.writePretty(ResultJson.write(result));
    }

    /**
     * Reads a result document written by {@link #writeResult} or {@link #writeResultPretty}. Detail values come
     * back as JSON scalars: {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code BigInteger},
     * {@code Double}, null, or {@code List}s and {@code Map}s of those; a date written as a detail comes back as
     * its ISO string, an enum as its name.
     *
     * @param json the document
     * @return the result
     * @throws IllegalArgumentException if the text is not a result document (malformed JSON, a field missing,
     *     unknown or of the wrong type)
     */
    public static CheckResult readResult(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JsonSupport.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a result document: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("not a result document: the text is empty");
        }
        return ResultJson.read(root);
    }

    // ---- waiver files -----------------------------------------------------------------------------------------

    /**
     * Reads a waiver file: {@code {"waivers": [{"ruleId", "path", "reason", "approvedBy", "expiresOn"}, ...]}}, where
     * {@code path} is optional (absent or null waives the rule at every path) and the others are required. It is
     * read as strictly as a plan, under the same {@link Limits} (at most {@link Limits#MAX_ARRAY_ELEMENTS}
     * waivers), every problem reported at once with its JSON pointer. Whether each rule id names a rule of the
     * checked pack is the checker's question, not the reader's.
     *
     * @param file the file; its name as given is the {@linkplain InvalidWaiversException#source() source} of
     *     problems
     * @return the waivers, in file order
     * @throws InvalidWaiversException if the file does not exist or is not a valid waiver file
     * @throws UncheckedIOException if reading the file fails otherwise
     */
    public static List<Waiver> readWaivers(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidWaiversException(source, List.of(InputProblems.fileNotFound(source)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return WaiverFile.read(DocumentReader.read(bytes), source);
    }

    /**
     * Reads a waiver file given as text, as {@link #readWaivers(Path)} does.
     *
     * @param json the document
     * @return the waivers, in document order
     * @throws InvalidWaiversException if the text is not a valid waiver file; its source is null
     */
    public static List<Waiver> readWaivers(String json) {
        Objects.requireNonNull(json, "json");
        return WaiverFile.read(DocumentReader.read(json), null);
    }

    /**
     * Writes waivers as a pretty-printed waiver file, in the given order, {@code path} left out when null; reading
     * it back gives equal waivers.
     *
     * @param waivers the waivers
     * @return the document, without final line end
     */
    public static String writeWaivers(Collection<Waiver> waivers) {
        Objects.requireNonNull(waivers, "waivers");
        return JsonSupport.writePretty(WaiverFile.write(waivers));
    }

    // ---- input errors ---------------------------------------------------------------------------------------

    /**
     * Writes input problems as the command line's input-errors document, on one line:
     * {@code {"file", "inputErrors": [{"path", "message", "messageEn", "value"}, ...]}}, in the given order;
     * {@code file} is left out when {@code source} is null, a problem's {@code value} when it has none.
     *
     * @param source what was read, e.g. a file name, or null
     * @param problems the problems
     * @return the document, without line end
     */
    public static String writeInputErrors(String source, List<PlanProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        return JsonSupport.writeCompact(InputErrorsJson.write(source, problems));
    }

    /**
     * Writes an input exception's problems (an invalid plan, waiver file or calendar file) as
     * {@link #writeInputErrors(String, List)} does, its {@linkplain InputException#source() source} as
     * {@code file}.
     *
     * @param e the exception
     * @return the document, without line end
     */
    public static String writeInputErrors(InputException e) {
        Objects.requireNonNull(e, "e");
        return writeInputErrors(e.source(), e.problems());
    }

    // ---- Jackson ------------------------------------------------------------------------------------------------

    /**
     * Returns a Jackson 2 module that makes any {@code ObjectMapper} read and write the exchange format as this
     * class does: register it with {@code mapper.registerModule(ExchangeFormat.jacksonModule())} or, in Spring Boot,
     * declare it as a bean.
     *
     * <p>With it, a mapper reads {@link Plan} and {@link Waiver} (one waiver object, as in a waiver file's list)
     * through this class's reader: the same {@link Limits}, the same checks, every problem at once as an
     * {@link InvalidPlanException} (or {@link InvalidWaiversException}) with JSON pointers relative to the value
     * read. It writes {@link Plan} as {@link #writePlan}, {@link CheckResult} as {@link #writeResult}, a
     * {@link Waiver} as in a waiver file, a {@link PlanProblem} as one element of {@code inputErrors}, and
     * every {@link InputException} as {@link #writeInputErrors}: to a JSON text
     * output the bytes are this class's, whatever the mapper's own indentation or escaping settings.
     *
     * <p>Reading copies the value's tokens through the mapper's parser first, so what that parser refuses is
     * refused (as a problem at {@code ""} with line and column), and what it was configured to accept beyond
     * JSON (comments, single quotes) is accepted. A JSON error that parser meets is located in the given text;
     * a {@linkplain Limits limit} exceeded is located in the compact copy the limits are checked on.
     *
     * @return a new module; modules are stateless, so one may be shared
     */
    public static com.fasterxml.jackson.databind.Module jacksonModule() {
        return new ExchangeModule();
    }
}
