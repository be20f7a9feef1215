package vn.edu.shcm.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Fills a message template's {@code {name}} placeholders from named values, formatted for Vietnamese or
 * English: {@code {Name}} capitalises the first letter. Values are inserted as text once; they are never
 * interpreted, so a plan's text cannot inject placeholders or expressions.
 */
public final class MessageFormatter {

    /** Parsed templates: texts alternating with placeholders; the templates of loaded packs, a bounded set. */
    private static final Map<String, Part[]> PARSED = new ConcurrentHashMap<>();

    /** Beyond this many distinct templates, parse without keeping (templates come from packs: never reached). */
    private static final int CACHE_LIMIT = 10_000;

    /** A piece of a template: literal text, or a placeholder naming a value. */
    private record Part(String text, String key, boolean capitalise) {
    }

    private MessageFormatter() {
    }

    /** Named values a template is filled from, looked up without copying them into one map. */
    public interface Values {
        /** Tells whether a value of the name is given (it may be null). */
        boolean has(String name);

        /** Returns the value of the name, or null. */
        Object get(String name);

        /** Returns the names given, for messages. */
        Collection<String> names();
    }

    /**
     * Formats a template.
     *
     * @throws IllegalArgumentException if the template names a value that is not given, or is malformed
     */
    public static String format(String template, Map<String, ?> values, boolean vietnamese) {
        return format(template, new Values() {
            @Override
            public boolean has(String name) {
                return values.containsKey(name);
            }

            @Override
            public Object get(String name) {
                return values.get(name);
            }

            @Override
            public Collection<String> names() {
                return values.keySet();
            }
        }, vietnamese);
    }

    /**
     * Formats a template with values looked up by name.
     *
     * @throws IllegalArgumentException if the template names a value that is not given, or is malformed
     */
    public static String format(String template, Values values, boolean vietnamese) {
        Part[] parts = PARSED.get(template);
        if (parts == null) {
            parts = parse(template);
            if (PARSED.size() < CACHE_LIMIT) {
                PARSED.put(template, parts);
            }
        }
        StringBuilder out = new StringBuilder(template.length() + 48);
        for (Part part : parts) {
            if (part.key() == null) {
                out.append(part.text());
                continue;
            }
            String name = part.text();
            boolean named = values.has(name);
            if (!named && !values.has(part.key())) {
                throw new IllegalArgumentException("template names {" + name + "} but the rule gives only "
                        + values.names() + ": " + template);
            }
            String text = text(named ? values.get(name) : values.get(part.key()), vietnamese);
            if (part.capitalise() && !text.isEmpty()) {
                int first = text.codePointAt(0);
                out.appendCodePoint(Character.toUpperCase(first)).append(text, Character.charCount(first),
                        text.length());
            } else {
                out.append(text);
            }
        }
        return out.toString();
    }

    private static Part[] parse(String template) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(template.substring(i), null, false));
                break;
            }
            if (open > i) {
                parts.add(new Part(template.substring(i, open), null, false));
            }
            int close = template.indexOf('}', open);
            if (close < 0 || close == open + 1) {
                throw new IllegalArgumentException("unclosed or empty placeholder in template: " + template);
            }
            String name = template.substring(open + 1, close);
            parts.add(new Part(name, Character.toLowerCase(name.charAt(0)) + name.substring(1),
                    Character.isUpperCase(name.charAt(0))));
            i = close + 1;
        }
        return parts.toArray(Part[]::new);
    }

    /** Returns a value as message text. */
    public static String text(Object value, boolean vietnamese) {
        if (value == null) {
            return "—";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof LocalDate d) {
            return vietnamese ? vietnameseDate(d) : d.toString();
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

    /**
     * {@code dd/MM/uuuu}, the Vietnamese way, as {@link java.time.format.DateTimeFormatter} would print it (years
     * padded to four digits, a sign before years under 0 or over 9999), without its cost.
     */
    private static String vietnameseDate(LocalDate d) {
        StringBuilder b = new StringBuilder(12);
        int day = d.getDayOfMonth();
        int month = d.getMonthValue();
        b.append(day < 10 ? "0" : "").append(day).append('/').append(month < 10 ? "0" : "").append(month).append('/');
        int year = d.getYear();
        if (year < 0) {
            b.append('-');
        } else if (year > 9999) {
            b.append('+');
        }
        int abs = Math.abs(year);
        if (abs < 1000) {
            b.append(abs < 10 ? "000" : abs < 100 ? "00" : "0");
        }
        return b.append(abs).toString();
    }
}
