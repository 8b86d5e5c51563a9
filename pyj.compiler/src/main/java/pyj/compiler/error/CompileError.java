// A syntax-level failure of the compiler, carrying what Python's SyntaxError needs to print a caret.
package pyj.compiler.error;

/**
 * Raised by the tokenizer, parser, symbol table and code generator. The runtime turns it into a
 * Python {@code SyntaxError}, {@code IndentationError} or {@code TabError}.
 *
 * <p>The fields are exactly CPython 3.13's {@code SyntaxError} attributes, including its
 * inconsistencies: errors from the tokenizer and parser have 1-based character offsets into
 * {@link #text()}, while errors from the symbol table and code generator carry 1-based UTF-8 byte
 * offsets, as CPython does not convert those. An end offset of {@code 0} or below means "unknown".
 */
public final class CompileError extends RuntimeException {

    /** Which Python exception class the error becomes. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError");

        private final String pythonName;

        Kind(String pythonName) { this.pythonName = pythonName; }

        public String pythonName() { return pythonName; }
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final boolean hasEndOffset;
    private final boolean textFromFile;

    public CompileError(Kind kind, String msg, String filename, int lineno, int offset,
                        int endLineno, int endOffset, String text) {
        this(kind, msg, filename, lineno, offset, endLineno, endOffset, text, true, false);
    }

    private CompileError(Kind kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text, boolean hasEndOffset, boolean textFromFile) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.hasEndOffset = hasEndOffset;
        this.textFromFile = textFromFile;
    }

    /**
     * The same error with no end offset: CPython leaves {@code SyntaxError.end_offset} None when
     * only a start is known (undefined {@code __future__} features).
     */
    public CompileError withoutEndOffset() {
        return new CompileError(kind, msg, filename, lineno, offset, endLineno, 0, text, false, textFromFile);
    }

    /**
     * The same error marked as found after parsing (by the symbol table or code generator), for
     * which CPython reads {@code text} back from the file named {@code filename} rather than taking
     * it from the source it compiled; a runtime compiling a string named "&lt;string&gt;" then has none.
     */
    public CompileError withTextFromFile() {
        return new CompileError(kind, msg, filename, lineno, offset, endLineno, endOffset, text, hasEndOffset, true);
    }

    /** Whether {@link #text()} stands for the line of the file named {@link #filename()}. */
    public boolean textFromFile() { return textFromFile; }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    /** The end offset; 0 when {@link #hasEndOffset()} is false. */
    public int endOffset() { return endOffset; }
    /** Whether there is an end offset, or SyntaxError.end_offset is None. */
    public boolean hasEndOffset() { return hasEndOffset; }
    /**
     * The source line, or null when unknown. It keeps its line break, except for errors the
     * tokenizer finds in a token's text, whose line CPython reports without one.
     */
    public String text() { return text; }

    @Override
    public String toString() {
        return kind.pythonName() + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
