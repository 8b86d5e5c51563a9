// A syntax-level failure of the compiler, carrying what Python's SyntaxError needs to print a caret.
package pyj.compiler.error;

/**
 * Raised by the tokenizer, parser, symbol table and code generator. The runtime turns it into a
 * Python {@code SyntaxError}, {@code IndentationError} or {@code TabError}.
 *
 * <p>Columns are 1-based character offsets into {@link #text()}, as in CPython's
 * {@code SyntaxError.offset}; {@code 0} means "no column".
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

    public CompileError(Kind kind, String msg, String filename, int lineno, int offset,
                        int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    /** The source line (with its newline, as CPython keeps it), or null when unknown. */
    public String text() { return text; }

    @Override
    public String toString() {
        return kind.pythonName() + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
