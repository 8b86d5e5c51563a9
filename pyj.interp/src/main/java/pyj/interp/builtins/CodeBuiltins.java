// The builtins that compile and run code: compile, exec, eval, __import__ and __build_class__.
package pyj.interp.builtins;

import java.nio.charset.StandardCharsets;

import pyj.compiler.Compiler;
import pyj.compiler.code.CodeObject;
import pyj.compiler.ast.Mod;
import pyj.interp.ast.AstObjects;
import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.eval.PyCode;
import pyj.interp.eval.PyFrame;
import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PyCell;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.source.SourceCompiler;

final class CodeBuiltins {
    private CodeBuiltins() {}

    private static final ArgParser COMPILE = new ArgParser("compile", 3, 0, 6, "source", "filename", "mode", "flags",
            "dont_inherit", "optimize", "_feature_version");
    private static final ArgParser EXEC = new ArgParser("exec", 1, 3, 3, "source", "globals", "locals", "closure");
    private static final ArgParser EVAL = new ArgParser("eval", 1, 3, 3, "source", "globals", "locals");
    private static final ArgParser IMPORT = new ArgParser("__import__", 1, 0, 5, "name", "globals", "locals",
            "fromlist", "level");
    private static final PyStr BUILTINS = PyStr.intern("__builtins__");

    static void define(PyModule b) {
        b.put("compile", MethodDef.function(b, "compile", (self, args, kw) -> compile(COMPILE.parse(args, kw))));
        b.put("exec", MethodDef.function(b, "exec", (self, args, kw) -> {
            PyObject[] a = EXEC.parse(args, kw);
            run(a[0], a[1], a[2], a[3], "exec");
            return PySingleton.NONE;
        }));
        b.put("eval", MethodDef.function(b, "eval", (self, args, kw) -> {
            PyObject[] a = EVAL.parse(args, kw);
            return run(a[0], a[1], a[2], null, "eval");
        }));
        b.put("__import__", MethodDef.function(b, "__import__", (self, args, kw) -> {
            PyObject[] a = IMPORT.parse(args, kw);
            if (!(a[0] instanceof PyStr name)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__import__() argument 1 must be str, not %s",
                        a[0].type().name());
            }
            PyDict globals = a[1] instanceof PyDict d ? d : null;
            PyObject fromlist = a[3] == null ? PySingleton.NONE : a[3];
            int level = a[4] == null ? 0 : (int) ObjectProtocol.index(a[4]);
            if (level < 0) throw PyErr.valueError("level must be >= 0");
            return Interpreter.main().importer.importModule(name.value(), globals, fromlist, level);
        }));
        b.put("__build_class__", MethodDef.function(b, "__build_class__", ClassBuilder::buildClass));
    }

    /** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1). */
    private static PyObject compile(PyObject[] a) {
        String filename = filename(a[1]);
        if (!(a[2] instanceof PyStr modeName)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "compile() argument 'mode' must be str, not %s",
                    a[2].type().name());
        }
        int flags = a[3] == null ? 0 : (int) ObjectProtocol.index(a[3]);
        boolean dontInherit = a[4] != null && ObjectProtocol.isTrue(a[4]);
        int optimize = a[5] == null ? -1 : (int) ObjectProtocol.index(a[5]);
        if ((flags & ~Compiler.ALL_FLAGS) != 0) throw PyErr.valueError("compile(): unrecognised flags");
        if (optimize < -1 || optimize > 2) throw PyErr.valueError("compile(): invalid optimize value");
        Compiler.Mode mode = Compiler.Mode.of(modeName.value());
        if (mode == null) throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        if (!dontInherit) flags |= callerFutureFlags();
        boolean onlyAst = (flags & Compiler.PyCF_ONLY_AST) != 0;
        if (AstObjects.isAst(a[0])) {
            Mod tree = AstObjects.toMod(a[0], mode);
            if (!onlyAst) return CodeExecution.load(SourceCompiler.compile(tree, filename, mode, flags, optimize));
            return a[0];
        }
        if (onlyAst) return AstObjects.toPython(SourceCompiler.parse(sourceText(a[0], "compile()"), filename, mode,
                flags, optimize));
        return CodeExecution.load(compileSource(a[0], filename, mode, flags, optimize, "compile()"));
    }

    private static String filename(PyObject f) {
        if (f instanceof PyStr s) return s.value();
        if (f instanceof PyBytesLike b) return new String(b.toArray(), StandardCharsets.UTF_8);
        PyObject fspath = ObjectProtocol.lookupSpecial(f, PyStr.intern("__fspath__"));
        if (fspath != null) return filename(ObjectProtocol.call(fspath));
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected str, bytes or os.PathLike object, not %s",
                f.type().name());
    }

    /** compile()'s source as text: str as is, bytes decoded by their BOM or coding declaration. */
    private static String sourceText(PyObject source, String who) {
        if (source instanceof PyStr s) return rejectNullBytes(s.value());
        if (source instanceof PyBytesLike b) {
            byte[] bytes = b.toArray();
            return rejectNullBytes(pyj.compiler.tokenize.SourceDecoder.decode(bytes, "<string>"));
        }
        throw PyErr.typeError(who + " arg 1 must be a string, bytes or AST object");
    }

    private static String rejectNullBytes(String text) {
        if (text.indexOf('\0') >= 0) {
            throw PyErr.newException(ExceptionTypes.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        return text;
    }

    private static CodeObject compileSource(PyObject source, String filename, Compiler.Mode mode, int flags,
                                            int optimize, String who) {
        if (source instanceof PyStr s) {
            return SourceCompiler.compile(rejectNullBytes(s.value()), filename, mode, flags, optimize);
        }
        if (source instanceof PyBytesLike b) {
            byte[] bytes = b.toArray();
            for (byte x : bytes) if (x == 0) rejectNullBytes("\0");
            return SourceCompiler.compile(bytes, filename, mode, flags, optimize);
        }
        String what = who.equals("compile()") ? "compile() arg 1 must be a string, bytes or AST object"
                : who + "() arg 1 must be a string, bytes or code object";
        throw PyErr.typeError(what);
    }

    private static int callerFutureFlags() {
        PyFrame f = CodeExecution.currentFrame();
        return f == null ? 0 : SourceCompiler.inheritedFlags(f.code.flags);
    }

    /** exec() and eval(): resolve the namespaces, compile strings, run. */
    private static PyObject run(PyObject source, PyObject globalsArg, PyObject localsArg, PyObject closure,
                                String who) {
        PyObject globalsObj = globalsArg == null ? PySingleton.NONE : globalsArg;
        PyObject locals = localsArg == null ? PySingleton.NONE : localsArg;
        PyDict globals;
        if (globalsObj == PySingleton.NONE) {
            globals = CodeExecution.callerGlobals();
            if (locals == PySingleton.NONE) locals = CodeExecution.callerLocals();
            if (globals == null) throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "globals and locals cannot be NULL");
        } else if (globalsObj instanceof PyDict d) {
            globals = d;
            if (locals == PySingleton.NONE) locals = globals;
        } else {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, who.equals("exec") ? "exec() globals must be a dict, not %s"
                    : "globals must be a real dict; try eval(expr, {}, mapping)", globalsObj.type().name());
        }
        if (locals != PySingleton.NONE && locals.type().getitem == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    who.equals("exec") ? "locals must be a mapping or None, not %s" : "locals must be a mapping",
                    locals.type().name());
        }
        if (globals.getStr(BUILTINS) == null) globals.putStr(BUILTINS, CodeExecution.callerBuiltins());
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
            if (who.equals("eval") && c.source.nfreevars() > 0) {
                throw PyErr.typeError("code object passed to eval() may not contain free variables");
            }
        } else {
            PyObject src = source;
            if (who.equals("eval") && src instanceof PyStr s) src = PyStr.of(stripLeadingBlanks(s.value()));
            Compiler.Mode mode = who.equals("eval") ? Compiler.Mode.EVAL : Compiler.Mode.EXEC;
            code = CodeExecution.load(compileSource(src, "<string>", mode, callerFutureFlags(), -1, who));
        }
        PyTuple cells = closureCells(code, closure);
        return CodeExecution.evalCode(code, globals, locals, cells);
    }

    private static String stripLeadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return s.substring(i);
    }

    /** exec(..., closure=cells): required exactly when the code has free variables. */
    private static PyTuple closureCells(PyCode code, PyObject closure) {
        int nfree = code.source.nfreevars();
        boolean given = closure != null && closure != PySingleton.NONE;
        if (nfree == 0) {
            if (given) throw PyErr.typeError("cannot use a closure with this code object");
            return null;
        }
        if (!given) throw PyErr.typeError("code object requires a closure of exactly length " + nfree);
        if (!(closure instanceof PyTuple t) || t.size() != nfree) {
            throw PyErr.typeError("code object requires a closure of exactly length " + nfree);
        }
        for (PyObject c : t.items()) {
            if (!(c instanceof PyCell)) throw PyErr.typeError("closure can only contain cells");
        }
        return t;
    }
}
