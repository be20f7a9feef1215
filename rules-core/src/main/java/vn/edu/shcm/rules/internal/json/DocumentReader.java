package vn.edu.shcm.rules.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.edu.shcm.rules.ExchangeFormat.Limits;
import vn.edu.shcm.rules.PlanProblem;
import vn.edu.shcm.rules.internal.InputProblems;
import vn.edu.shcm.rules.internal.InputProblems.Kind;
import vn.edu.shcm.rules.internal.InputProblems.Syntax;

/**
 * Turns the bytes of a plan document into a JSON object tree, or into the one problem (at pointer {@code ""},
 * with line and column) that keeps it from being one: not UTF-8, empty, malformed or truncated JSON, a value
 * other than an object, content after the object, or a read limit exceeded.
 *
 * <p>The bytes must be UTF-8 (RFC 8259 §8.1); a leading byte-order mark is skipped. They are decoded strictly
 * here, so that no other encoding is guessed, and then parsed by Jackson with the {@link Limits}.
 */
public final class DocumentReader {

    /** Reads one tree; what follows it is this class's own check, with its own message. */
    private static final ObjectReader TREE_READER =
            JsonSupport.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The outcome: exactly one of {@code root} and {@code problem} is non-null. */
    public record Parsed(ObjectNode root, PlanProblem problem) {
    }

    private DocumentReader() {
    }

    /** Reads a document of at most {@link Limits#MAX_DOCUMENT_BYTES} bytes. */
    public static Parsed read(byte[] bytes) {
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            return failed(InputProblems.documentTooLarge());
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharBuffer chars = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start), chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return failed(invalidUtf8(chars));
        }
        chars.flip();
        return parse(chars.array(), 0, chars.limit());
    }

    /**
     * Reads a document given as text, whose UTF-8 form must be at most {@link Limits#MAX_DOCUMENT_BYTES} bytes; a
     * leading byte-order mark is skipped. The text is parsed as it is, so no re-encoding changes it.
     */
    public static Parsed read(String text) {
        // a char takes at most 3 bytes in UTF-8 (a surrogate pair, 2 chars, takes 4): short texts need no count
        if (text.length() > Limits.MAX_DOCUMENT_BYTES / 3 && utf8Length(text) > Limits.MAX_DOCUMENT_BYTES) {
            return failed(InputProblems.documentTooLarge());
        }
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        return parse(text.toCharArray(), start, text.length() - start);
    }

    /** The length of the text in UTF-8, counting an unpaired surrogate as the three bytes it would take. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static PlanProblem invalidUtf8(CharBuffer decodedSoFar) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return InputProblems.invalidUtf8(line, column);
    }

    private static Parsed parse(char[] chars, int offset, int length) {
        JsonParser parser = null;
        try {
            parser = JsonSupport.mapper().createParser(chars, offset, length);
            JsonToken first = parser.nextToken();
            if (first == null) {
                JsonLocation at = parser.currentLocation();
                return failed(InputProblems.emptyDocument(line(at), column(at)));
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                return failed(InputProblems.notAnObject(line(at), column(at), kindOf(first)));
            }
            JsonNode root = TREE_READER.readTree(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return failed(InputProblems.trailingContent(line(at), column(at)));
            }
            return new Parsed((ObjectNode) root, null);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            return failed(problem(e, line(at), column(at)));
        } catch (IOException e) {
            // parsing from memory does no I/O; Jackson only declares it
            return failed(InputProblems.malformed(1, 1, Syntax.OTHER, null));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // nothing to release for an in-memory source
                }
            }
        }
    }

    /**
     * The problem a parser's exception stands for, located where the exception says (line and column 1 when it
     * says nothing): what {@link #read} reports when its own parser fails, for a document another parser read.
     */
    public static PlanProblem problemOf(JacksonException e) {
        JsonLocation at = e.getLocation();
        return problem(e, line(at), column(at));
    }

    private static PlanProblem problem(JacksonException e, int line, int column) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return InputProblems.tooDeep(line, column);
            }
            if (message.contains("String value length") || message.contains("Name length")) {
                return InputProblems.stringTooLong(line, column);
            }
            if (message.contains("Number value length")) {
                return InputProblems.numberTooLong(line, column);
            }
            if (message.contains("Token count")) {
                return InputProblems.tooManyTokens(line, column);
            }
            if (message.contains("Document length")) {
                return InputProblems.documentTooLarge();
            }
        }
        if (e instanceof JsonEOFException) {
            return InputProblems.truncated(line, column);
        }
        String duplicate = "Duplicate field '";
        if (message.startsWith(duplicate) && message.endsWith("'")) {
            return InputProblems.duplicateKey(line, column,
                    message.substring(duplicate.length(), message.length() - 1));
        }
        return syntax(message, line, column);
    }

    private static final java.util.regex.Pattern CHARACTER =
            java.util.regex.Pattern.compile("^Unexpected character \\('.*?' \\(code (\\d+)\\)\\)");
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final java.util.regex.Pattern ESCAPE =
            java.util.regex.Pattern.compile("^Unrecognized character escape '.*?' \\(code (\\d+)\\)");
    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile(
            "^Unexpected close marker '(.)': expected '(.)'.*?line: (\\d+), column: (\\d+)", java.util.regex.Pattern.DOTALL);

    /**
     * Says in the user's terms what a syntax error is: Jackson's message is read only to tell the kinds apart and
     * to learn the offending character; none of its words reach the user.
     */
    static PlanProblem syntax(String message, int line, int column) {
        java.util.regex.Matcher m = CLOSE.matcher(message);
        if (m.find()) {
            return InputProblems.mismatchedClose(line, column, m.group(1).charAt(0), m.group(2).charAt(0),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = CONTROL.matcher(message);
        if (m.find()) {
            return InputProblems.malformed(line, column, Syntax.CONTROL_CHARACTER, codePoint(m.group(1)));
        }
        m = ESCAPE.matcher(message);
        if (m.find()) {
            return InputProblems.malformed(line, column, Syntax.ESCAPE, "\\" + codePoint(m.group(1)));
        }
        m = TOKEN.matcher(message);
        if (m.find()) {
            String word = m.group(1);
            boolean notANumber = message.startsWith("Non-standard") || word.equals("NaN") || word.contains("Infinity");
            return InputProblems.malformed(line, column, notANumber ? Syntax.NOT_A_NUMBER : Syntax.WORD, word);
        }
        m = CHARACTER.matcher(message);
        String found = m.find() ? codePoint(m.group(1)) : null;
        Syntax what;
        if (message.contains("in numeric value") || message.startsWith("Invalid numeric value")) {
            what = Syntax.NUMBER;
        } else if (message.contains("hex-digit for character escape")) {
            what = Syntax.UNICODE_ESCAPE;
        } else if (message.contains("comment")) {
            what = Syntax.COMMENT;
        } else if (message.contains("double-quote to start field name")) {
            what = Syntax.FIELD_NAME;
        } else if (message.contains("expected a valid value")) {
            what = Syntax.VALUE;
        } else if (message.contains("colon to separate field name and value")) {
            what = Syntax.COLON;
        } else if (message.contains("comma to separate Object entries")) {
            what = Syntax.OBJECT_SEPARATOR;
        } else if (message.contains("comma to separate Array entries")) {
            what = Syntax.ARRAY_SEPARATOR;
        } else {
            what = Syntax.OTHER;
        }
        return InputProblems.malformed(line, column, what, what == Syntax.NUMBER ? null : found);
    }

    private static String codePoint(String decimal) {
        try {
            return Character.toString(Integer.parseInt(decimal));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Kind kindOf(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> Kind.LIST;
            case VALUE_STRING -> Kind.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Kind.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> Kind.BOOLEAN;
            default -> Kind.NULL;
        };
    }

    private static int line(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 1 : Math.max(1, at.getColumnNr());
    }

    private static Parsed failed(PlanProblem problem) {
        return new Parsed(null, problem);
    }
}
