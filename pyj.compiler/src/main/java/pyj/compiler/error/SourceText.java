// Source text with line starts, to turn character offsets into lines, columns and byte columns.
package pyj.compiler.error;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The program text one compilation works on. It maps character offsets to 1-based lines, to
 * CPython's UTF-8 byte columns (used by AST positions) and to 1-based character columns (used by
 * {@code SyntaxError.offset}), and builds {@link CompileError}s that point at a span.
 */
public final class SourceText {
    private final String text;
    private final String filename;
    private int[] lineStarts;

    public SourceText(String text, String filename) {
        this.text = text;
        this.filename = filename;
    }

    public String text() { return text; }
    public String filename() { return filename; }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                    starts[n++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, n);
        }
        return lineStarts;
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) i = -i - 2;
        return i + 1;
    }

    public int lineStart(int line) {
        int[] starts = lineStarts();
        if (line < 1) return 0;
        if (line > starts.length) return text.length();
        return starts[line - 1];
    }

    public int lineCount() { return lineStarts().length; }

    /** The text of a 1-based line including its line terminator, or "" past the end. */
    public String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) return "";
        int s = starts[line - 1];
        int e = line < starts.length ? starts[line] : text.length();
        return text.substring(s, e);
    }

    /** CPython's column: UTF-8 bytes from the start of the line. */
    public int byteCol(int offset) {
        int line = lineOf(offset);
        int s = lineStart(line);
        if (isAsciiLine(line)) return offset - s;
        int bytes = 0;
        for (int i = s; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
        }
        return bytes;
    }

    private byte[] asciiLines;

    /** Whether a line has only ASCII characters, so byte and character columns agree. */
    private boolean isAsciiLine(int line) {
        int[] starts = lineStarts();
        if (asciiLines == null) asciiLines = new byte[starts.length + 1];
        if (line < 1 || line > starts.length) return true;
        byte v = asciiLines[line];
        if (v == 0) {
            int st = starts[line - 1];
            int e = line < starts.length ? starts[line] : text.length();
            v = 1;
            for (int i = st; i < e; i++) {
                if (text.charAt(i) >= 0x80) {
                    v = 2;
                    break;
                }
            }
            asciiLines[line] = v;
        }
        return v == 1;
    }

    /** Character offset of a (1-based line, UTF-8 byte column) position, the inverse of {@link #byteCol}. */
    public int offsetOf(int line, int byteCol) {
        int i = lineStart(line);
        int bytes = 0;
        while (i < text.length() && bytes < byteCol) {
            char c = text.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else bytes += 3;
            i++;
        }
        return i;
    }

    /** 1-based column in code points, as SyntaxError.offset counts. */
    public int charCol(int offset) {
        int s = lineStart(lineOf(offset));
        return text.codePointCount(s, Math.min(offset, text.length())) + 1;
    }

    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    public CompileError error(CompileError.Kind kind, String msg, int start, int end) {
        int line = lineOf(start);
        int endLine = lineOf(Math.max(start, end));
        String lineText = line(line);
        int col = charCol(start);
        int endCol = end < 0 ? 0 : charCol(Math.max(start, end));
        if (endLine != line) {
            // CPython reports the end column within the end line; keep it as the caret stops there.
            endCol = charCol(Math.max(start, end));
        }
        return new CompileError(kind, msg, filename, line, col, endLine, endCol, lineText);
    }

    public CompileError syntaxError(String msg, int start, int end) {
        return error(CompileError.Kind.SYNTAX_ERROR, msg, start, end);
    }
}
