// One token: its kind, its exact source text and where it sits in the source.
package pyj.compiler.tokenize;

/**
 * A token. {@code start} and {@code end} are character offsets into the source; lines are 1-based.
 * Byte columns (what AST positions use) are derived from the offsets by {@code SourceText}.
 *
 * <p>The other components serve error reporting the way CPython's tokens do: {@code level} is
 * the bracket nesting depth once this token has been read, and {@code cursor} (a character
 * offset, one past the end of the text when the tokenizer has read the line break it supplies
 * for a last line without one) and {@code cursorLine} are where the tokenizer stood after
 * producing it. A NEWLINE token starts at a comment that precedes the line break.
 */
public record Token(TokenKind kind, String text, int start, int end, int line, int endLine, int level, int cursor,
                    int cursorLine) {

    public boolean is(TokenKind k) { return kind == k; }

    /** True for an operator or delimiter token with exactly this text. */
    public boolean isOp(String op) { return kind == TokenKind.OP && text.equals(op); }

    /** True for a NAME token with exactly this text (keywords are NAME tokens). */
    public boolean isName(String name) { return kind == TokenKind.NAME && text.equals(name); }

    /**
     * Whether CPython gives the token a source range; INDENT, DEDENT and ENDMARKER have none, nor
     * the NEWLINE (with empty text) that ends interactive input.
     */
    public boolean hasRange() {
        return kind != TokenKind.INDENT && kind != TokenKind.DEDENT && kind != TokenKind.ENDMARKER
                && !(kind == TokenKind.NEWLINE && text.isEmpty());
    }

    @Override
    public String toString() { return kind + "(" + text + ")@" + line; }
}
