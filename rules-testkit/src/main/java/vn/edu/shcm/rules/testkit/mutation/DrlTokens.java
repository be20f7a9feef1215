package vn.edu.shcm.rules.testkit.mutation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL text into tokens, enough to find rules, their {@code when} parts, patterns, constraints, operators and
 * numbers: comments and string literals are single tokens, so nothing inside them is ever changed.
 */
final class DrlTokens {

    enum Type { SPACE, COMMENT, STRING, NUMBER, IDENT, OP }

    record Token(Type type, String text, int start, int end) {
        boolean is(String s) {
            return (type == Type.OP || type == Type.IDENT) && text.equals(s);
        }

        boolean code() {
            return type != Type.SPACE && type != Type.COMMENT;
        }
    }

    private static final String[] OPS = {"&&", "||", "==", "!=", "<=", ">=", ":=", "->", "::"};

    private DrlTokens() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            Type type;
            if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                type = Type.SPACE;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                type = Type.COMMENT;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                type = Type.COMMENT;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 1);
                type = Type.STRING;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.'
                        && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                    i++;
                }
                type = Type.NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                type = Type.IDENT;
            } else {
                i++;
                for (String op : OPS) {
                    if (s.startsWith(op, start)) {
                        i = start + op.length();
                        break;
                    }
                }
                type = Type.OP;
            }
            out.add(new Token(type, s.substring(start, i), start, i));
        }
        return out;
    }
}
