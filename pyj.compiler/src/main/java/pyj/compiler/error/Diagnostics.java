// Where the compiler's errors and warnings go: SyntaxErrors pointing at source spans, warnings to the runtime.
package pyj.compiler.error;

/**
 * One compilation's error and warning channel. Positions come in CPython's AST convention (1-based
 * lines, 0-based UTF-8 byte columns) and are passed on as SyntaxError offsets plus one, unconverted,
 * as CPython's compiler does. Warnings go to a {@link WarningSink}; a sink that answers "raise"
 * (because the warning filters say error) turns the warning into a SyntaxError at the same place,
 * which is what CPython does with compile-time SyntaxWarnings.
 */
public final class Diagnostics {
    private final SourceText source;
    private final String filename;
    private final WarningSink sink;

    /** Receives compile-time warnings. Returns true when the warning must be raised as an error instead. */
    @FunctionalInterface
    public interface WarningSink {
        boolean warn(String category, String message, String filename, int lineno);

        WarningSink IGNORE = (category, message, filename, lineno) -> false;
    }

    public Diagnostics(SourceText source, String filename, WarningSink sink) {
        this.source = source;
        this.filename = filename;
        this.sink = sink == null ? WarningSink.IGNORE : sink;
    }

    public String filename() { return filename; }

    public SourceText source() { return source; }

    /**
     * A SyntaxError the symbol table or code generator reports at an AST span (1-based lines,
     * 0-based UTF-8 byte columns). CPython hands the columns on plus one, without turning them
     * into character offsets, and takes the text from the source line.
     */
    public CompileError syntaxError(String msg, int line, int col, int endLine, int endCol) {
        if (source == null || line <= 0) {
            return new CompileError(CompileError.Kind.SYNTAX_ERROR, msg, filename, Math.max(line, 0), col + 1,
                    Math.max(endLine, 0), endCol + 1, null);
        }
        return source.compilerError(msg, line, col, endLine, endCol);
    }

    /** Reports a warning at an AST span; throws the matching SyntaxError when warnings of that kind are errors. */
    public void warn(String category, String msg, int line, int col, int endLine, int endCol) {
        warn(category, msg, line, () -> syntaxError(msg, line, col, endLine, endCol));
    }

    /** Reports a warning; when warnings of that kind are errors, throws the error {@code asError} makes. */
    public void warn(String category, String msg, int line, java.util.function.Supplier<CompileError> asError) {
        if (sink.warn(category, msg, filename, line)) throw asError.get();
    }
}
