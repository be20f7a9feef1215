package vn.edu.shcm.rules.testkit.mutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.shcm.rules.testkit.mutation.DrlTokens.Token;
import vn.edu.shcm.rules.testkit.mutation.DrlTokens.Type;

/**
 * Makes the mutants of one DRL file, working on its tokens: the {@code when} part of each rule (patterns, their
 * constraints, operators, numbers, {@code not} and {@code exists}), the rule's {@code @severity}, and the numbers and
 * comparisons of the file's {@code function}s, which rules call for their dates and limits. Comments and strings are
 * never changed; the consequences ({@code then}) are left alone, since they only report.
 */
final class DrlMutator {

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Map<String, String> FLIP = Map.of("==", "!=", "!=", "==", "<", ">=", ">=", "<",
            ">", "<=", "<=", ">");
    private static final Map<String, String> BOUNDARY = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    private final String file;
    private final String text;
    private final List<Token> tokens;
    private final Map<String, Mutant> mutants = new LinkedHashMap<>();

    private DrlMutator(String file, String text) {
        this.file = file;
        this.text = text;
        this.tokens = DrlTokens.tokenize(text);
    }

    /** Returns the mutants of a DRL file, each once (two changes giving the same text count once). */
    static List<Mutant> mutants(String file, String text) {
        DrlMutator m = new DrlMutator(file, text);
        m.scan();
        return List.copyOf(m.mutants.values());
    }

    /** Returns the mutants of a pack descriptor: each whole-number parameter moved by one. */
    static List<Mutant> parameterMutants(String file, String json) {
        List<Mutant> out = new ArrayList<>();
        int params = json.indexOf("\"parameters\"");
        if (params < 0) {
            return out;
        }
        int close = json.indexOf('}', params);
        Matcher m = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"(-?\\d+)\"").matcher(json);
        m.region(params, close);
        while (m.find()) {
            long value = Long.parseLong(m.group(2));
            for (long moved : new long[] {value - 1, value + 1}) {
                String after = json.substring(0, m.start(2)) + moved + json.substring(m.end(2));
                out.add(new Mutant("parameter " + m.group(1), file, lineOf(json, m.start(2)), Mutant.Kind.NUMBER,
                        m.group(1) + " = " + value + " → " + moved, after));
            }
        }
        return out;
    }

    private void scan() {
        int i = 0;
        int braces = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.is("{")) {
                braces++;
            } else if (t.is("}")) {
                braces--;
            } else if (braces == 0 && t.is("rule")) {
                i = rule(i);
                continue;
            } else if (braces == 0 && t.is("function")) {
                i = function(i);
                continue;
            }
            i++;
        }
    }

    private int rule(int at) {
        int nameAt = nextCode(at);
        if (nameAt < 0 || tokens.get(nameAt).type() != Type.STRING) {
            return at + 1;
        }
        String name = unquote(tokens.get(nameAt).text());
        int when = nameAt;
        while (when < tokens.size() && !tokens.get(when).is("when")) {
            Token t = tokens.get(when);
            if (t.is("severity") && when > 0 && tokens.get(when - 1).is("@")) {
                severity(name, when);
            }
            when++;
        }
        int then = when;
        int depth = 0;
        while (then < tokens.size() && !(depth == 0 && tokens.get(then).is("then"))) {
            depth += open(tokens.get(then)) ? 1 : close(tokens.get(then)) ? -1 : 0;
            then++;
        }
        if (then >= tokens.size()) {
            return tokens.size();
        }
        whenPart(name, when + 1, then);
        Matcher end = END.matcher(text);
        if (!end.find(tokens.get(then).end())) {
            return tokens.size();
        }
        int next = then;
        while (next < tokens.size() && tokens.get(next).start() < end.end()) {
            next++;
        }
        return next;
    }

    private int function(int at) {
        int brace = at;
        String name = "?";
        while (brace < tokens.size() && !tokens.get(brace).is("{")) {
            if (tokens.get(brace).is("(") && brace > 0) {
                int prev = prevCode(brace);
                name = prev >= 0 ? tokens.get(prev).text() : name;
            }
            brace++;
        }
        int depth = 0;
        int end = brace;
        for (; end < tokens.size(); end++) {
            if (tokens.get(end).is("{")) {
                depth++;
            } else if (tokens.get(end).is("}") && --depth == 0) {
                break;
            }
        }
        String rule = "function " + name;
        for (int k = brace + 1; k < end && k < tokens.size(); k++) {
            operatorAndNumber(rule, k);
        }
        return end + 1;
    }

    private void severity(String rule, int at) {
        int open = nextCode(at);
        int value = open < 0 ? -1 : nextCode(open);
        if (value < 0 || tokens.get(value).type() != Type.STRING) {
            return;
        }
        String severity = unquote(tokens.get(value).text()).trim();
        String other = switch (severity) {
            case "ERROR" -> "WARNING";
            case "WARNING" -> "ERROR";
            case "INFO" -> "WARNING";
            default -> null;
        };
        if (other != null) {
            Token t = tokens.get(value);
            add(rule, Mutant.Kind.SEVERITY, t.start(), t.end(), "\"" + other + "\"", "@severity(" + severity + ") → @severity("
                    + other + ")");
        }
    }

    private void whenPart(String rule, int from, int to) {
        for (int k = from; k < to; k++) {
            operatorAndNumber(rule, k);
            Token t = tokens.get(k);
            if (t.is("not") && nextCode(k) >= 0 && !tokens.get(nextCode(k)).is("in")
                    && (prevCode(k) < 0 || !tokens.get(prevCode(k)).is("in"))) {
                int next = nextCode(k);
                if (isPatternStart(next) || tokens.get(next).is("(")) {
                    add(rule, Mutant.Kind.NEGATE, t.start(), tokens.get(next).start(), "", "not … → (dropped not)");
                }
            } else if (t.is("exists")) {
                add(rule, Mutant.Kind.NEGATE, t.start(), t.end(), "not", "exists … → not …");
            }
        }
        int k = from;
        while (k < to) {
            if (isPatternStart(k)) {
                int open = nextCode(k);
                int close = matching(open);
                pattern(rule, tokens.get(k).text(), open, close);
                k = close + 1;
            } else {
                k++;
            }
        }
    }

    private void operatorAndNumber(String rule, int k) {
        Token t = tokens.get(k);
        if (t.type() == Type.OP && BOUNDARY.containsKey(t.text())) {
            add(rule, Mutant.Kind.BOUNDARY, t.start(), t.end(), BOUNDARY.get(t.text()),
                    context(k) + " : " + t.text() + " → " + BOUNDARY.get(t.text()));
        } else if (t.type() == Type.NUMBER && t.text().chars().allMatch(Character::isDigit)) {
            long value = Long.parseLong(t.text());
            for (long moved : new long[] {value - 1, value + 1}) {
                String replacement = moved < 0 ? "(" + moved + ")" : Long.toString(moved);
                add(rule, Mutant.Kind.NUMBER, t.start(), t.end(), replacement,
                        context(k) + " : " + value + " → " + moved);
            }
        }
    }

    private boolean isPatternStart(int k) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        if (t.type() != Type.IDENT || !Character.isUpperCase(t.text().charAt(0))) {
            return false;
        }
        int prev = prevCode(k);
        int next = nextCode(k);
        return (prev < 0 || !tokens.get(prev).is(".")) && next >= 0 && tokens.get(next).is("(");
    }

    private void pattern(String rule, String type, int open, int close) {
        List<List<Integer>> segments = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (depth == 0 && t.is(",")) {
                segments.add(current);
                current = new ArrayList<>();
                continue;
            }
            depth += open(t) ? 1 : close(t) ? -1 : 0;
            if (t.code()) {
                current.add(k);
            }
        }
        segments.add(current);
        segments.removeIf(List::isEmpty);
        for (int s = 0; s < segments.size(); s++) {
            constraint(rule, type, segments, s);
        }
    }

    private void constraint(String rule, String type, List<List<Integer>> segments, int s) {
        List<Integer> seg = segments.get(s);
        int first = seg.get(0);
        int last = seg.get(seg.size() - 1);
        boolean bound = seg.size() > 2 && tokens.get(first).text().startsWith("$") && tokens.get(seg.get(1)).is(":");
        List<Integer> expr = bound ? seg.subList(2, seg.size()) : seg;
        List<List<Integer>> operands = split(expr);
        int comparison = topComparison(expr);
        String where = type + "( " + text(first, last) + " )";
        if (bound) {
            if (operands.size() != 1 || comparison < 0) {
                return;
            }
            Token op = tokens.get(comparison);
            add(rule, Mutant.Kind.DROP_CONSTRAINT, op.start(), tokens.get(last).end(), "",
                    where + " → keep the binding, drop the test");
            add(rule, Mutant.Kind.NEGATE, op.start(), op.end(), FLIP.get(op.text()),
                    where + " : " + op.text() + " → " + FLIP.get(op.text()));
            return;
        }
        // drop the whole constraint with one comma next to it
        int dropFrom;
        int dropTo;
        if (s + 1 < segments.size()) {
            dropFrom = tokens.get(first).start();
            dropTo = tokens.get(segments.get(s + 1).get(0)).start();
        } else if (s > 0) {
            List<Integer> prev = segments.get(s - 1);
            dropFrom = tokens.get(prev.get(prev.size() - 1)).end();
            dropTo = tokens.get(last).end();
        } else {
            dropFrom = tokens.get(first).start();
            dropTo = tokens.get(last).end();
        }
        add(rule, Mutant.Kind.DROP_CONSTRAINT, dropFrom, dropTo, "", where + " → dropped");
        if (operands.size() == 1) {
            negate(rule, where, expr);
            return;
        }
        add(rule, Mutant.Kind.NEGATE, tokens.get(first).start(), tokens.get(last).end(),
                "!( " + text(first, last) + " )", where + " → negated as a whole");
        for (int o = 0; o < operands.size(); o++) {
            List<Integer> operand = operands.get(o);
            int oFirst = operand.get(0);
            int oLast = operand.get(operand.size() - 1);
            int from;
            int to;
            if (o + 1 < operands.size()) {
                from = tokens.get(oFirst).start();
                to = tokens.get(operands.get(o + 1).get(0)).start();
            } else {
                List<Integer> prev = operands.get(o - 1);
                from = tokens.get(prev.get(prev.size() - 1)).end();
                to = tokens.get(oLast).end();
            }
            add(rule, Mutant.Kind.DROP_CONSTRAINT, from, to, "", where + " → operand " + text(oFirst, oLast)
                    + " dropped");
            negate(rule, where, operand);
        }
    }

    /** Negates one test: flips its comparison, toggles "not in", removes its "!" or puts one. */
    private void negate(String rule, String where, List<Integer> operand) {
        int comparison = topComparison(operand);
        int first = operand.get(0);
        int last = operand.get(operand.size() - 1);
        String shown = text(first, last);
        if (comparison >= 0) {
            Token op = tokens.get(comparison);
            add(rule, Mutant.Kind.NEGATE, op.start(), op.end(), FLIP.get(op.text()),
                    where + " : " + shown + " → " + op.text() + " flipped to " + FLIP.get(op.text()));
            return;
        }
        int in = topIdent(operand, "in");
        if (in >= 0) {
            int prev = prevCode(in);
            if (prev >= 0 && tokens.get(prev).is("not")) {
                add(rule, Mutant.Kind.NEGATE, tokens.get(prev).start(), tokens.get(in).start(), "",
                        where + " : " + shown + " → in");
            } else {
                add(rule, Mutant.Kind.NEGATE, tokens.get(in).start(), tokens.get(in).start(), "not ",
                        where + " : " + shown + " → not in");
            }
            return;
        }
        if (tokens.get(first).is("!")) {
            add(rule, Mutant.Kind.NEGATE, tokens.get(first).start(), tokens.get(first).end(), "",
                    where + " : " + shown + " → without !");
        } else {
            add(rule, Mutant.Kind.NEGATE, tokens.get(first).start(), tokens.get(last).end(), "!( " + shown + " )",
                    where + " : " + shown + " → negated");
        }
    }

    /** Splits a constraint at its top-level && and ||. */
    private List<List<Integer>> split(List<Integer> expr) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int depth = 0;
        for (int k : expr) {
            Token t = tokens.get(k);
            if (depth == 0 && (t.is("&&") || t.is("||"))) {
                out.add(current);
                current = new ArrayList<>();
                continue;
            }
            depth += open(t) ? 1 : close(t) ? -1 : 0;
            current.add(k);
        }
        out.add(current);
        out.removeIf(List::isEmpty);
        return out;
    }

    private int topComparison(List<Integer> expr) {
        int depth = 0;
        for (int k : expr) {
            Token t = tokens.get(k);
            if (depth == 0 && t.type() == Type.OP && COMPARISONS.contains(t.text())) {
                return k;
            }
            depth += open(t) ? 1 : close(t) ? -1 : 0;
        }
        return -1;
    }

    private int topIdent(List<Integer> expr, String word) {
        int depth = 0;
        for (int k : expr) {
            Token t = tokens.get(k);
            if (depth == 0 && t.is(word)) {
                return k;
            }
            depth += open(t) ? 1 : close(t) ? -1 : 0;
        }
        return -1;
    }

    private void add(String rule, Mutant.Kind kind, int start, int end, String replacement, String change) {
        String mutated = text.substring(0, start) + replacement + text.substring(end);
        if (!mutated.equals(text)) {
            mutants.putIfAbsent(mutated, new Mutant(rule, file, lineOf(text, start), kind,
                    change.replaceAll("\\s+", " "), mutated));
        }
    }

    /** The source line around a token, trimmed, for a change's description. */
    private String context(int k) {
        int start = text.lastIndexOf('\n', tokens.get(k).start()) + 1;
        int end = text.indexOf('\n', tokens.get(k).start());
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    private String text(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end()).replaceAll("\\s+", " ");
    }

    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            depth += open(tokens.get(k)) ? 1 : close(tokens.get(k)) ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    private int nextCode(int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            if (tokens.get(j).code()) {
                return j;
            }
        }
        return -1;
    }

    private int prevCode(int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (tokens.get(j).code()) {
                return j;
            }
        }
        return -1;
    }

    private static boolean open(Token t) {
        return t.is("(") || t.is("[") || t.is("{");
    }

    private static boolean close(Token t) {
        return t.is(")") || t.is("]") || t.is("}");
    }

    private static String unquote(String s) {
        return s.length() >= 2 ? s.substring(1, s.length() - 1) : s;
    }

    static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
