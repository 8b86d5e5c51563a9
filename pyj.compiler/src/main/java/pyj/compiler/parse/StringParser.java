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
                if (firstTok && prefix.equals("u")) kind = "u";
                int ql = text.startsWith("\"\"\"", q) || text.startsWith("'''", q) ? 3 : 1;
                String body = text.substring(q + ql, text.length() - ql);
                if (isBytes) {
                    anyBytes = true;
                    parts.add(decodeBytes(body, raw, t));
                } else {
                    anyStr = true;
                    parts.add(new Literal(raw ? body : decodeStr(body, t, false), p.tokenPos(t)));
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
            throw p.errorAt(pos, "cannot mix bytes and nonbytes literals");
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

    /** A literal piece of a string with where it was written. */
    private record Literal(String text, Pos pos) {}

    /** Merges adjacent literal parts, dropping empty ones, into JoinedStr values. */
    private static List<Expr> merge(List<Object> parts) {
        List<Expr> values = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        Pos litStart = null;
        Pos litEnd = null;
        for (Object o : parts) {
            if (o instanceof Literal l) {
                if (litStart == null) litStart = l.pos();
                litEnd = l.pos();
                lit.append(l.text());
            } else {
                if (litStart != null && lit.length() > 0) {
                    values.add(new Expr.ConstantExpr(new Constant.Str(lit.toString()), null, litStart.to(litEnd)));
                }
                lit.setLength(0);
                litStart = null;
                values.add((Expr) o);
            }
        }
        if (litStart != null && lit.length() > 0) {
            values.add(new Expr.ConstantExpr(new Constant.Str(lit.toString()), null, litStart.to(litEnd)));
        }
        return values;
    }

    /** Reads one f-string from FSTRING_START to FSTRING_END into parts. */
    private void fstring(List<Object> parts) {
        Token start = p.next();
        String prefix = start.text().replaceAll("['\"]", "").toLowerCase();
        boolean raw = prefix.indexOf('r') >= 0;
        for (;;) {
            Token t = p.peek();
            if (t.is(TokenKind.FSTRING_END)) {
                p.next();
                return;
            }
            if (t.is(TokenKind.FSTRING_MIDDLE)) {
                p.next();
                parts.add(decodeMiddle(t, raw));
                continue;
            }
            if (t.isOp("{")) {
                replacementField(parts, raw);
                continue;
            }
            throw p.syntaxErrorAt(t, "f-string: expecting '}'");
        }
    }

    private Literal decodeMiddle(Token t, boolean raw) {
        String body = t.text().replace("{{", "{").replace("}}", "}");
        return new Literal(raw ? body : decodeStr(body, t, true), p.tokenPos(t));
    }

    /** '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' spec] '}' */
    private void replacementField(List<Object> parts, boolean raw) {
        Token open = p.next();
        Token exprStart = p.peek();
        if (exprStart.isOp("}") || exprStart.isOp("!") || exprStart.isOp(":") || exprStart.isOp("=")) {
            throw p.syntaxErrorAt(exprStart, "f-string: valid expression required before '" + exprStart.text() + "'");
        }
        Expr value;
        if (p.atKeyword("yield")) {
            value = p.yieldExpr();
        } else {
            value = p.starExpressions();
        }
        Token afterExpr = p.peek();
        int conversion = -1;
        Literal debugText = null;
        if (p.atOp("=")) {
            p.next();
            // The debug text is the source from after '{' up to and including '=' and its trailing spaces.
            int textEnd = p.peek().start();
            Pos dp = new Pos(open.endLine(), p.src.byteCol(open.end()), p.src.lineOf(textEnd), p.src.byteCol(textEnd));
            debugText = new Literal(p.sourceWithoutComments(open.end(), textEnd), dp);
        }
        if (p.atOp("!")) {
            Token bang = p.next();
            Token conv = p.peek();
            if (!conv.is(TokenKind.NAME) || conv.start() != bang.end()) {
                throw p.syntaxErrorAt(conv, "f-string: missing conversion character");
            }
            p.next();
            conversion = switch (conv.text()) {
                case "s" -> 's';
                case "r" -> 'r';
                case "a" -> 'a';
                default -> throw p.syntaxErrorAt(conv,
                        "f-string: invalid conversion character '" + conv.text() + "': expected 's', 'r', or 'a'");
            };
        }
        Expr spec = null;
        if (p.atOp(":")) {
            Token colon = p.next();
            List<Object> specParts = new ArrayList<>();
            while (!p.atOp("}")) {
                Token t = p.peek();
                if (t.is(TokenKind.FSTRING_MIDDLE)) {
                    p.next();
                    specParts.add(new Literal(raw ? t.text() : decodeStr(t.text(), t, true), p.tokenPos(t)));
                } else if (t.isOp("{")) {
                    replacementField(specParts, raw);
                } else {
                    throw p.syntaxErrorAt(t, "f-string: expecting '}'");
                }
            }
            Pos sp = p.pos(colon);
            spec = new Expr.JoinedStr(merge(specParts), sp);
        }
        if (!p.atOp("}")) {
            throw p.syntaxErrorAt(p.peek(), "f-string: expecting '}'");
        }
        p.next();
        if (debugText != null) {
            parts.add(debugText);
            if (conversion == -1 && spec == null) conversion = 'r';
        }
        parts.add(new Expr.FormattedValue(value, conversion, spec, p.pos(open)));
    }

    // ---- escapes -------------------------------------------------------------------------------

    private CompileError unicodeError(Token t, String msg) {
        return p.syntaxErrorAt(t, "(unicode error) 'unicodeescape' codec can't decode bytes in position " + msg);
    }

    String decodeStr(String s, Token t, boolean fstringPart) {
        if (s.indexOf('\\') < 0) return s;
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
                case 'x' -> sb.appendCodePoint(hexEscape(s, i, 2, t, sb.length()));
                case 'u' -> sb.appendCodePoint(hexEscape(s, i, 4, t, sb.length()));
                case 'U' -> {
                    int cp = hexEscape(s, i, 8, t, sb.length());
                    if (cp > 0x10FFFF) throw unicodeError(t, sb.length() + "-" + (sb.length() + 9) + ": illegal Unicode character");
                    sb.appendCodePoint(cp);
                }
                case 'N' -> {
                    if (i + 1 >= n || s.charAt(i + 1) != '{') {
                        throw unicodeError(t, sb.length() + "-" + (sb.length() + 1) + ": malformed \\N character escape");
                    }
                    int close = s.indexOf('}', i + 2);
                    if (close < 0) throw unicodeError(t, sb.length() + "-" + (sb.length() + 1) + ": malformed \\N character escape");
                    String name = s.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException e) {
                        throw unicodeError(t, sb.length() + "-" + (sb.length() + close - i) + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    warn(t, "invalid escape sequence '\\" + d + "'");
                    sb.append('\\').append(d);
                }
            }
            if (d == 'x' || d == 'u') i += d == 'x' ? 2 : 4;
            if (d == 'U') i += 8;
        }
        return sb.toString();
    }

    private int hexEscape(String s, int at, int digits, Token t, int outPos) {
        int v = 0;
        for (int k = 1; k <= digits; k++) {
            if (at + k >= s.length()) {
                throw unicodeError(t, outPos + "-" + (outPos + k) + ": truncated \\" + s.charAt(at)
                        + "X".repeat(digits) + " escape");
            }
            int dv = Character.digit(s.charAt(at + k), 16);
            if (dv < 0) {
                throw unicodeError(t, outPos + "-" + (outPos + k) + ": truncated \\" + s.charAt(at)
                        + "X".repeat(digits) + " escape");
            }
            v = v * 16 + dv;
        }
        return v;
    }

    private byte[] decodeBytes(String s, boolean raw, Token t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) throw p.syntaxErrorAt(t, "bytes can only contain ASCII literal characters");
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
                    if (h1 < 0 || h2 < 0) throw p.syntaxErrorAt(t, "(value error) invalid \\x escape at position " + (i - 1));
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
