// A source span attached to an instruction (CPython's location: line, end line, columns).
package pyj.compiler.flowgraph;

import pyj.compiler.ast.Pos;

/** Lines are 1-based, columns 0-based UTF-8 byte offsets; -1 means unknown. */
public record Location(int line, int endLine, int col, int endCol) {
    public static final Location NONE = new Location(-1, -1, -1, -1);

    public static Location of(Pos p) {
        return new Location(p.line(), p.endLine(), p.col(), p.endCol());
    }

    public boolean isNone() { return line < 0; }

    /** Same line only: the location CPython keeps when just the line matters (NOPs). */
    public Location lineOnly() { return new Location(line, line, -1, -1); }
}
