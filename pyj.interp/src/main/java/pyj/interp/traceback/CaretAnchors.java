// Where the "~" operands and "^" operator of a failing expression are: traceback._extract_caret_anchors_from_line_segment.
package pyj.interp.traceback;

import java.util.List;
import java.util.function.IntPredicate;

import pyj.compiler.Compiler;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Stmt;
import pyj.compiler.error.CompileError;

/**
 * Parses the failing source segment and, for a binary operation, a subscript or a call, finds the
 * operator or the brackets, so the traceback can draw "~~~^^^" instead of a row of carets.
 */
final class CaretAnchors {
    private CaretAnchors() {}

    record Anchors(int leftEndLineno, int leftEndOffset, int rightStartLineno, int rightStartOffset,
                   char primaryChar, char secondaryChar) {
        Anchors(int leftEndLineno, int leftEndOffset, int rightStartLineno, int rightStartOffset) {
            this(leftEndLineno, leftEndOffset, rightStartLineno, rightStartOffset, '~', '^');
        }
    }

    private static final Compiler.Options PARSE = new Compiler.Options(0, 0, null, null);

    private static Mod parse(String source) {
        try {
            return Compiler.parse(source, "<unknown>", Compiler.Mode.EXEC, PARSE);
        } catch (CompileError | Compiler.TooDeep e) {
            return null;
        }
    }

    /** The anchors for {@code segment}, or null when it is not one of the three expression kinds. */
    static Anchors extract(String segment) {
        Mod tree = parse("(\n" + segment + "\n)");
        if (!(tree instanceof Mod.Module m) || m.body().size() != 1) return null;
        Lines lines = new Lines(segment.split("\r\n|\r|\n"));
        if (!(m.body().get(0) instanceof Stmt.ExprStmt es)) return null;
        Expr expr = es.value();
        if (expr instanceof Expr.BinOp bin) {
            int[] p = lines.setupPositions(bin.left(), true);
            p = lines.incrementUntil(p[0], p[1], ch -> !Text.isSpace((char) ch) && ch != ')');
            int lineno = p[0];
            int col = p[1];
            int rightCol = col + 1;
            String line = lines.get(lineno);
            if (rightCol < line.length()
                    && (bin.right().pos().line() - 2 > lineno
                        || rightCol < lines.normalize(bin.right().pos().line() - 2, bin.right().pos().col()))
                    && !Text.isSpace(line.charAt(rightCol)) && "\\#".indexOf(line.charAt(rightCol)) < 0) {
                rightCol++;
            }
            return new Anchors(lineno, col, lineno, rightCol);
        }
        if (expr instanceof Expr.Subscript sub) {
            int[] left = lines.setupPositions(sub.value(), true);
            left = lines.incrementUntil(left[0], left[1], ch -> ch == '[');
            int[] right = lines.setupPositions(sub, false);
            return new Anchors(left[0], left[1], right[0], right[1]);
        }
        if (expr instanceof Expr.Call call) {
            int[] left = lines.setupPositions(call.func(), true);
            left = lines.incrementUntil(left[0], left[1], ch -> ch == '(');
            int[] right = lines.setupPositions(call, false);
            return new Anchors(left[0], left[1], right[0], right[1]);
        }
        return null;
    }

    /** The segment's lines, with the cursor helpers of the Python original. */
    private record Lines(String[] lines) {
        String get(int i) { return lines[i]; }

        int normalize(int lineno, int byteOffset) { return FrameFormatter.byteToChar(lines[lineno], byteOffset); }

        int[] nextValidChar(int lineno, int col) {
            while (lineno < lines.length && col >= lines[lineno].length()) {
                col = 0;
                lineno++;
            }
            if (lineno >= lines.length) throw new IllegalStateException("no valid character");
            return new int[] {lineno, col};
        }

        int[] incrementUntil(int lineno, int col, IntPredicate stop) {
            for (;;) {
                char ch = lines[lineno].charAt(col);
                int[] p;
                if (ch == '\\' || ch == '#') p = nextValidChar(lineno + 1, 0);
                else if (!stop.test(ch)) p = nextValidChar(lineno, col + 1);
                else return new int[] {lineno, col};
                lineno = p[0];
                col = p[1];
            }
        }

        /** The end of {@code e} in segment coordinates (the parse added a "(" line before it). */
        int[] setupPositions(Expr e, boolean forceValid) {
            int lineno = e.pos().endLine() - 2;
            int col = normalize(lineno, e.pos().endCol());
            return forceValid ? nextValidChar(lineno, col) : new int[] {lineno, col};
        }
    }

    /** StackSummary._should_show_carets. */
    static boolean shouldShowCarets(int start, int end, List<String> all, Anchors anchors) {
        Mod tree = parse(String.join("\n", all));
        if (tree instanceof Mod.Module m) {
            if (m.body().isEmpty()) return false;
            Stmt st = m.body().get(0);
            Expr value = null;
            if (st instanceof Stmt.Return r && r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name) {
                value = c;
            } else if (st instanceof Stmt.Assign a && a.value() instanceof Expr.Call c && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name) {
                value = c;
            }
            if (value != null && value.pos().line() == 1 && value.pos().endLine() == all.size()
                    && value.pos().col() == start && value.pos().endCol() == end) {
                return false;
            }
        }
        if (anchors != null) return true;
        String first = all.get(0);
        String last = all.get(all.size() - 1);
        return !Text.lstrip(first.substring(0, Math.min(start, first.length()))).isEmpty()
                || !last.substring(Math.min(end, last.length())).stripTrailing().isEmpty();
    }
}
