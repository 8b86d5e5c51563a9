// The sys module: interpreter configuration, standard streams, the module table and runtime limits.
package pyj.interp.modules;

import java.util.List;

import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.eval.PyFrame;
import pyj.interp.eval.ThreadState;
import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.IntOps;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyNamespace;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySet;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyStructSeq;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.traceback.StandardLibraryNames;
import pyj.interp.traceback.TracebackPrinter;

/** Creates sys for an interpreter from the launcher's configuration. */
public final class SysModule {
    private static final ArgParser MAX_DIGITS = new ArgParser("set_int_max_str_digits", 1, "maxdigits");
    private SysModule() {}

    /** The CPython version pyj implements. */
    public static final int MAJOR = 3;
    public static final int MINOR = 13;
    public static final int MICRO = 0;
    /** pyj's own version. */
    public static final String PYJ_VERSION = "0.1.0";

    private static final PyType VERSION_INFO = PyStructSeq.newType("sys", "version_info", "major", "minor", "micro",
            "releaselevel", "serial");
    private static final PyType FLAGS = PyStructSeq.newType("sys", "flags", "debug", "inspect", "interactive",
            "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
            "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
            "warn_default_encoding", "safe_path", "int_max_str_digits");
    private static final PyType INT_INFO = PyStructSeq.newType("sys", "int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    private static final PyType FLOAT_INFO = PyStructSeq.newType("sys", "float_info", "max", "max_exp", "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final PyType HASH_INFO = PyStructSeq.newType("sys", "hash_info", "width", "modulus", "inf", "nan",
            "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");

    /** What the command line decided. */
    public record Config(List<String> argv, List<String> origArgv, String executable, List<String> path,
                         int optimize, boolean inspect, boolean quiet, boolean safePath, boolean hashRandomization,
                         PyObject stdin, PyObject stdout, PyObject stderr) {}

    public static PyModule create(Interpreter interp, Config c) {
        PyModule sys = new PyModule("sys");
        sys.put("__doc__", PyStr.of("This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter."));
        sys.put("argv", strings(c.argv()));
        sys.put("orig_argv", strings(c.origArgv()));
        sys.put("executable", PyStr.of(c.executable()));
        sys.put("_base_executable", PyStr.of(c.executable()));
        String prefix = prefixOf(c.executable());
        for (String p : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            sys.put(p, PyStr.of(prefix));
        }
        sys.put("platform", PyStr.intern("linux"));
        sys.put("byteorder", PyStr.intern("little"));
        sys.put("maxsize", PyInt.of(Long.MAX_VALUE));
        // What CPython reports for its 30-bit digits and IEEE doubles; pyj's int and float agree with both.
        sys.put("int_info", PyStructSeq.of(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        sys.put("float_info", PyStructSeq.of(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.ONE));
        sys.put("hash_info", PyStructSeq.of(HASH_INFO, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
                PyInt.ZERO, PyInt.of(1000003), PyStr.intern("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        sys.put("maxunicode", PyInt.of(0x10FFFF));
        sys.put("path", strings(c.path()));
        sys.put("meta_path", new PyList());
        sys.put("path_hooks", new PyList());
        sys.put("path_importer_cache", new pyj.interp.object.PyDict());
        sys.put("modules", interp.modules);
        sys.put("builtin_module_names", builtinModuleNames());
        sys.put("stdlib_module_names", frozenset(StandardLibraryNames.all()));
        String java = System.getProperty("java.vm.name", "Java") + " " + Runtime.version();
        sys.put("version", PyStr.of(MAJOR + "." + MINOR + "." + MICRO + " (pyj " + PYJ_VERSION + ") [" + java + "]"));
        sys.put("version_info", PyStructSeq.of(VERSION_INFO, PyInt.of(MAJOR), PyInt.of(MINOR), PyInt.of(MICRO),
                PyStr.intern("final"), PyInt.ZERO));
        sys.put("hexversion", PyInt.of((MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xF0));
        sys.put("api_version", PyInt.of(1013));
        sys.put("implementation", PyNamespace.of("name", PyStr.intern("pyj"), "cache_tag", PySingleton.NONE,
                "version", PyStructSeq.of(VERSION_INFO, PyInt.ZERO, PyInt.ONE, PyInt.ZERO, PyStr.intern("alpha"),
                        PyInt.ZERO),
                "hexversion", PyInt.of(0x000100A0), "_multiarch", PyStr.intern("x86_64-linux-gnu")));
        sys.put("copyright", PyStr.of("Copyright (c) pyj authors.\nPython is Copyright (c) Python Software Foundation."));
        // The limit is process-wide state in IntOps; a new runtime starts from the default again.
        IntOps.maxStrDigits = IntOps.DEFAULT_MAX_STR_DIGITS;
        sys.put("flags", PyStructSeq.of(FLAGS, PyInt.ZERO, PyInt.of(c.inspect() ? 1 : 0), PyInt.ZERO,
                PyInt.of(c.optimize()), PyInt.ONE, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO,
                PyInt.of(c.quiet() ? 1 : 0), PyInt.of(c.hashRandomization() ? 1 : 0), PyInt.ZERO, PyBool.FALSE,
                PyInt.ONE, PyInt.ZERO, PyBool.of(c.safePath()), PyInt.of(IntOps.DEFAULT_MAX_STR_DIGITS)));
        sys.put("dont_write_bytecode", PyBool.TRUE);
        sys.put("pycache_prefix", PySingleton.NONE);
        sys.put("warnoptions", new PyList());
        sys.put("_xoptions", new pyj.interp.object.PyDict());
        for (String[] s : new String[][] {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}}) {
            PyObject stream = switch (s[0]) {
                case "stdin" -> c.stdin();
                case "stdout" -> c.stdout();
                default -> c.stderr();
            };
            sys.put(s[0], stream);
            sys.put(s[1], stream);
        }
        defineFunctions(sys, interp);
        return sys;
    }

    private static PyList strings(List<String> items) {
        PyList l = new PyList();
        for (String s : items) l.append(PyStr.of(s));
        return l;
    }

    private static String prefixOf(String executable) {
        int slash = executable.lastIndexOf('/');
        String dir = slash > 0 ? executable.substring(0, slash) : ".";
        return dir.endsWith("/bin") ? dir.substring(0, dir.length() - 4) : dir;
    }

    private static PyObject frozenset(List<String> names) {
        PyList l = strings(names);
        return ObjectProtocol.call(PySet.FROZENSET_TYPE, l);
    }

    private static PyTuple builtinModuleNames() {
        List<String> names = BuiltinModules.names();
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) items[i] = PyStr.of(names.get(i));
        return new PyTuple(items);
    }

    private static final ArgParser GETFRAME = new ArgParser("_getframe", 0, 1, 1, "depth");

    private static void defineFunctions(PyModule sys, Interpreter interp) {
        sys.put("exit", MethodDef.function(sys, "exit", (self, args, kw) -> {
            ArgParser.noKeywords("exit", kw);
            ArgParser.checkPositional("exit", args, kw, 0, 1);
            if (args.length == 0) throw PyErr.noArgs(ExceptionTypes.SYSTEM_EXIT);
            throw PyErr.withArgs(ExceptionTypes.SYSTEM_EXIT, args[0]);
        }));
        sys.put("get_int_max_str_digits", MethodDef.function(sys, "get_int_max_str_digits", (self, args, kw) -> {
            ArgParser.checkPositional("get_int_max_str_digits", args, kw, 0, 0);
            return PyInt.of(IntOps.maxStrDigits);
        }));
        sys.put("set_int_max_str_digits", MethodDef.function(sys, "set_int_max_str_digits", (self, args, kw) -> {
            long n = ObjectProtocol.index(MAX_DIGITS.parse(args, kw)[0]);
            if (n != 0 && n < 640) throw PyErr.valueError("maxdigits must be 0 or larger than 640");
            IntOps.maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
            return PySingleton.NONE;
        }));
        sys.put("getrecursionlimit", MethodDef.function(sys, "getrecursionlimit", (self, args, kw) -> {
            ArgParser.checkPositional("getrecursionlimit", args, kw, 0, 0);
            return PyInt.of(interp.recursionLimit);
        }));
        sys.put("setrecursionlimit", MethodDef.function1(sys, "setrecursionlimit", n -> {
            if (!(n instanceof PyInt)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        n.type().name());
            }
            int limit = ((PyInt) n).intValue();
            if (limit < 1) throw PyErr.valueError("recursion limit must be greater or equal than 1");
            int depth = ThreadState.current().depth();
            if (depth >= limit) {
                throw PyErr.format(ExceptionTypes.RECURSION_ERROR,
                        "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        limit, depth);
            }
            interp.recursionLimit = limit;
            return PySingleton.NONE;
        }));
        sys.put("getdefaultencoding", MethodDef.function(sys, "getdefaultencoding", (self, a, k) -> PyStr.intern("utf-8")));
        sys.put("getfilesystemencoding", MethodDef.function(sys, "getfilesystemencoding",
                (self, a, k) -> PyStr.intern("utf-8")));
        sys.put("getfilesystemencodeerrors", MethodDef.function(sys, "getfilesystemencodeerrors",
                (self, a, k) -> PyStr.intern("surrogateescape")));
        sys.put("intern", MethodDef.function1(sys, "intern", s -> {
            if (s.getClass() != PyStr.class) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "intern() argument must be str, not %s", s.type().name());
            }
            return PyStr.intern(((PyStr) s).value());
        }));
        sys.put("exception", MethodDef.function(sys, "exception", (self, args, kw) -> {
            ArgParser.checkPositional("exception", args, kw, 0, 0);
            PyObject e = ThreadState.current().handledException();
            return e == null ? PySingleton.NONE : e;
        }));
        sys.put("exc_info", MethodDef.function(sys, "exc_info", (self, args, kw) -> {
            ArgParser.checkPositional("exc_info", args, kw, 0, 0);
            PyObject e = ThreadState.current().handledException();
            if (!(e instanceof PyBaseException be)) {
                return PyTuple.of(PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
            }
            PyObject tb = be.traceback();
            return PyTuple.of(be.type(), be, tb == null ? PySingleton.NONE : tb);
        }));
        sys.put("_getframe", MethodDef.function(sys, "_getframe", (self, args, kw) -> {
            PyObject[] a = GETFRAME.parse(args, kw);
            long depth = a[0] == null ? 0 : ObjectProtocol.index(a[0]);
            PyFrame f = CodeExecution.currentFrame();
            for (long i = 0; i < depth && f != null; i++) f = f.back;
            if (f == null) throw PyErr.valueError("call stack is not deep enough");
            return f;
        }));
        sys.put("is_finalizing", MethodDef.function(sys, "is_finalizing", (self, a, k) -> PyBool.FALSE));
        PyObject displayhook = MethodDef.function1(sys, "displayhook", SysModule::displayhook);
        sys.put("displayhook", displayhook);
        sys.put("__displayhook__", displayhook);
        PyObject excepthook = MethodDef.function(sys, "excepthook", (self, args, kw) -> {
            ArgParser.noKeywords("excepthook", kw);
            ArgParser.checkPositional("excepthook", args, kw, 3, 3);
            if (!(args[1] instanceof PyBaseException e)) {
                throw PyErr.typeError("excepthook: exception value must be an exception");
            }
            printException(e);
            return PySingleton.NONE;
        });
        sys.put("excepthook", excepthook);
        sys.put("__excepthook__", excepthook);
    }

    /** sys.displayhook: the REPL's echo of an expression's value, also stored as builtins._. */
    private static PyObject displayhook(PyObject value) {
        if (value == PySingleton.NONE) return PySingleton.NONE;
        Interpreter interp = Interpreter.main();
        PyStr underscore = PyStr.intern("_");
        interp.builtins.putStr(underscore, PySingleton.NONE);
        PyObject out = interp.sysAttr("stdout");
        if (out == null || out == PySingleton.NONE) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "lost sys.stdout");
        ObjectProtocol.callMethod(out, "write", ObjectProtocol.repr(value));
        ObjectProtocol.callMethod(out, "write", PyStr.intern("\n"));
        interp.builtins.putStr(underscore, value);
        return PySingleton.NONE;
    }

    /** Prints an exception report to sys.stderr (flushing sys.stdout first, as CPython does). */
    public static void printException(PyBaseException e) {
        Interpreter interp = Interpreter.main();
        PyObject out = interp.sysAttr("stdout");
        if (out != null && out != PySingleton.NONE) {
            try {
                ObjectProtocol.callMethod(out, "flush");
            } catch (pyj.interp.object.PyException ignored) {
                // A broken stdout must not hide the report.
            }
        }
        PyObject err = interp.sysAttr("stderr");
        String text = TracebackPrinter.format(e);
        if (err == null || err == PySingleton.NONE) {
            System.err.print(text);
            return;
        }
        ObjectProtocol.callMethod(err, "write", PyStr.of(text));
        ObjectProtocol.callMethod(err, "flush");
    }
}
