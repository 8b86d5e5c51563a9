// The compile() settings the code generator honours: inherited flags, optimisation level, REPL mode.
package pyj.compiler.codegen;

/**
 * {@code flags} holds CPython's PyCF_* and CO_FUTURE_* bits as passed to {@code compile()};
 * {@code optimize} is the -O level (1 drops asserts and __debug__ code, 2 also docstrings);
 * {@code interactive} is mode 'single', where expression statements print their value.
 */
public record CodegenOptions(int flags, int optimize, boolean interactive) {
    public static final int PyCF_ONLY_AST = 0x0400;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    public static final int PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;

    public static final CodegenOptions DEFAULT = new CodegenOptions(0, 0, false);
}
