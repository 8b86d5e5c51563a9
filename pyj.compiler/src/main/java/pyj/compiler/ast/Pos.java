// Source span of an AST node, in CPython's convention.
package pyj.compiler.ast;

/**
 * Where a node starts and ends: 1-based lines, 0-based columns counted in UTF-8 bytes, which is
 * what CPython's {@code lineno}, {@code col_offset}, {@code end_lineno} and {@code end_col_offset} hold.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    public Pos to(Pos end) { return new Pos(line, col, end.endLine, end.endCol); }
}
