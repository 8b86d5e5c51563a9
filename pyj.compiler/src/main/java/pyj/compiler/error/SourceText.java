// Source text with line starts, to turn character offsets into lines, columns and byte columns.
package pyj.compiler.error;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The program text one compilation works on. It maps character offsets to 1-based lines and to
 * CPython's UTF-8 byte columns (used by AST positions), and builds {@link CompileError}s the way
 * each part of CPython does: the parser, the tokenizer and the compiler proper each locate their
 * errors by different rules, and the corpus of syntax errors holds pyj to all three.
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

    /**
     * UTF-8 bytes from the start of {@code line} to the character offset {@code offset}. An offset
     * past the end of the text counts the line break that the tokenizer supplies after a last line
     * that has none, as CPython's tokenizer appends one.
     */
    public int byteColumn(int line, int offset) {
        int start = lineStart(line);
        int end = Math.max(start, Math.min(offset, text.length()));
        int beyond = Math.max(0, offset - text.length());
        if (isAsciiLine(line)) return end - start + beyond;
        int bytes = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            bytes += utf8Length(cp);
            i += Character.charCount(cp);
        }
        return bytes + beyond;
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

    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * An error the parser reports, located as CPython's {@code _PyPegen_raise_error_known_location}
     * does: {@code byteOffset} and {@code endByteOffset} are 1-based UTF-8 byte offsets (end values
     * below 1 are kept as they are, meaning "unknown"), both turned into character offsets against
     * the text of the start line, clamped to one past its end. The text is the whole start line, as
     * CPython reads it back from the source file.
     */
    public CompileError parserError(CompileError.Kind kind, String msg, int lineno, int byteOffset, int endLineno,
                                    int endByteOffset) {
        String lineText = line(lineno);
        int offset = characterOffset(lineText, byteOffset);
        int endOffset = endByteOffset > 0 ? characterOffset(lineText, endByteOffset) : endByteOffset;
        return new CompileError(kind, msg, filename, lineno, offset, endLineno, endOffset, lineText);
    }

    /**
     * An error the tokenizer reports about the text of a token (CPython's {@code _PyTokenizer_syntaxerror}):
     * the offset and end offset both count the characters from the start of {@code lineno} to
     * {@code cursor}, and the text is that line without its line break.
     */
    public CompileError lexicalError(String msg, int lineno, int cursor) {
        int start = lineStart(lineno);
        int offset = text.codePointCount(start, Math.max(start, Math.min(cursor, text.length())));
        return new CompileError(CompileError.Kind.SYNTAX_ERROR, msg, filename, lineno, offset, lineno, offset,
                lineWithoutBreak(lineno));
    }

    /** A tokenizer error with an explicit range, given as 1-based UTF-8 byte offsets that are not converted. */
    public CompileError lexicalError(String msg, int lineno, int byteOffset, int endByteOffset) {
        return new CompileError(CompileError.Kind.SYNTAX_ERROR, msg, filename, lineno, byteOffset, lineno,
                endByteOffset, lineWithoutBreak(lineno));
    }

    /**
     * An error the symbol table or code generator reports at an AST position (0-based byte columns):
     * CPython passes the columns on plus one, unconverted, and reads the line back from the file.
     */
    public CompileError compilerError(String msg, int lineno, int col, int endLineno, int endCol) {
        return new CompileError(CompileError.Kind.SYNTAX_ERROR, msg, filename, lineno, col + 1, endLineno,
                endCol + 1, line(lineno)).withTextFromFile();
    }

    /** The text of a 1-based line without its line break. */
    public String lineWithoutBreak(int lineno) {
        String l = line(lineno);
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    }

    /**
     * CPython's {@code _PyPegen_byte_offset_to_character_offset}: the number of characters that
     * decoding the first {@code byteOffset} bytes of the line yields, where a cut multi-byte
     * sequence decodes to one replacement character and an offset one past the end takes in the
     * terminating NUL.
     */
    static int characterOffset(String lineText, int byteOffset) {
        if (byteOffset <= 0) return byteOffset;
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < lineText.length() && bytes < byteOffset; ) {
            int cp = lineText.codePointAt(i);
            bytes += utf8Length(cp);
            chars++;
            i += Character.charCount(cp);
        }
        return bytes < byteOffset ? chars + 1 : chars;
    }

    static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
