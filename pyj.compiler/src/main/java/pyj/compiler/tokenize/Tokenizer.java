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
 * <p>The source must already have its newlines normalized to {@code \n}; like CPython, the
 * tokenizer reads a line break after a last line that has none. F-strings follow PEP 701:
 * {@code FSTRING_START}, literal {@code FSTRING_MIDDLE} pieces (raw source text; escapes and
 * doubled braces are decoded by the parser), the replacement fields as ordinary tokens between
 * {@code {} and {@code }}, and {@code FSTRING_END}.
 *
 * <p>Errors are located as CPython's tokenizer locates them, which differs by kind: errors about
 * a token's text point at where the tokenizer's cursor stopped ({@link #lastErrorIsLexical()});
 * indentation errors, a bad line continuation and an unexpected end of input are reported the
 * way CPython's parser reports the tokenizer's status codes.
 */
public final class Tokenizer {
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;
    private static final int MAX_FSTRING_NESTING = 150;
    /** Replacement fields nested in format specs, counting the outermost, per f-string. */
    private static final int MAX_FIELD_NESTING = 3;
    /** What the number scanners return when the cursor already stands where the number ends. */
    private static final int NUMBER_ENDED = -2;

    private final SourceText src;
    /** The source, plus the line break CPython's tokenizer supplies at the end of a last line without one. */
    private final String s;
    private final int n;
    private final boolean keepComments;
    /** The line the tokenizer is on once it has read everything. */
    private final int lastLine;

    private int pos;
    private int line = 1;
    /**
     * Where CPython's tokenizer buffer starts: the current line, or the first line of a string
     * that ran over several lines and ended on it (a bad line continuation is counted from there).
     */
    private int bufStart;
    private boolean atLineStart = true;
    private boolean done;
    private boolean lexicalError;
    private int tokensProduced;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentLevel;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final ArrayList<Bracket> brackets = new ArrayList<>();
    private final ArrayList<FString> fstrings = new ArrayList<>();
    /** The last token handed out that the parser sees, to know whether a line break ends a statement. */
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

    /**
     * What the source is, which decides how its end is read: a file (or exec input) gets a line
     * break after a last line without one; an expression (eval) ends as it is; interactive input
     * (single) ends with a NEWLINE that CPython's parser makes of the end marker.
     */
    public enum Input { FILE, EXPRESSION, INTERACTIVE }

    private final Input input;

    public Tokenizer(SourceText src) {
        this(src, false, Input.FILE);
    }

    /** With {@code keepComments}, COMMENT and NL tokens are produced too (for the tokenize module). */
    public Tokenizer(SourceText src, boolean keepComments) {
        this(src, keepComments, Input.FILE);
    }

    public Tokenizer(SourceText src, boolean keepComments, Input input) {
        this.src = src;
        this.input = input;
        String text = src.text();
        boolean addBreak = input == Input.FILE && !text.isEmpty() && !text.endsWith("\n");
        this.s = addBreak ? text + "\n" : text;
        this.n = s.length();
        this.keepComments = keepComments;
        this.lastLine = text.isEmpty() ? 1 : src.lineOf(text.length() - 1);
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

    /**
     * Whether the error {@link #next()} last threw is about the text of a token (CPython raises
     * those directly, and they take precedence over a parser error found earlier in the source)
     * rather than an indentation, line-continuation or end-of-input status.
     */
    public boolean lastErrorIsLexical() { return lexicalError; }

    /** Whether the tokenizer is inside an f-string. */
    public boolean inFString() { return !fstrings.isEmpty(); }

    /** Line of the innermost bracket still open, or -1. */
    public int innermostOpenBracketLine() {
        return brackets.isEmpty() ? -1 : brackets.get(brackets.size() - 1).line();
    }

    /** "'(' was never closed" for the innermost open bracket. */
    public CompileError unclosedBracket() {
        Bracket b = brackets.get(brackets.size() - 1);
        return status(src.parserError(CompileError.Kind.SYNTAX_ERROR, "'" + b.ch() + "' was never closed", b.line(),
                src.byteColumn(b.line(), b.offset()) + 1, b.line(), 0));
    }

    public Token next() {
        Token t = produce();
        tokensProduced++;
        if (t.kind() != TokenKind.COMMENT && t.kind() != TokenKind.NL) lastKind = t.kind();
        return t;
    }

    private Token produce() {
        if (!pending.isEmpty()) return pending.poll();
        if (done) return atEnd(TokenKind.ENDMARKER);
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
            int commentStart = -1;
            if (pos < n && s.charAt(pos) == '#') {
                commentStart = pos;
                while (pos < n && s.charAt(pos) != '\n') pos++;
                if (keepComments) {
                    return tok(TokenKind.COMMENT, s.substring(commentStart, pos), commentStart, pos, line, line);
                }
            }
            if (pos >= n) return endOfInput();
            char c = s.charAt(pos);
            if (c == '\\') {
                lineContinuation();
                continue;
            }
            if (c == '\n') {
                int start = pos;
                pos++;
                int l = line++;
                bufStart = pos;
                if (!brackets.isEmpty() || lastKind == TokenKind.NEWLINE
                        || lastKind == TokenKind.INDENT || lastKind == TokenKind.DEDENT) {
                    if (brackets.isEmpty()) atLineStart = true;
                    if (keepComments) return tok(TokenKind.NL, "\n", start, pos, l, l);
                    continue;
                }
                atLineStart = true;
                int tokenStart = commentStart >= 0 && !keepComments ? commentStart : start;
                return new Token(TokenKind.NEWLINE, "\n", tokenStart, pos, l, l, brackets.size(), pos, l);
            }
            return token(c);
        }
    }

    /** A backslash: the line continues on the next one, which must exist. */
    private void lineContinuation() {
        int backslash = pos;
        if (pos + 1 >= n || s.charAt(pos + 1) != '\n') {
            int read = pos + 1 < n ? 1 : 0;
            throw status(src.parserError(CompileError.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", line,
                    SourceText.utf8Length(s.substring(bufStart, backslash + 1)) + read, line, 0));
        }
        pos += 2;
        if (pos >= n) {
            if (!brackets.isEmpty()) throw unclosedBracket();
            throw status(src.parserError(CompileError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing", line,
                    src.byteColumn(line, n), line, -1));
        }
        line++;
        bufStart = pos;
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
            // A backslash continues the indentation on the next line; the first one fixes the column.
            int continuedAt = 0;
            int start = pos;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == ' ') { col++; altcol++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
                else if (c == '\f') { col = 0; altcol = 0; }
                else if (c == '\\') {
                    if (continuedAt == 0) continuedAt = col;
                    lineContinuation();
                    continue;
                }
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
                            bufStart = pos;
                        }
                        return pending.poll();
                    }
                }
                if (pos < n) {
                    if (keepComments) {
                        Token nl = tok(TokenKind.NL, "\n", pos, pos + 1, line, line);
                        pos++;
                        line++;
                        bufStart = pos;
                        return nl;
                    }
                    pos++;
                    line++;
                    bufStart = pos;
                    continue;
                }
                atLineStart = false;
                return null;
            }
            atLineStart = false;
            if (continuedAt != 0) {
                col = continuedAt;
                altcol = continuedAt;
            }
            if (col == indents[indentLevel]) {
                if (altcol != altIndents[indentLevel]) throw tabError();
            } else if (col > indents[indentLevel]) {
                if (indentLevel + 1 >= MAX_INDENT) {
                    throw status(src.parserError(CompileError.Kind.INDENTATION_ERROR, "too many levels of indentation",
                            line, 1, line, 0));
                }
                if (altcol <= altIndents[indentLevel]) throw tabError();
                indentLevel++;
                indents[indentLevel] = col;
                altIndents[indentLevel] = altcol;
                pending.add(new Token(TokenKind.INDENT, s.substring(start, pos), start, pos, line, line, 0, pos, line));
            } else {
                while (indentLevel > 0 && col < indents[indentLevel]) {
                    indentLevel--;
                    pending.add(new Token(TokenKind.DEDENT, "", pos, pos, line, line, 0, pos, line));
                }
                if (col != indents[indentLevel]) {
                    int lineBreak = s.indexOf('\n', pos);
                    int lineEnd = lineBreak < 0 ? n : lineBreak + 1;
                    throw status(src.parserError(CompileError.Kind.INDENTATION_ERROR,
                            "unindent does not match any outer indentation level", line,
                            src.byteColumn(line, lineEnd), line, -1));
                }
                if (altcol != altIndents[indentLevel]) throw tabError();
            }
            return null;
        }
    }

    private CompileError tabError() {
        return status(src.parserError(CompileError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                line, 1, line, 0));
    }

    private Token endOfInput() {
        if (!brackets.isEmpty()) throw unclosedBracket();
        done = true;
        boolean atLineBreak = lastKind == TokenKind.NEWLINE || lastKind == TokenKind.INDENT
                || lastKind == TokenKind.DEDENT;
        // Interactive input: the parser turns the end marker into a NEWLINE, before the dedents
        // unless the tokenizer produced those first (at the start of a line).
        boolean interactiveNewline = input == Input.INTERACTIVE && tokensProduced > 0;
        if (interactiveNewline && !atLineBreak) pending.add(atEnd(TokenKind.NEWLINE));
        while (indentLevel > 0) {
            indentLevel--;
            pending.add(atEnd(TokenKind.DEDENT));
        }
        if (interactiveNewline && atLineBreak) pending.add(atEnd(TokenKind.NEWLINE));
        pending.add(atEnd(TokenKind.ENDMARKER));
        return pending.poll();
    }

    /** A token at the end of the input, on the last line. */
    private Token atEnd(TokenKind kind) {
        int end = src.text().length();
        return new Token(kind, "", end, end, lastLine, lastLine, 0, n, lastLine);
    }

    // ---- tokens -----------------------------------------------------------------------------

    private Token token(char c) {
        int start = pos;
        if (isPotentialIdentifierChar(c) && !isDigit(c)) {
            int end = pos;
            while (end < n && isPotentialIdentifierChar(s.charAt(end))) end++;
            String word = s.substring(start, end);
            if (end < n && (s.charAt(end) == '\'' || s.charAt(end) == '"') && isStringPrefix(word)) {
                return string(start, end);
            }
            pos = end;
            if (!isAscii(word)) {
                verifyIdentifier(start, end);
                word = Normalizer.normalize(word, Normalizer.Form.NFKC);
            }
            return tok(TokenKind.NAME, word, start, end, line, line);
        }
        if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(s.charAt(pos + 1)))) {
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

    /** Characters CPython scans as one would-be identifier: ASCII letters, digits and '_', and anything non-ASCII. */
    private static boolean isPotentialIdentifierChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
    }

    private static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    /** PEP 3131: reports the first character of [start, end) that cannot be in an identifier. */
    private void verifyIdentifier(int start, int end) {
        int i = start;
        boolean first = true;
        while (i < end) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!(first ? Identifiers.isStart(cp) : Identifiers.isContinue(cp))) {
                String hex = String.format("U+%04X", cp);
                String msg = Identifiers.isPrintable(cp)
                        ? "invalid character '" + new String(Character.toChars(cp)) + "' (" + hex + ")"
                        : "invalid non-printable character " + hex;
                throw lexical(msg, line, next < end ? next : end);
            }
            first = false;
            i = next;
        }
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

    /**
     * A number, scanned as CPython's tokenizer scans it so that a malformed literal is reported
     * with the same message at the same place: {@link #pos} plays the part of its cursor, which
     * reads one character past the number and then steps back.
     */
    private Token number(int start) {
        int c = nextChar();
        if (c == '.') {
            c = fraction(nextChar());
            c = exponentAndSuffix(c);
        } else if (c == '0') {
            c = afterZero(start, nextChar());
        } else {
            c = exponentAndSuffix(pointAndFraction(decimalTail()));
        }
        if (c >= 0) backup();
        return tok(TokenKind.NUMBER, s.substring(start, pos), start, pos, line, line);
    }

    /** Reads a character, or returns -1 past the end (where the cursor does not move). */
    private int nextChar() {
        if (pos >= n) return -1;
        return s.charAt(pos++);
    }

    private void backup() {
        pos--;
    }

    /** What follows a leading 0: a radix prefix, more zeros, or a float. Returns the character after the number. */
    private int afterZero(int start, int c) {
        switch (c) {
            case 'x', 'X' -> {
                return radixDigits(nextChar(), 16, "hexadecimal");
            }
            case 'o', 'O' -> {
                return radixDigits(nextChar(), 8, "octal");
            }
            case 'b', 'B' -> {
                return radixDigits(nextChar(), 2, "binary");
            }
            default -> {
                for (;;) {
                    if (c == '_') {
                        c = nextChar();
                        if (!isDigit(c)) throw invalidNumber(c, "invalid decimal literal");
                    }
                    if (c != '0') break;
                    c = nextChar();
                }
                int zerosEnd = pos;
                boolean nonzero = false;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                    return exponentAndSuffix(pointAndFraction(c));
                }
                if (nonzero) {
                    backup();
                    throw leadingZeros(start, zerosEnd);
                }
                verifyEndOfNumber(c, "decimal");
                return c;
            }
        }
    }

    private CompileError leadingZeros(int start, int zerosEnd) {
        lexicalError = true;
        return src.lexicalError("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                + "for octal integers", line, src.byteColumn(line, start) + 1, src.byteColumn(line, zerosEnd));
    }

    /** Digits of a hexadecimal, octal or binary literal, after its prefix. */
    private int radixDigits(int c, int radix, String kind) {
        do {
            if (c == '_') c = nextChar();
            if (!isRadixDigit(c, radix)) {
                if (radix < 10 && isDigit(c)) {
                    throw lexical("invalid digit '" + (char) c + "' in " + kind + " literal", line, pos);
                }
                throw invalidNumber(c, "invalid " + kind + " literal");
            }
            do {
                c = nextChar();
            } while (isRadixDigit(c, radix));
        } while (c == '_');
        if (radix < 10 && isDigit(c)) {
            throw lexical("invalid digit '" + (char) c + "' in " + kind + " literal", line, pos);
        }
        verifyEndOfNumber(c, kind);
        return c;
    }

    private static boolean isRadixDigit(int c, int radix) {
        return c >= 0 && c < 0x80 && Character.digit(c, radix) >= 0;
    }

    /** Steps back over {@code c} and reports the literal as malformed there. */
    private CompileError invalidNumber(int c, String msg) {
        if (c >= 0) backup();
        return lexical(msg, line, pos);
    }

    /** Decimal digits with single underscores between them; returns the character after them. */
    private int decimalTail() {
        for (;;) {
            int c;
            do {
                c = nextChar();
            } while (isDigit(c));
            if (c != '_') return c;
            c = nextChar();
            if (!isDigit(c)) throw invalidNumber(c, "invalid decimal literal");
        }
    }

    private int pointAndFraction(int c) {
        if (c != '.') return c;
        return fraction(nextChar());
    }

    private int fraction(int c) {
        return isDigit(c) ? decimalTail() : c;
    }

    /** An optional exponent and an optional imaginary suffix; returns the character after the number. */
    private int exponentAndSuffix(int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nextChar();
            if (c == '+' || c == '-') {
                c = nextChar();
                if (!isDigit(c)) throw invalidNumber(c, "invalid decimal literal");
            } else if (!isDigit(c)) {
                // "1e" followed by something else: the number ends before the 'e'.
                if (c >= 0) backup();
                verifyEndOfNumber(e, "decimal");
                backup();
                return NUMBER_ENDED;
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = nextChar();
            verifyEndOfNumber(c, "imaginary");
            return c;
        }
        verifyEndOfNumber(c, "decimal");
        return c;
    }

    /**
     * A number directly followed by a letter is malformed, except before the keywords that may
     * follow a number in valid code (and, else, for, if, in, is, not, or), which CPython only
     * warns about.
     */
    private void verifyEndOfNumber(int c, String kind) {
        if (followedByKeyword(c)) return;
        if (c >= 0 && c < 0x80 && isPotentialIdentifierChar((char) c)) {
            backup();
            throw lexical("invalid " + kind + " literal", line, pos);
        }
    }

    /** Whether {@code c} (just read) and what follows it start a keyword allowed after a number. */
    private boolean followedByKeyword(int c) {
        return switch (c) {
            case 'a' -> keywordRestFollows("nd");
            case 'e' -> keywordRestFollows("lse");
            case 'f' -> keywordRestFollows("or");
            case 'i' -> pos < n && (s.charAt(pos) == 'f' || s.charAt(pos) == 'n' || s.charAt(pos) == 's');
            case 'o' -> keywordRestFollows("r");
            case 'n' -> keywordRestFollows("ot");
            default -> false;
        };
    }

    private boolean keywordRestFollows(String rest) {
        if (!s.startsWith(rest, pos)) return false;
        int after = pos + rest.length();
        return after >= n || !isPotentialIdentifierChar(s.charAt(after));
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
            if (fstrings.size() + 1 >= MAX_FSTRING_NESTING) throw lexical("too many nested f-strings", line, pos);
            fstrings.add(new FString(q, triple, prefix.indexOf('r') >= 0, start, startLine));
            return tok(TokenKind.FSTRING_START, s.substring(start, pos), start, pos, line, line);
        }
        pos = quoteAt + (triple ? 3 : 1);
        boolean escapedQuote = false;
        for (;;) {
            if (pos >= n) throw unterminatedString(start, startLine, q, triple, lastLine, false);
            char c = s.charAt(pos);
            if (c == '\\') {
                if (pos + 1 < n && s.charAt(pos + 1) == q) escapedQuote = true;
                if (pos + 1 < n && s.charAt(pos + 1) == '\n') line++;
                pos += 2;
                continue;
            }
            if (c == '\n') {
                if (!triple) throw unterminatedString(start, startLine, q, false, line, escapedQuote);
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

    /**
     * A string with no closing quote, reported at its start. Inside a replacement field, a string
     * opened with the f-string's own quote is really the f-string's end with the '}' missing.
     */
    private CompileError unterminatedString(int start, int startLine, char q, boolean triple, int detectedAt,
                                            boolean escapedQuote) {
        FString fs = currentFString();
        if (fs != null && fs.quote == q && fs.triple == triple) {
            return lexical("f-string: expecting '}'", startLine, start + 1);
        }
        String msg = triple ? "unterminated triple-quoted string literal (detected at line " + detectedAt + ")"
                : "unterminated string literal (detected at line " + detectedAt + ")"
                        + (escapedQuote ? "; perhaps you escaped the end quote?" : "");
        return lexical(msg, startLine, start + 1);
    }

    /** Reads the literal text of an f-string (or of a format spec) up to the next field or the end. */
    private Token fstringLiteral(FString fs) {
        int start = pos;
        int startLine = line;
        boolean spec = fs.mode == FMode.FORMAT_SPEC;
        for (;;) {
            if (pos >= n) {
                if (pos > start) return middle(start, startLine);
                throw lexical((fs.triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal")
                        + " (detected at line " + lastLine + ")", fs.startLine, fs.start + 1);
            }
            char c = s.charAt(pos);
            if (atEndQuote(fs, pos)) {
                if (pos > start) return middle(start, startLine);
                int e = pos + (fs.triple ? 3 : 1);
                Token t = tok(TokenKind.FSTRING_END, s.substring(pos, e), pos, e, line, line);
                pos = e;
                fstrings.remove(fstrings.size() - 1);
                return t;
            }
            if (c == '\n') {
                if (!fs.triple) {
                    if (spec) {
                        // CPython 3.13.0 ends a single-quoted f-string's format spec at a line break.
                        fs.mode = FMode.EXPRESSION;
                        return middle(start, startLine);
                    }
                    throw lexical("unterminated f-string literal (detected at line " + line + ")", fs.startLine,
                            fs.start + 1);
                }
                line++;
                pos++;
                continue;
            }
            if (c == '\\') {
                if (pos + 1 < n) {
                    char d = s.charAt(pos + 1);
                    if (!fs.raw && d == 'N' && pos + 2 < n && s.charAt(pos + 2) == '{') {
                        // A named escape runs to its '}'; the end of the f-string or of the line comes first.
                        int i = pos + 3;
                        while (i < n && s.charAt(i) != '}' && s.charAt(i) != '\n' && !atEndQuote(fs, i)) i++;
                        pos = i < n && s.charAt(i) == '}' ? i + 1 : i;
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
                if (fs.fieldDepths.size() >= MAX_FIELD_NESTING) {
                    throw lexical("f-string: expressions nested too deeply", line, pos);
                }
                return openField(fs);
            }
            if (c == '}') {
                if (spec) {
                    // The spec ends with a literal piece, empty if need be; then the '}' closes the field.
                    fs.mode = FMode.EXPRESSION;
                    return middle(start, startLine);
                }
                if (pos + 1 < n && s.charAt(pos + 1) == '}') {
                    pos += 2;
                    continue;
                }
                if (pos > start) return middle(start, startLine);
                throw lexical("f-string: single '}' is not allowed", line, pos + 1);
            }
            pos++;
        }
    }

    /** Whether the f-string's closing quote (or quotes) start at {@code i}. */
    private boolean atEndQuote(FString fs, int i) {
        if (s.charAt(i) != fs.quote) return false;
        return !fs.triple || (i + 2 < n && s.charAt(i + 1) == fs.quote && s.charAt(i + 2) == fs.quote);
    }

    private Token middle(int start, int startLine) {
        return tok(TokenKind.FSTRING_MIDDLE, s.substring(start, pos), start, pos, startLine, line);
    }

    private Token openField(FString fs) {
        int start = pos;
        pos++;
        if (brackets.size() >= MAX_PAREN) throw lexical("too many nested parentheses", line, pos);
        brackets.add(new Bracket('{', start, line));
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
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "<>"};
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
        pos++;
        if (c == '(' || c == '[' || c == '{') {
            if (brackets.size() >= MAX_PAREN) throw lexical("too many nested parentheses", line, pos);
            brackets.add(new Bracket(c, start, line));
        } else if (c == ')' || c == ']' || c == '}') {
            closeBracket(c);
        } else if (OPS1.indexOf(c) < 0 && (c < 0x20 || c == 0x7F)) {
            throw lexical(String.format("invalid non-printable character U+%04X", (int) c), line, pos);
        }
        // Other printable characters ('$', '?', '`') are tokens no grammar rule accepts.
        return tok(TokenKind.OP, String.valueOf(c), start, pos, line, line);
    }

    private void closeBracket(char c) {
        if (brackets.isEmpty()) throw lexical("unmatched '" + c + "'", line, pos);
        Bracket open = brackets.get(brackets.size() - 1);
        char want = open.ch() == '(' ? ')' : open.ch() == '[' ? ']' : '}';
        if (c != want) {
            FString fs = currentFString();
            if (fs != null && fs.mode == FMode.EXPRESSION && brackets.size() == fieldDepth(fs)) {
                // A closer other than '}' where the replacement field's '{' is innermost.
                throw lexical("f-string: unmatched '" + c + "'", line, pos);
            }
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.ch() + "'";
            if (open.line() != line) msg += " on line " + open.line();
            throw lexical(msg, line, pos);
        }
        brackets.remove(brackets.size() - 1);
    }

    private Token tok(TokenKind kind, String text, int start, int end, int l, int endLine) {
        return new Token(kind, text, start, end, l, endLine, brackets.size(), end, endLine);
    }

    /** An error about the text of a token, reported where the cursor stands. */
    private CompileError lexical(String msg, int lineno, int cursor) {
        lexicalError = true;
        return src.lexicalError(msg, lineno, cursor);
    }

    private CompileError status(CompileError e) {
        lexicalError = false;
        return e;
    }
}
