// Compiling Python source inside the runtime: the compiler with run-time constant folding, SyntaxError and warnings.
package pyj.interp.source;

import pyj.compiler.Compiler;
import pyj.compiler.code.CodeObject;
import pyj.compiler.error.CompileError;
import pyj.interp.eval.ConstantFolding;
import pyj.interp.eval.Interpreter;
import pyj.interp.io.PyTextIO;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * Every compilation the runtime does (running a script, importing a module, {@code compile()},
 * {@code exec()}, {@code eval()}) goes through here, so they all fold constants with the object
 * model's arithmetic, report errors as Python SyntaxError/IndentationError/TabError and print
 * compile-time warnings to sys.stderr the way CPython's default warning filter shows them.
 */
public final class SourceCompiler {
    private SourceCompiler() {}

    /** Compiles text. {@code optimize} &lt; 0 means the interpreter's -O level. */
    public static CodeObject compile(String source, String filename, Compiler.Mode mode, int flags, int optimize) {
        return translatingErrors(() -> Compiler.compile(source, filename, mode, options(flags, optimize)));
    }

    /** Compiles bytes, honouring a BOM or a coding declaration. */
    public static CodeObject compile(byte[] source, String filename, Compiler.Mode mode, int flags, int optimize) {
        return translatingErrors(() -> Compiler.compile(source, filename, mode, options(flags, optimize)));
    }

    /** Compiles a tree (compile() given an ast.AST). */
    public static CodeObject compile(pyj.compiler.ast.Mod tree, String filename, Compiler.Mode mode, int flags,
                                     int optimize) {
        return translatingErrors(() -> Compiler.compile(tree, null, filename, mode, options(flags, optimize)));
    }

    /** Parses only (compile() with PyCF_ONLY_AST); with PyCF_OPTIMIZED_AST the tree is also constant-folded. */
    public static pyj.compiler.ast.Mod parse(String source, String filename, Compiler.Mode mode, int flags,
                                              int optimize) {
        return translatingErrors(() -> {
            Compiler.Options o = options(flags, optimize);
            pyj.compiler.ast.Mod tree = Compiler.parse(source, filename, mode, o);
            return (flags & Compiler.PyCF_OPTIMIZED_AST) == Compiler.PyCF_OPTIMIZED_AST
                    ? Compiler.optimize(tree, filename, o) : tree;
        });
    }

    /** Runs a compilation, turning the compiler's errors into the Python exceptions CPython raises. */
    private static <T> T translatingErrors(java.util.function.Supplier<T> compilation) {
        try {
            return compilation.get();
        } catch (CompileError e) {
            throw syntaxError(e);
        } catch (Compiler.TooDeep e) {
            throw PyErr.format(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        }
    }

    private static Compiler.Options options(int flags, int optimize) {
        int level = optimize >= 0 ? optimize : Interpreter.main().optimizeLevel;
        return new Compiler.Options(flags, level, SourceCompiler::warn, ConstantFolding.INSTANCE);
    }

    /** The Python exception for a compiler error, with CPython's attributes for printing a caret. */
    public static PyException syntaxError(CompileError e) {
        PyType type = switch (e.kind()) {
            case SYNTAX_ERROR -> ExceptionTypes.SYNTAX_ERROR;
            case INDENTATION_ERROR -> ExceptionTypes.INDENTATION_ERROR;
            case TAB_ERROR -> ExceptionTypes.TAB_ERROR;
        };
        PyObject none = PySingleton.NONE;
        PyObject filename = e.filename() == null ? none : PyStr.of(e.filename());
        boolean located = e.lineno() > 0;
        String text = e.text();
        if (e.textFromFile()) {
            // As CPython's PyErr_ProgramTextObject: the line of the named file, if there is such a file.
            String line = located && e.filename() != null ? SourceLines.fileLine(e.filename(), e.lineno()) : null;
            text = line == null ? null : line + "\n";
        }
        PyObject details = PyTuple.of(filename,
                located ? PyInt.of(e.lineno()) : none,
                located ? PyInt.of(e.offset()) : none,
                text == null ? none : PyStr.of(text),
                located && e.endLineno() > 0 ? PyInt.of(e.endLineno()) : none,
                located && e.endLineno() > 0 && e.hasEndOffset() ? PyInt.of(e.endOffset()) : none);
        return new PyException((pyj.interp.object.PyBaseException) ObjectProtocol.call(type, PyStr.of(e.msg()), details));
    }

    /**
     * A compile-time warning (SyntaxWarning, DeprecationWarning): shown on sys.stderr as
     * "file:line: Category: message", as CPython's default filters do.
     */
    private static boolean warn(String category, String message, String filename, int lineno) {
        PyObject err = Interpreter.main().sysAttr("stderr");
        if (err == null || err == PySingleton.NONE) return false;
        // DeprecationWarning is ignored by the default filters outside __main__.
        if (category.equals("DeprecationWarning")) return false;
        String line = filename + ":" + lineno + ": " + category + ": " + message + "\n";
        String src = SourceLines.line(filename, lineno);
        if (src != null && !src.isBlank()) line += "  " + src.strip() + "\n";
        if (err instanceof PyTextIO t) t.write(line);
        else ObjectProtocol.callMethod(err, "write", PyStr.of(line));
        return false;
    }

    /** Whether a code object's flags carry __future__ features to inherit (compile()'s dont_inherit=False). */
    public static int inheritedFlags(int codeFlags) { return codeFlags & Compiler.FUTURE_FLAGS; }

}
