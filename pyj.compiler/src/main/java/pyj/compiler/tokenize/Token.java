// One token: its kind, its exact source text and where it sits in the source.
package pyj.compiler.tokenize;

/**
 * A token. {@code start} and {@code end} are character offsets into the source; lines are 1-based.
 * Byte columns (what AST positions use) are derived from the offsets by {@code SourceText}.
 */
public record Token(TokenKind kind, String text, int start, int end, int line, int endLine) {

    public boolean is(TokenKind k) { return kind == k; }

    /** True for an operator or delimiter token with exactly this text. */
    public boolean isOp(String op) { return kind == TokenKind.OP && text.equals(op); }

    /** True for a NAME token with exactly this text (keywords are NAME tokens). */
    public boolean isName(String name) { return kind == TokenKind.NAME && text.equals(name); }

    @Override
    public String toString() { return kind + "(" + text + ")@" + line; }
}
