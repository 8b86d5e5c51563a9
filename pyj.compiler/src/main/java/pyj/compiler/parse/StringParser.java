// String, bytes and f-string literals: escape decoding, implicit concatenation, replacement fields.
package pyj.compiler.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Pos;
import pyj.compiler.code.Constant;
import pyj.compiler.error.CompileError;
import pyj.compiler.tokenize.Token;
import pyj.compiler.tokenize.TokenKind;

/**
 * Builds the AST for a run of adjacent string tokens: a Constant (str or bytes) or, when any of
 * them is an f-string, a JoinedStr whose adjacent literal parts are merged as CPython does.
 */
final class StringParser {
    private final Parser p;
    /** Warnings (invalid escape sequences) found while decoding, for the compiler to report. */
    final List<Warning> warnings = new ArrayList<>();

    /** A warning found while decoding a literal, with the span of the token it is in. */
    record Warning(String category, String message, Token at) {}

    StringParser(Parser p) {
        this.p = p;
    }

    Expr strings() {
        Token first = p.peek();
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        List<Object> parts = new ArrayList<>();  // Literal, byte[] or Expr (FormattedValue)
        String kind = null;
        boolean firstTok = true;
        while (p.peek().is(TokenKind.STRING) || p.peek().is(TokenKind.FSTRING_START)) {
            Token t = p.peek();
            if (t.is(TokenKind.STRING)) {
                p.next();
                String text = t.text();
                int q = 0;
                while (text.charAt(q) != '\'' && text.charAt(q) != '"') q++;
                String prefix = text.substring(0, q).toLowerCase();
                boolean isBytes = prefix.indexOf('b') >= 0;
                boolean raw = prefix.indexOf('r') >= 0;
                // The kind is "u" for a literal written with a lowercase u, as CPython checks it.
                String literalKind = text.startsWith("u") ? "u" : null;
                if (firstTok) kind = literalKind;
                int ql = text.startsWith("\"\"\"", q) || text.startsWith("'''", q) ? 3 : 1;
                String body = text.substring(q + ql, text.length() - ql);
                if (isBytes) {
                    anyBytes = true;
                    parts.add(decodeBytes(body, raw, t));
                } else {
                    anyStr = true;
                    parts.add(new Literal(raw ? body : decodeStr(body, t, false), literalKind, p.tokenPos(t)));
                }
            } else {
                anyStr = true;
                anyF = true;
                fstring(parts);
            }
            firstTok = false;
        }
        Pos pos = p.pos(first);
        if (anyBytes && anyStr) {
            throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "cannot mix bytes and nonbytes literals");
        }
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object o : parts) out.writeBytes((byte[]) o);
            return new Expr.ConstantExpr(new Constant.Bytes(out.toByteArray()), null, pos);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Object o : parts) sb.append(((Literal) o).text());
            return new Expr.ConstantExpr(new Constant.Str(sb.toString()), kind, pos);
        }
        return new Expr.JoinedStr(merge(parts), pos);
    }

    /** A literal piece of a string with its kind ("u" or null) and where it was written. */
    private record Literal(String text, String kind, Pos pos) {}

    /**
     * Merges adjacent literal parts into JoinedStr values, dropping empty results; a merged part
     * has the kind of the first literal in it.
     */
    private static List<Expr> merge(List<Object> parts) {
        List<Expr> values = new ArrayList<>();
        List<Literal> run = new ArrayList<>();
        for (Object o : parts) {
            if (o instanceof Literal l) {
                run.add(l);
            } else {
                addMerged(values, run);
                run.clear();
                values.add((Expr) o);
            }
        }
        addMerged(values, run);
        return values;
    }

    private static void addMerged(List<Expr> values, List<Literal> run) {
        if (run.isEmpty()) return;
        StringBuilder text = new StringBuilder();
        for (Literal l : run) text.append(l.text());
        if (text.isEmpty()) return;
        Literal first = run.get(0);
        Pos pos = first.pos().to(run.get(run.size() - 1).pos());
        values.add(new Expr.ConstantExpr(new Constant.Str(text.toString()), first.kind(), pos));
    }

    /**
     * Reads one f-string from FSTRING_START to FSTRING_END into parts. Its literal pieces are
     * decoded once the whole f-string is read, as CPython does (so a bad escape is reported after it).
     */
    private void fstring(List<Object> parts) {
        Token start = p.next();
        String prefix = start.text().replaceAll("['\"]", "").toLowerCase();
        boolean raw = prefix.indexOf('r') >= 0;
        int first = parts.size();
        for (;;) {
            Token t = p.peek();
            if (t.is(TokenKind.FSTRING_END)) {
                p.next();
                for (int i = first; i < parts.size(); i++) {
                    if (parts.get(i) instanceof Token middle) parts.set(i, decodeMiddle(middle, raw));
                }
                // An f-string's own pieces that decode to nothing are dropped before concatenation.
                parts.subList(first, parts.size()).removeIf(o -> o instanceof Literal l && l.text().isEmpty());
                return;
            }
            if (t.is(TokenKind.FSTRING_MIDDLE)) {
                p.next();
                parts.add(t);
                continue;
            }
            if (t.isOp("{")) {
                replacementField(parts, raw);
                continue;
            }
            throw Parser.fail();
        }
    }

    private Literal decodeMiddle(Token t, boolean raw) {
        String body = t.text().replace("{{", "{").replace("}}", "}");
        return new Literal(raw ? body : decodeStr(body, t, true), null, p.tokenPos(t));
    }

    /** fstring_replacement_field: the field, or in the second pass invalid_fstring_replacement_field. */
    private void replacementField(List<Object> parts, boolean raw) {
        int m = p.mark();
        try {
            validReplacementField(parts, raw);
        } catch (Parser.Failure f) {
            if (p.invalidRules) {
                p.reset(m);
                invalidReplacementField(raw);
            }
            throw f;
        }
    }

    /** '{' annotated_rhs ['='] ['!' NAME] [':' format_spec*] '}' */
    private void validReplacementField(List<Object> parts, boolean raw) {
        Token open = p.expectOp("{");
        Expr value = p.annotatedRhs();
        Literal debugText = null;
        if (p.atOp("=")) {
            p.next();
            // The debug text is the source from after '{' up to and including '=' and its trailing spaces.
            int textEnd = p.peek().start();
            Pos dp = new Pos(open.endLine(), p.src.byteCol(open.end()), p.src.lineOf(textEnd), p.src.byteCol(textEnd));
            debugText = new Literal(p.sourceWithoutComments(open.end(), textEnd), null, dp);
        }
        Token conversion = null;
        if (p.atOp("!") && p.peek(1).is(TokenKind.NAME) && !Parser.KEYWORDS.contains(p.peek(1).text())) {
            Token bang = p.next();
            conversion = p.next();
            if (conversion.line() != bang.line() || conversion.start() != bang.end()) {
                throw p.errorRange(p.span(bang), p.span(conversion),
                        "f-string: conversion type must come right after the exclamanation mark");
            }
        }
        Expr spec = null;
        if (p.atOp(":")) {
            Token colon = p.next();
            List<Object> specParts = new ArrayList<>();
            for (;;) {
                Token t = p.peek();
                if (t.is(TokenKind.FSTRING_MIDDLE)) {
                    p.next();
                    specParts.add(new Literal(raw ? t.text() : decodeStr(t.text(), t, true), null, p.tokenPos(t)));
                } else if (t.isOp("{")) {
                    replacementField(specParts, raw);
                } else {
                    break;
                }
            }
            Pos sp = p.pos(colon);
            spec = new Expr.JoinedStr(merge(specParts), sp);
        }
        p.expectOp("}");
        int conversionChar = conversion == null ? -1 : conversionChar(conversion);
        if (debugText != null) {
            parts.add(debugText);
            if (conversionChar == -1 && spec == null) conversionChar = 'r';
        }
        parts.add(new Expr.FormattedValue(value, conversionChar, spec, p.pos(open)));
    }

    /** 's', 'r' or 'a'; anything else is an error in either pass. */
    private int conversionChar(Token conversion) {
        return switch (conversion.text()) {
            case "s" -> 's';
            case "r" -> 'r';
            case "a" -> 'a';
            default -> throw p.errorAt(conversion, "f-string: invalid conversion character "
                    + pyj.compiler.code.Reprs.str(conversion.text()) + ": expected 's', 'r', or 'a'");
        };
    }

    /** invalid_fstring_replacement_field, alternative by alternative, at '{'. */
    private void invalidReplacementField(boolean raw) {
        p.next();
        Token t = p.peek();
        if (t.isOp("=") || t.isOp("!") || t.isOp(":") || t.isOp("}")) {
            throw p.errorAt(t, "f-string: valid expression required before '" + t.text() + "'");
        }
        if (p.attempt(p::annotatedRhs) == null) {
            throw p.errorAtNextToken("f-string: expecting a valid expression after '{'");
        }
        if (!(p.atOp("=") || p.atOp("!") || p.atOp(":") || p.atOp("}"))) {
            throw p.errorAtNextToken("f-string: expecting '=', or '!', or ':', or '}'");
        }
        if (p.acceptOp("=") && !(p.atOp("!") || p.atOp(":") || p.atOp("}"))) {
            throw p.errorAtNextToken("f-string: expecting '!', or ':', or '}'");
        }
        if (p.acceptOp("!")) {
            if (p.atOp(":") || p.atOp("}")) throw p.errorAtNextToken("f-string: missing conversion character");
            if (!p.atName()) throw p.errorAtNextToken("f-string: invalid conversion character");
            p.next();
        }
        if (!(p.atOp(":") || p.atOp("}"))) throw p.errorAtNextToken("f-string: expecting ':' or '}'");
        if (p.acceptOp(":")) {
            for (;;) {
                if (p.peek().is(TokenKind.FSTRING_MIDDLE)) {
                    p.next();
                } else if (p.atOp("{")) {
                    if (p.attempt(() -> {
                        replacementField(new ArrayList<>(), raw);
                        return Boolean.TRUE;
                    }) == null) {
                        break;
                    }
                } else {
                    break;
                }
            }
            if (!p.atOp("}")) throw p.errorAtNextToken("f-string: expecting '}', or format specs");
        }
        if (!p.atOp("}")) throw p.errorAtNextToken("f-string: expecting '}'");
    }

    // ---- escapes -------------------------------------------------------------------------------

    /**
     * A decoding error, as CPython's unicode-escape decoder words it: positions {@code from} to
     * {@code to} (exclusive) index the buffer it decodes, see {@link #escapeBufferOffsets}.
     */
    private CompileError unicodeError(int[] offsets, int from, int to, String reason) {
        return p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "(unicode error) 'unicodeescape' codec can't decode "
                + "bytes in position " + offsets[from] + "-" + (offsets[to] - 1) + ": " + reason);
    }

    /**
     * Where each character of a literal's body lands in the buffer CPython's unicode-escape
     * decoder reads: the body with every non-ASCII character spelled as a 10-byte escape (backslash,
     * U and eight hex digits) and a backslash before a non-ASCII character (or at the end) spelled
     * as a 6-byte one.
     */
    private static int[] escapeBufferOffsets(String body) {
        int n = body.length();
        int[] offsets = new int[n + 1];
        int at = 0;
        for (int i = 0; i < n; ) {
            int cp = body.codePointAt(i);
            int len = Character.charCount(cp);
            for (int k = 0; k < len; k++) offsets[i + k] = at;
            if (cp == '\\') {
                at += i + 1 >= n || body.charAt(i + 1) >= 0x80 ? 6 : 1;
            } else {
                at += cp < 0x80 ? 1 : 10;
            }
            i += len;
        }
        offsets[n] = at;
        return offsets;
    }

    String decodeStr(String s, Token t, boolean fstringPart) {
        if (s.indexOf('\\') < 0) return s;
        int[] offsets = escapeBufferOffsets(s);
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i + 1 >= n) {
                sb.append('\\');
                break;
            }
            int backslash = i;
            char d = s.charAt(++i);
            switch (d) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        k++;
                    }
                    if (v > 0377) warn(t, "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'");
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    int cp = hexEscape(s, backslash, digits, offsets);
                    if (cp > 0x10FFFF) throw unicodeError(offsets, backslash, i + 1 + digits, "illegal Unicode character");
                    sb.appendCodePoint(cp);
                    i += digits;
                }
                case 'N' -> {
                    sb.appendCodePoint(namedEscape(s, backslash, offsets));
                    i = s.indexOf('}', i);
                }
                default -> {
                    warn(t, "invalid escape sequence '\\" + d + "'");
                    sb.append('\\').append(d);
                }
            }
        }
        return sb.toString();
    }

    /** The code point of a hexadecimal escape (x, u or U and its digits) at {@code backslash}. */
    private int hexEscape(String s, int backslash, int digits, int[] offsets) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int at = backslash + 2 + k;
            int dv = at < s.length() && s.charAt(at) < 0x80 ? Character.digit(s.charAt(at), 16) : -1;
            if (dv < 0) {
                throw unicodeError(offsets, backslash, Math.min(at, s.length()), "truncated \\"
                        + s.charAt(backslash + 1) + "X".repeat(digits) + " escape");
            }
            v = v * 16 + dv;
        }
        return v;
    }

    /** The code point of a named escape (N and a name in braces) at {@code backslash}. */
    private int namedEscape(String s, int backslash, int[] offsets) {
        int brace = backslash + 2;
        if (brace >= s.length() || s.charAt(brace) != '{') {
            throw unicodeError(offsets, backslash, Math.min(brace, s.length()), "malformed \\N character escape");
        }
        int close = s.indexOf('}', brace + 1);
        if (close < 0) throw unicodeError(offsets, backslash, s.length(), "malformed \\N character escape");
        if (close == brace + 1) throw unicodeError(offsets, backslash, close, "malformed \\N character escape");
        String name = s.substring(brace + 1, close);
        try {
            if (name.chars().allMatch(c -> c < 0x80)) return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            // Reported below, as for a name with non-ASCII characters.
        }
        throw unicodeError(offsets, backslash, close + 1, "unknown Unicode character name");
    }

    private byte[] decodeBytes(String s, boolean raw, Token t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) throw p.errorAt(t, "bytes can only contain ASCII literal characters");
            if (raw || c != '\\') {
                out.write(c);
                continue;
            }
            if (i + 1 >= n) {
                out.write('\\');
                break;
            }
            char d = s.charAt(++i);
            switch (d) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        k++;
                    }
                    if (v > 0377) warn(t, "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'");
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int h1 = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    int h2 = i + 2 < n ? Character.digit(s.charAt(i + 2), 16) : -1;
                    if (h1 < 0 || h2 < 0) throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR,
                            "(value error) invalid \\x escape at position " + (i - 1));
                    out.write(h1 * 16 + h2);
                    i += 2;
                }
                default -> {
                    warn(t, "invalid escape sequence '\\" + d + "'");
                    out.write('\\');
                    out.write(d);
                }
            }
        }
        return out.toByteArray();
    }

    private void warn(Token t, String msg) {
        warnings.add(new Warning("SyntaxWarning", msg, t));
    }
}
