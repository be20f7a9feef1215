package vn.edu.shcm.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills a message template's {@code {name}} placeholders from named values, formatted for Vietnamese or
 * English: {@code {Name}} capitalises the first letter. Values are inserted as text once; they are never
 * interpreted, so a plan's text cannot inject placeholders or expressions.
 */
public final class MessageFormatter {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private MessageFormatter() {
    }

    /**
     * Formats a template.
     *
     * @throws IllegalArgumentException if the template names a value that is not given, or is malformed
     */
    public static String format(String template, Map<String, ?> values, boolean vietnamese) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in template: " + template);
            }
            String name = template.substring(i + 1, close);
            String key = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            boolean capitalise = Character.isUpperCase(name.charAt(0));
            if (!values.containsKey(name) && !values.containsKey(key)) {
                throw new IllegalArgumentException("template names {" + name + "} but the rule gives only "
                        + values.keySet() + ": " + template);
            }
            Object value = values.containsKey(name) ? values.get(name) : values.get(key);
            String text = text(value, vietnamese);
            out.append(capitalise && !text.isEmpty()
                    ? text.substring(0, 1).toUpperCase(vietnamese ? Locale.forLanguageTag("vi") : Locale.ROOT)
                            + text.substring(1)
                    : text);
            i = close + 1;
        }
        return out.toString();
    }

    /** Returns a value as message text. */
    public static String text(Object value, boolean vietnamese) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate d) {
            return vietnamese ? VI_DATE.format(d) : d.toString();
        }
        if (value instanceof Text t) {
            return t.in(vietnamese);
        }
        if (value instanceof Enum<?> e) {
            return Labels.of(e).in(vietnamese);
        }
        if (value instanceof Boolean b) {
            return vietnamese ? (b ? "có" : "không") : (b ? "yes" : "no");
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> text(v, vietnamese)).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
