// One traceback entry: "File ..., line ..., in ...", its source lines and CPython 3.13's ~~~^^^ markers.
package pyj.interp.traceback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import pyj.compiler.code.CodeObject;
import pyj.interp.eval.PyTraceback;
import pyj.interp.source.SourceLines;

/**
 * A port of {@code StackSummary.format_frame_summary} from CPython 3.13's traceback module: the
 * instruction's source span is shown with carets under it, with a lighter "~" for the operands of
 * a binary operation, subscript or call (see {@link CaretAnchors}), unless the span is the whole line.
 */
final class FrameFormatter {
    private FrameFormatter() {}

    /** FrameSummary: where a frame was; columns are UTF-8 byte offsets, -1 when unknown. */
    record Frame(String filename, int lineno, int endLineno, int col, int endCol, String name) {}

    /** The frames of a traceback, outermost first, with the full position of each failing instruction. */
    static List<Frame> extract(PyTraceback tb) {
        List<Frame> out = new ArrayList<>();
        for (; tb != null; tb = tb.next) {
            CodeObject co = tb.frame.code.source;
            CodeObject.Positions p = co.positions();
            int unit = tb.lasti;
            int line = p.line(unit);
            int endLine = valid(p.endLines(), unit);
            int col = valid(p.cols(), unit);
            int endCol = valid(p.endCols(), unit);
            if (line < 0) line = tb.lineno;
            out.add(new Frame(co.filename(), line, endLine < 0 ? line : endLine, col, endCol, co.name()));
        }
        return out;
    }

    private static int valid(int[] a, int i) { return i >= 0 && i < a.length ? a[i] : -1; }

    static String format(Frame f) {
        StringBuilder row = new StringBuilder();
        String filename = f.filename().startsWith("<stdin>-") ? "<stdin>" : f.filename();
        row.append("  File \"").append(filename).append("\", line ").append(f.lineno()).append(", in ")
                .append(f.name()).append('\n');
        List<String> original = new ArrayList<>();
        for (int l = f.lineno(); l <= f.endLineno(); l++) {
            String s = SourceLines.line(f.filename(), l);
            original.add(s == null ? "" : s.stripTrailing());
        }
        List<String> dedented = Text.dedent(original);
        if (String.join("\n", dedented).isBlank()) return row.toString();
        if (f.col() < 0 || f.endCol() < 0) {
            row.append("    ").append(original.get(0).strip()).append('\n');
            return row.toString();
        }
        String firstLine = original.get(0);
        String lastLine = original.get(f.endLineno() - f.lineno());
        int start = byteToChar(firstLine, f.col());
        int end = byteToChar(lastLine, f.endCol());
        List<String> all = dedented.subList(0, f.endLineno() - f.lineno() + 1);
        int dedent = firstLine.length() - all.get(0).length();
        start = Math.max(0, start - dedent);
        end = Math.max(0, end - dedent);
        int dpStart = Text.displayWidth(all.get(0), start);
        int dpEnd = Text.displayWidth(all.get(all.size() - 1), end);
        String joined = String.join("\n", all);
        int segEnd = joined.length() - (all.get(all.size() - 1).length() - end);
        String segment = start <= segEnd && segEnd <= joined.length() ? joined.substring(Math.min(start, segEnd), segEnd) : "";
        CaretAnchors.Anchors anchors = null;
        try {
            anchors = CaretAnchors.extract(segment);
        } catch (RuntimeException e) {
            anchors = null;
        }
        boolean showCarets = CaretAnchors.shouldShowCarets(start, end, all, anchors);

        TreeSet<Integer> significant = new TreeSet<>(List.of(0, all.size() - 1));
        int leftEnd = 0;
        int rightStart = 0;
        if (anchors != null) {
            leftEnd = anchors.leftEndOffset();
            rightStart = anchors.rightStartOffset();
            if (anchors.leftEndLineno() == 0) leftEnd += start;
            if (anchors.rightStartLineno() == 0) rightStart += start;
            leftEnd = Text.displayWidth(all.get(anchors.leftEndLineno()), leftEnd);
            rightStart = Text.displayWidth(all.get(anchors.rightStartLineno()), rightStart);
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors.leftEndLineno() + d);
                significant.add(anchors.rightStartLineno() + d);
            }
        }
        significant.remove(-1);
        significant.remove(all.size());
        List<String> result = new ArrayList<>();
        Carets carets = new Carets(all, showCarets, anchors, dpStart, dpEnd, leftEnd, rightStart);
        Integer prev = null;
        for (int lineno : significant) {
            if (prev != null) {
                int diff = lineno - prev;
                if (diff == 2) carets.output(lineno - 1, result);
                else if (diff > 2) result.add("...<" + (diff - 1) + " lines>...\n");
            }
            carets.output(lineno, result);
            prev = lineno;
        }
        for (String l : Text.dedentText(String.join("", result))) row.append("    ").append(l);
        return row.toString();
    }

    /** The output_line closure of format_frame_summary. */
    private record Carets(List<String> all, boolean show, CaretAnchors.Anchors anchors, int dpStart, int dpEnd,
                          int leftEnd, int rightStart) {
        void output(int lineno, List<String> result) {
            String line = all.get(lineno);
            result.add(line + "\n");
            if (!show) return;
            int spaces = line.length() - Text.lstrip(line).length();
            int num = lineno == all.size() - 1 ? dpEnd : Text.displayWidth(line, line.length());
            StringBuilder c = new StringBuilder();
            for (int col = 0; col < num; col++) {
                if (col < spaces || (lineno == 0 && col < dpStart)) {
                    c.append(' ');
                } else if (anchors != null
                        && (lineno > anchors.leftEndLineno() || (lineno == anchors.leftEndLineno() && col >= leftEnd))
                        && (lineno < anchors.rightStartLineno()
                            || (lineno == anchors.rightStartLineno() && col < rightStart))) {
                    c.append(anchors.secondaryChar());
                } else {
                    c.append(anchors != null ? anchors.primaryChar() : '^');
                }
            }
            result.add(c.append('\n').toString());
        }
    }

    /** _byte_offset_to_character_offset: the character index a UTF-8 byte offset falls at. */
    static int byteToChar(String s, int byteOffset) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = Math.max(0, Math.min(byteOffset, b.length));
        return new String(b, 0, n, StandardCharsets.UTF_8).length();
    }
}
