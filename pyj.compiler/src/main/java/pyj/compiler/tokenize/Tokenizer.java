// Turns Python source text into tokens on demand, with CPython's indentation, bracket and f-string rules.
package pyj.compiler.tokenize;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import pyj.compiler.error.CompileError;
import pyj.compiler.error.SourceText;

/**
 * The lexical grammar of Python 3.13. Tokens are produced one at a time ({@link #next()}) so that
 * an error late in the file does not mask a parse error earlier in it, as with CPython's
 * tokenizer, which the parser drives.
 *
 * <p>The source must already have its newlines normalized to {@code \n}. F-strings follow PEP 701:
 * {@code FSTRING_START}, literal {@code FSTRING_MIDDLE} pieces (raw source text; escapes and
 * doubled braces are decoded by the parser), the replacement fields as ordinary tokens between
 * {@code {} and {@code }}, and {@code FSTRING_END}.
 */
public final class Tokenizer {
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;

    private final SourceText src;
    private final String s;
    private final int n;
    private final boolean keepComments;

    private int pos;
    private int line = 1;
    private boolean atLineStart = true;
    private boolean done;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentLevel;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final ArrayList<Bracket> brackets = new ArrayList<>();
    private final ArrayList<FString> fstrings = new ArrayList<>();
    /** The last token handed out that the parser sees, to know whether EOF needs a NEWLINE. */
    private TokenKind lastKind = TokenKind.NEWLINE;

    private record Bracket(char ch, int offset, int line) {}

    /** Where an f-string's literal part is being read; replacement fields nest by pushing state. */
    private enum FMode { LITERAL, EXPRESSION, FORMAT_SPEC }

    private static final class FString {
        final char quote;
        final boolean triple;
        final boolean raw;
        final int start;
        final int startLine;
        FMode mode = FMode.LITERAL;
        /** Bracket-stack sizes at which each open replacement field's '{' sits (innermost last). */
        final ArrayList<Integer> fieldDepths = new ArrayList<>();
        /** For each open field, whether it is inside an outer field's format spec. */
        final ArrayList<Boolean> fieldInSpec = new ArrayList<>();

        FString(char quote, boolean triple, boolean raw, int start, int startLine) {
            this.quote = quote;
            this.triple = triple;
            this.raw = raw;
            this.start = start;
            this.startLine = startLine;
        }
    }

    public Tokenizer(SourceText src) {
        this(src, false);
    }

    /** With {@code keepComments}, COMMENT and NL tokens are produced too (for the tokenize module). */
    public Tokenizer(SourceText src, boolean keepComments) {
        this.src = src;
        this.s = src.text();
        this.n = s.length();
        this.keepComments = keepComments;
    }

    /** Tokenizes everything; convenient for tests and tools. */
    public static List<Token> tokenize(SourceText src) {
        Tokenizer t = new Tokenizer(src);
        List<Token> out = new ArrayList<>();
        Token tok;
        do {
            tok = t.next();
            out.add(tok);
        } while (tok.kind() != TokenKind.ENDMARKER);
        return out;
    }

    /** Line of the innermost bracket still open, or -1 (for "'(' was never closed" decisions). */
    public int innermostOpenBracketLine() {
        return brackets.isEmpty() ? -1 : brackets.get(brackets.size() - 1).line();
    }

    /** Whether the tokenizer is inside an f-string's replacement field. */
    public boolean inFString() { return !fstrings.isEmpty(); }

    public Token next() {
        Token t = produce();
        if (t.kind() != TokenKind.COMMENT && t.kind() != TokenKind.NL) lastKind = t.kind();
        return t;
    }

    private Token produce() {
        if (!pending.isEmpty()) return pending.poll();
        if (done) return tok(TokenKind.ENDMARKER, "", n, n, line, line);
        FString fs = currentFString();
        if (fs != null && fs.mode != FMode.EXPRESSION) return fstringLiteral(fs);
        for (;;) {
            if (atLineStart && brackets.isEmpty()) {
                Token t = indentation();
                if (t != null) return t;
                if (!pending.isEmpty()) return pending.poll();
                if (done) return produce();
            }
            // Whitespace and comments between tokens.
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\f') pos++;
                else break;
            }
            if (pos < n && s.charAt(pos) == '#') {
                int start = pos;
                while (pos < n && s.charAt(pos) != '\n') pos++;
                if (keepComments) return tok(TokenKind.COMMENT, s.substring(start, pos), start, pos, line, line);
                continue;
            }
            if (pos < n && s.charAt(pos) == '\\') {
                if (pos + 1 >= n) {
                    throw err("unexpected EOF while parsing", pos, pos + 1);
                }
                if (s.charAt(pos + 1) != '\n') {
                    throw err("unexpected character after line continuation character", pos + 1, pos + 1);
                }
                pos += 2;
                line++;
                if (pos >= n) throw err("unexpected EOF while parsing", pos, pos);
                continue;
            }
            if (pos >= n) return endOfInput();
            char c = s.charAt(pos);
            if (c == '\n') {
                int start = pos;
                pos++;
                int l = line++;
                if (!brackets.isEmpty() || lastKind == TokenKind.NEWLINE
                        || lastKind == TokenKind.INDENT || lastKind == TokenKind.DEDENT) {
                    if (brackets.isEmpty()) atLineStart = true;
                    if (keepComments) return tok(TokenKind.NL, "\n", start, pos, l, l);
                    continue;
                }
                atLineStart = true;
                return tok(TokenKind.NEWLINE, "\n", start, pos, l, l);
            }
            return token(c);
        }
    }

    private FString currentFString() {
        return fstrings.isEmpty() ? null : fstrings.get(fstrings.size() - 1);
    }

    // ---- indentation ------------------------------------------------------------------------

    /**
     * At the start of a logical line: measures the indentation and queues INDENT/DEDENT tokens.
     * Blank and comment-only lines are skipped. Returns a token only in comment-keeping mode.
     */
    private Token indentation() {
        for (;;) {
            int col = 0;
            int altcol = 0;
            int start = pos;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == ' ') { col++; altcol++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
                else if (c == '\f') { col = 0; altcol = 0; }
                else break;
                pos++;
            }
            if (pos >= n) {
                atLineStart = false;
                return null;
            }
            char c = s.charAt(pos);
            if (c == '#' || c == '\n') {
                // A blank or comment-only line does not affect indentation.
                if (c == '#') {
                    int cs = pos;
                    while (pos < n && s.charAt(pos) != '\n') pos++;
                    if (keepComments) {
                        atLineStart = true;
                        pending.add(tok(TokenKind.COMMENT, s.substring(cs, pos), cs, pos, line, line));
                        if (pos < n) {
                            pending.add(tok(TokenKind.NL, "\n", pos, pos + 1, line, line));
                            pos++;
                            line++;
                        }
                        return pending.poll();
                    }
                }
                if (pos < n) {
                    if (keepComments) {
                        Token nl = tok(TokenKind.NL, "\n", pos, pos + 1, line, line);
                        pos++;
                        line++;
                        return nl;
                    }
                    pos++;
                    line++;
                    continue;
                }
                atLineStart = false;
                return null;
            }
            atLineStart = false;
            if (col == indents[indentLevel]) {
                if (altcol != altIndents[indentLevel]) throw tabError(start);
            } else if (col > indents[indentLevel]) {
                if (indentLevel + 1 >= MAX_INDENT) {
                    throw src.error(CompileError.Kind.INDENTATION_ERROR, "too many levels of indentation", pos, pos);
                }
                if (altcol <= altIndents[indentLevel]) throw tabError(start);
                indentLevel++;
                indents[indentLevel] = col;
                altIndents[indentLevel] = altcol;
                pending.add(tok(TokenKind.INDENT, s.substring(start, pos), start, pos, line, line));
            } else {
                while (indentLevel > 0 && col < indents[indentLevel]) {
                    indentLevel--;
                    pending.add(tok(TokenKind.DEDENT, "", pos, pos, line, line));
                }
                if (col != indents[indentLevel]) {
                    throw src.error(CompileError.Kind.INDENTATION_ERROR,
                            "unindent does not match any outer indentation level", pos, pos);
                }
                if (altcol != altIndents[indentLevel]) throw tabError(start);
            }
            return null;
        }
    }

    private CompileError tabError(int at) {
        return src.error(CompileError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", pos, pos);
    }

    private Token endOfInput() {
        if (!fstrings.isEmpty()) {
            FString fs = currentFString();
            throw err(fs.triple ? "unterminated triple-quoted f-string literal (detected at line " + line + ")"
                            : "f-string: expecting '}'", fs.start, fs.start);
        }
        if (!brackets.isEmpty()) {
            Bracket b = brackets.get(brackets.size() - 1);
            throw err("'" + b.ch() + "' was never closed", b.offset(), b.offset() + 1);
        }
        done = true;
        if (lastKind != TokenKind.NEWLINE && lastKind != TokenKind.INDENT && lastKind != TokenKind.DEDENT
                && lastKind != TokenKind.ENDMARKER) {
            pending.add(tok(TokenKind.NEWLINE, "", n, n, line, line));
        }
        while (indentLevel > 0) {
            indentLevel--;
            pending.add(tok(TokenKind.DEDENT, "", n, n, line, line));
        }
        pending.add(tok(TokenKind.ENDMARKER, "", n, n, line, line));
        return pending.poll();
    }

    // ---- tokens -----------------------------------------------------------------------------

    private Token token(char c) {
        int start = pos;
        if (isIdentStart(c)) {
            int end = scanIdentifier();
            String word = s.substring(start, end);
            if (end < n && (s.charAt(end) == '\'' || s.charAt(end) == '"') && isStringPrefix(word)) {
                return string(start, end);
            }
            pos = end;
            if (!isAscii(word)) word = Normalizer.normalize(word, Normalizer.Form.NFKC);
            return tok(TokenKind.NAME, word, start, end, line, line);
        }
        if (c >= '0' && c <= '9' || (c == '.' && pos + 1 < n && isDigit(s.charAt(pos + 1)))) {
            return number(start);
        }
        if (c == '\'' || c == '"') return string(start, start);
        FString fs = currentFString();
        if (fs != null && fs.mode == FMode.EXPRESSION && brackets.size() == fieldDepth(fs)) {
            Token t = fieldDelimiter(fs, c, start);
            if (t != null) return t;
        }
        return operator(c, start);
    }

    private static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private boolean isIdentStart(char c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        int cp = s.codePointAt(pos);
        if (Character.isUnicodeIdentifierStart(cp) || isOtherIdStart(cp)) return true;
        throw invalidCharacter(cp, pos);
    }

    private static boolean isOtherIdStart(int cp) {
        // Other_ID_Start and NFKC-compatible forms CPython accepts, e.g. U+2118, U+212E, U+309B.
        return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 || cp == 0x1886;
    }

    private int scanIdentifier() {
        int i = pos;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')) {
                    i++;
                    continue;
                }
                break;
            }
            int cp = s.codePointAt(i);
            if ((Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp))
                    || isOtherIdStart(cp) || cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371)
                    || cp == 0x19DA) {
                i += Character.charCount(cp);
                continue;
            }
            if (Character.isWhitespace(cp) || isAsciiOrPunct(cp)) break;
            throw invalidCharacter(cp, i);
        }
        return i;
    }

    private static boolean isAsciiOrPunct(int cp) {
        int t = Character.getType(cp);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    private CompileError invalidCharacter(int cp, int at) {
        String hex = String.format("U+%04X", cp);
        int end = at + Character.charCount(cp);
        if (isPrintable(cp)) {
            return err("invalid character '" + new String(Character.toChars(cp)) + "' (" + hex + ")", at, end);
        }
        return err("invalid non-printable character " + hex, at, end);
    }

    private static boolean isPrintable(int cp) {
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    private static boolean isStringPrefix(String w) {
        switch (w.length()) {
            case 1: {
                char c = Character.toLowerCase(w.charAt(0));
                return c == 'r' || c == 'u' || c == 'b' || c == 'f';
            }
            case 2: {
                String l = w.toLowerCase();
                return l.equals("rb") || l.equals("br") || l.equals("rf") || l.equals("fr");
            }
            default:
                return false;
        }
    }

    // ---- numbers ----------------------------------------------------------------------------

    private Token number(int start) {
        char c = s.charAt(pos);
        if (c == '0' && pos + 1 < n) {
            char x = Character.toLowerCase(s.charAt(pos + 1));
            if (x == 'x') return radixNumber(start, 16, "hexadecimal");
            if (x == 'o') return radixNumber(start, 8, "octal");
            if (x == 'b') return radixNumber(start, 2, "binary");
        }
        boolean isFloat = false;
        if (c == '.') {
            pos++;
            digits(start, true);
            isFloat = true;
        } else {
            boolean leadingZero = c == '0';
            digits(start, false);
            boolean nonZero = false;
            if (leadingZero) {
                for (int i = start; i < pos; i++) {
                    char d = s.charAt(i);
                    if (d != '0' && d != '_') { nonZero = true; break; }
                }
            }
            if (pos < n && s.charAt(pos) == '.') {
                pos++;
                isFloat = true;
                if (pos < n && isDigit(s.charAt(pos))) digits(start, true);
                else if (pos < n && s.charAt(pos) == '_') throw err("invalid decimal literal", start, pos + 1);
            } else if (leadingZero && nonZero && !(pos < n && "eEjJ".indexOf(s.charAt(pos)) >= 0)) {
                throw err("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", start, pos);
            }
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int e = pos;
            pos++;
            if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
            if (pos >= n || !isDigit(s.charAt(pos))) {
                throw err("invalid decimal literal", start, Math.min(n, pos + 1));
            }
            digits(start, true);
            isFloat = true;
            if (e < 0) throw err("invalid decimal literal", start, pos);
        }
        if (pos < n && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) pos++;
        checkNumberEnd(start, "decimal");
        return tok(TokenKind.NUMBER, s.substring(start, pos), start, pos, line, line);
    }

    /** Scans digits with single underscores between them. */
    private void digits(int start, boolean allowEmpty) {
        boolean any = false;
        while (pos < n) {
            char c = s.charAt(pos);
            if (isDigit(c)) {
                pos++;
                any = true;
            } else if (c == '_') {
                if (!any || pos + 1 >= n || !isDigit(s.charAt(pos + 1))) {
                    throw err("invalid decimal literal", start, pos + 1);
                }
                pos++;
            } else {
                break;
            }
        }
        if (!any && !allowEmpty) throw err("invalid decimal literal", start, pos);
    }

    private Token radixNumber(int start, int radix, String what) {
        pos += 2;
        boolean any = false;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '_') {
                pos++;
                if (pos >= n || Character.digit(s.charAt(pos), radix) < 0) {
                    if (pos < n && Character.digit(s.charAt(pos), 10) >= 0 && radix < 10) {
                        throw err("invalid digit '" + s.charAt(pos) + "' in " + what + " literal", pos, pos + 1);
                    }
                    throw err("invalid " + what + " literal", start, pos);
                }
                continue;
            }
            if (Character.digit(c, radix) >= 0 && c < 0x80) {
                pos++;
                any = true;
                continue;
            }
            if (radix < 10 && isDigit(c)) {
                throw err("invalid digit '" + c + "' in " + what + " literal", pos, pos + 1);
            }
            break;
        }
        if (!any) throw err("invalid " + what + " literal", start, pos);
        checkNumberEnd(start, what);
        return tok(TokenKind.NUMBER, s.substring(start, pos), start, pos, line, line);
    }

    /** A number directly followed by an identifier character is an error, except before a keyword. */
    private void checkNumberEnd(int start, String what) {
        if (pos >= n) return;
        char c = s.charAt(pos);
        boolean identChar = c < 0x80 ? (Character.isLetterOrDigit(c) || c == '_')
                : Character.isUnicodeIdentifierPart(s.codePointAt(pos));
        if (!identChar) return;
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (s.startsWith(kw, pos)) {
                int after = pos + kw.length();
                if (after >= n || !(Character.isLetterOrDigit(s.charAt(after)) || s.charAt(after) == '_')) return;
            }
        }
        int end = pos;
        while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) end++;
        if (what.equals("decimal") && (c == 'j' || c == 'J' || c == 'e' || c == 'E')) {
            throw err("invalid imaginary literal", start, end);
        }
        throw err("invalid " + what + " literal", start, pos + 1);
    }

    // ---- strings ----------------------------------------------------------------------------

    /** Scans a string whose prefix runs from {@code start} to {@code quoteAt}. */
    private Token string(int start, int quoteAt) {
        String prefix = s.substring(start, quoteAt).toLowerCase();
        char q = s.charAt(quoteAt);
        boolean triple = quoteAt + 2 < n && s.charAt(quoteAt + 1) == q && s.charAt(quoteAt + 2) == q;
        int startLine = line;
        if (prefix.indexOf('f') >= 0) {
            pos = quoteAt + (triple ? 3 : 1);
            if (fstrings.size() >= 150) throw err("f-string: expressions nested too deeply", start, pos);
            fstrings.add(new FString(q, triple, prefix.indexOf('r') >= 0, start, startLine));
            return tok(TokenKind.FSTRING_START, s.substring(start, pos), start, pos, line, line);
        }
        pos = quoteAt + (triple ? 3 : 1);
        for (;;) {
            if (pos >= n) {
                throw err(triple ? "unterminated triple-quoted string literal (detected at line " + line + ")"
                        : "unterminated string literal (detected at line " + line + ")", start, start);
            }
            char c = s.charAt(pos);
            if (c == '\\') {
                if (pos + 1 < n && s.charAt(pos + 1) == '\n') line++;
                pos += 2;
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw err("unterminated string literal (detected at line " + line + ")", start, start);
                }
                line++;
                pos++;
                continue;
            }
            if (c == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < n && s.charAt(pos + 1) == q && s.charAt(pos + 2) == q) {
                    pos += 3;
                    break;
                }
            }
            pos++;
        }
        if (pos > n) pos = n;
        return tok(TokenKind.STRING, s.substring(start, pos), start, pos, startLine, line);
    }

    /** Reads the literal text of an f-string (or of a format spec) up to the next field or the end. */
    private Token fstringLiteral(FString fs) {
        int start = pos;
        int startLine = line;
        boolean spec = fs.mode == FMode.FORMAT_SPEC;
        for (;;) {
            if (pos >= n) {
                if (pos > start) return middle(start, startLine);
                throw err(fs.triple ? "unterminated triple-quoted f-string literal (detected at line " + line + ")"
                        : "unterminated f-string literal (detected at line " + line + ")", fs.start, fs.start);
            }
            char c = s.charAt(pos);
            if (c == fs.quote && (!fs.triple || (pos + 2 < n && s.charAt(pos + 1) == c && s.charAt(pos + 2) == c))) {
                if (pos > start) return middle(start, startLine);
                if (spec) throw err("f-string: expecting '}'", pos, pos);
                int e = pos + (fs.triple ? 3 : 1);
                Token t = tok(TokenKind.FSTRING_END, s.substring(pos, e), pos, e, line, line);
                pos = e;
                fstrings.remove(fstrings.size() - 1);
                return t;
            }
            if (c == '\n') {
                if (!fs.triple) {
                    if (spec) {
                        throw err("f-string: newlines are not allowed in format specifiers for single quoted f-strings",
                                pos, pos);
                    }
                    throw err("unterminated f-string literal (detected at line " + line + ")", fs.start, fs.start);
                }
                line++;
                pos++;
                continue;
            }
            if (c == '\\') {
                if (pos + 1 < n) {
                    char d = s.charAt(pos + 1);
                    if (!fs.raw && d == 'N' && pos + 2 < n && s.charAt(pos + 2) == '{') {
                        int close = s.indexOf('}', pos + 3);
                        if (close < 0) close = n - 1;
                        pos = close + 1;
                        continue;
                    }
                    if (d == '{' || d == '}') {
                        pos++;
                        continue;
                    }
                    if (d == '\n') line++;
                    pos += 2;
                    continue;
                }
                pos++;
                continue;
            }
            if (c == '{') {
                if (!spec && pos + 1 < n && s.charAt(pos + 1) == '{') {
                    pos += 2;
                    continue;
                }
                if (pos > start) return middle(start, startLine);
                return openField(fs);
            }
            if (c == '}') {
                if (spec) {
                    if (pos > start) return middle(start, startLine);
                    return closeField(fs);
                }
                if (pos + 1 < n && s.charAt(pos + 1) == '}') {
                    pos += 2;
                    continue;
                }
                throw err("f-string: single '}' is not allowed", pos, pos + 1);
            }
            pos++;
        }
    }

    private Token middle(int start, int startLine) {
        return tok(TokenKind.FSTRING_MIDDLE, s.substring(start, pos), start, pos, startLine, line);
    }

    private Token openField(FString fs) {
        int start = pos;
        if (brackets.size() >= MAX_PAREN) throw err("too many nested parentheses", pos, pos + 1);
        brackets.add(new Bracket('{', pos, line));
        pos++;
        fs.fieldInSpec.add(fs.mode == FMode.FORMAT_SPEC);
        fs.fieldDepths.add(brackets.size());
        fs.mode = FMode.EXPRESSION;
        return tok(TokenKind.OP, "{", start, pos, line, line);
    }

    private Token closeField(FString fs) {
        int start = pos;
        brackets.remove(brackets.size() - 1);
        pos++;
        fs.fieldDepths.remove(fs.fieldDepths.size() - 1);
        boolean outerSpec = fs.fieldInSpec.remove(fs.fieldInSpec.size() - 1);
        fs.mode = outerSpec ? FMode.FORMAT_SPEC : FMode.LITERAL;
        return tok(TokenKind.OP, "}", start, pos, line, line);
    }

    private static int fieldDepth(FString fs) {
        return fs.fieldDepths.isEmpty() ? -1 : fs.fieldDepths.get(fs.fieldDepths.size() - 1);
    }

    /** At the top level of a replacement field, '}', ':' and '!' end the expression part. */
    private Token fieldDelimiter(FString fs, char c, int start) {
        if (c == '}') return closeField(fs);
        if (c == ':') {
            pos++;
            fs.mode = FMode.FORMAT_SPEC;
            return tok(TokenKind.OP, ":", start, pos, line, line);
        }
        if (c == '!' && !(pos + 1 < n && s.charAt(pos + 1) == '=')) {
            pos++;
            return tok(TokenKind.OP, "!", start, pos, line, line);
        }
        return null;
    }

    // ---- operators --------------------------------------------------------------------------

    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] OPS2 = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
    private static final String OPS1 = "%&()*+,-./:;<=>@[]^{|}~!";

    private Token operator(char c, int start) {
        for (String op : OPS3) {
            if (s.startsWith(op, pos)) {
                pos += 3;
                return tok(TokenKind.OP, op, start, pos, line, line);
            }
        }
        for (String op : OPS2) {
            if (s.startsWith(op, pos)) {
                pos += 2;
                return tok(TokenKind.OP, op, start, pos, line, line);
            }
        }
        if (OPS1.indexOf(c) >= 0) {
            pos++;
            if (c == '(' || c == '[' || c == '{') {
                if (brackets.size() >= MAX_PAREN) throw err("too many nested parentheses", start, pos);
                brackets.add(new Bracket(c, start, line));
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets.isEmpty()) throw err("unmatched '" + c + "'", start, pos);
                Bracket open = brackets.get(brackets.size() - 1);
                FString fs = currentFString();
                if (fs != null && fs.mode == FMode.EXPRESSION && brackets.size() == fieldDepth(fs)) {
                    // A closer other than '}' where the replacement field's '{' is innermost.
                    throw err("f-string: unmatched '" + c + "'", start, pos);
                }
                char want = open.ch() == '(' ? ')' : open.ch() == '[' ? ']' : '}';
                if (c != want) {
                    String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.ch() + "'";
                    if (open.line() != line) msg += " on line " + open.line();
                    throw err(msg, start, pos);
                }
                brackets.remove(brackets.size() - 1);
            }
            return tok(TokenKind.OP, String.valueOf(c), start, pos, line, line);
        }
        int cp = s.codePointAt(pos);
        if (c == '$' || c == '?' || c == '`') {
            throw err("invalid syntax", start, start + 1);
        }
        throw invalidCharacter(cp, pos);
    }

    private Token tok(TokenKind kind, String text, int start, int end, int l, int endLine) {
        return new Token(kind, text, start, end, l, endLine);
    }

    private CompileError err(String msg, int start, int end) {
        return src.syntaxError(msg, start, end);
    }
}
