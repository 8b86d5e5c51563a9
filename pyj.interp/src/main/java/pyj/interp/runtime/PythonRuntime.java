// One Python runtime: interpreter state, builtins, sys, imports and the optimizer, and running __main__.
package pyj.interp.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import pyj.compiler.Compiler;
import pyj.interp.builtins.BuiltinsModule;
import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.eval.OptimizerHost;
import pyj.interp.eval.PyCode;
import pyj.interp.eval.PyFrame;
import pyj.interp.imports.ModuleImporter;
import pyj.interp.io.PyTextIO;
import pyj.interp.modules.BuiltinModules;
import pyj.interp.diagnostics.RuntimeLog;
import pyj.interp.modules.SysModule;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;
import pyj.interp.source.SourceCompiler;
import pyj.interp.source.SourceLines;
import pyj.optimizer.api.Optimizer;
import pyj.optimizer.api.OptimizerContext;
import pyj.optimizer.api.OptimizerProvider;

/**
 * CPython's Py_Initialize plus pymain_run_python: builds the interpreter for a
 * {@link RuntimeConfig} and runs the program as {@code __main__}, turning an uncaught exception
 * into a traceback on stderr and exit status 1, and SystemExit into its status. All Python code runs
 * on one thread with a large stack, so deep (but legal) recursion is limited by
 * sys.getrecursionlimit(), not by the JVM's default stack.
 */
public final class PythonRuntime {
    /** Stack for the thread running Python code: room for the default recursion limit many times over. */
    private static final long PYTHON_STACK_BYTES = 1L << 30;

    private final RuntimeConfig config;
    private final Interpreter interp;
    private final OptimizerProvider optimizer;
    private final PyModule main;

    private PythonRuntime(RuntimeConfig config, OptimizerProvider optimizer) {
        this.config = config;
        this.optimizer = optimizer;
        this.interp = new Interpreter();
        interp.optimizeLevel = config.optimize();
        PyModule builtins = BuiltinsModule.create(config.optimize() == 0);
        interp.builtinsModule = builtins;
        interp.builtins = builtins.dict();
        interp.importer = new ModuleImporter(interp);
        interp.sys = SysModule.create(interp, sysConfig(config));
        interp.modules.putStr(PyStr.intern("sys"), interp.sys);
        interp.modules.putStr(PyStr.intern("builtins"), builtins);
        ModuleImporter.describeBuiltin(interp.sys, "sys");
        ModuleImporter.describeBuiltin(builtins, "builtins");
        PyType.setModuleNameSource(PythonRuntime::currentModuleName);
        main = new PyModule("__main__");
        main.put("__builtins__", builtins);
        main.put("__annotations__", new pyj.interp.object.PyDict());
        interp.modules.putStr(PyStr.intern("__main__"), main);
        installOptimizer(config, optimizer);
    }

    /**
     * Creates the runtime: discovers optimizers and chooses one (throwing
     * {@link OptimizerSelection.UnknownOptimizer} for an unknown name) before any Python code runs.
     */
    public static PythonRuntime create(RuntimeConfig config) {
        long start = System.nanoTime();
        List<OptimizerProvider> found = OptimizerSelection.discover();
        OptimizerProvider chosen = OptimizerSelection.choose(found, config.optimizer());
        PythonRuntime rt = new PythonRuntime(config, chosen);
        RuntimeLog.info(PythonRuntime.class, () -> String.format(
                "runtime ready in %.1f ms; optimizers found: %s; tier 2: %s", (System.nanoTime() - start) / 1e6,
                found.stream().map(OptimizerProvider::name).toList(), chosen == null ? "off" : chosen.name()));
        return rt;
    }

    /**
     * Compiler options that fold constants with the runtime's own arithmetic, as every compilation
     * inside pyj does: for tools and tests that call {@link Compiler} directly and want exactly the
     * code objects the runtime would make.
     */
    public static Compiler.Options compilerOptions(int optimize) {
        return new Compiler.Options(0, optimize, null, pyj.interp.eval.ConstantFolding.INSTANCE);
    }

    /** The optimizer provider this run uses, or null when tier 2 is off. */
    public OptimizerProvider optimizer() { return optimizer; }

    private static void installOptimizer(RuntimeConfig config, OptimizerProvider provider) {
        if (provider == null) {
            OptimizerHost.install(null, config.backEdgeThreshold());
            return;
        }
        Optimizer opt = provider.create(new OptimizerContext(config.backEdgeThreshold(), config.optimizerOptions()));
        OptimizerHost.install(opt, config.backEdgeThreshold());
        RuntimeLog.info(PythonRuntime.class, () -> "tier 2 optimizer: " + provider.name() + " (threshold "
                + config.backEdgeThreshold() + ")");
    }

    private static SysModule.Config sysConfig(RuntimeConfig c) {
        List<String> path = new ArrayList<>();
        if (c.path0() != null) path.add(c.path0());
        path.addAll(c.extraPath());
        RuntimeConfig.Streams io = c.streams();
        boolean process = io == RuntimeConfig.Streams.PROCESS;
        boolean inTty = process ? Terminal.stdinIsTerminal() : io.terminal();
        boolean tty = process ? Terminal.stdoutIsTerminal() : io.terminal();
        pyj.interp.io.OpenFunction.setWarningHook(pyj.interp.warnings.Warnings::warn);
        pyj.interp.io.StandardStreams std = process
                ? pyj.interp.io.StandardStreams.ofProcess(inTty, tty, tty, c.unbuffered())
                : pyj.interp.io.StandardStreams.of(io.in(), io.out(), io.err(), io.terminal(), c.unbuffered());
        PyTextIO stdin = std.stdin();
        PyTextIO stdout = std.stdout();
        PyTextIO stderr = std.stderr();
        boolean hashRandom = !"0".equals(System.getenv("PYTHONHASHSEED"));
        return new SysModule.Config(c.argv(), c.origArgv(), c.executable(), path, c.optimize(), c.inspect(), c.quiet(),
                c.path0() == null, hashRandom, stdin, stdout, stderr);
    }

    /** __name__ of the running code, for classes created by type(name, bases, dict). */
    private static PyObject currentModuleName() {
        pyj.interp.object.PyDict g = CodeExecution.callerGlobals();
        PyObject n = g == null ? null : g.getStr(PyStr.intern("__name__"));
        return n != null ? n : PyStr.intern("builtins");
    }

    // ---- running the program -------------------------------------------------------------------

    /** Runs a script file as __main__; returns the exit status. */
    public int runFile(String given) {
        // CPython 3.9+ runs the script under an absolute (not normalised) path: cwd + "/" + path.
        String path = given.startsWith("/") ? given : Path.of("").toAbsolutePath() + "/" + given;
        return onPythonThread(() -> {
            byte[] source;
            try {
                source = Files.readAllBytes(Path.of(path));
            } catch (NoSuchFileException e) {
                return cannotOpen(path, "[Errno 2] No such file or directory");
            } catch (IOException e) {
                String msg = String.valueOf(e.getMessage());
                if (Files.isDirectory(Path.of(path))) {
                    return cannotOpen(path, "[Errno 21] Is a directory");
                }
                return cannotOpen(path, msg);
            }
            main.put("__file__", PyStr.of(path));
            main.put("__cached__", PySingleton.NONE);
            return runMain(() -> CodeExecution.load(
                    SourceCompiler.compile(source, path, Compiler.Mode.EXEC, 0, -1)));
        });
    }

    private int cannotOpen(String path, String reason) {
        stderrWrite(config.programName() + ": can't open file '" + path + "': " + reason + "\n");
        return 2;
    }

    /** Runs {@code -c} code. */
    public int runCommand(String code) {
        return onPythonThread(() -> runMain(() -> {
            PyCode c = CodeExecution.load(SourceCompiler.compile(code, "<string>", Compiler.Mode.EXEC, 0, -1));
            SourceLines.register("<string>", code);
            return c;
        }));
    }

    /** Runs a program read from standard input (named "&lt;stdin&gt;"). */
    public int runStdin() {
        return onPythonThread(() -> runMain(() -> {
            byte[] source;
            try {
                source = stdinBytes();
            } catch (IOException e) {
                throw pyj.interp.io.OsErrors.of(e, "<stdin>");
            }
            return CodeExecution.load(SourceCompiler.compile(source, "<stdin>", Compiler.Mode.EXEC, 0, -1));
        }));
    }

    private byte[] stdinBytes() throws IOException {
        java.io.InputStream in = config.streams().in();
        return (in == null ? System.in : in).readAllBytes();
    }

    /** {@code -m name}: a built-in module's command, or a source module (a package's __main__) as __main__. */
    public int runModule(String name, List<String> args) {
        return onPythonThread(() -> {
            BuiltinModules.ModuleMain builtinMain = BuiltinModules.mainOf(name);
            if (builtinMain != null) return guarded(() -> builtinMain.run(args));
            return guarded(() -> {
                ModuleSource found = ModuleSource.find(interp, name);
                if (found == null) {
                    stderrWrite(config.programName() + ": No module named " + name + "\n");
                    return 1;
                }
                ((pyj.interp.object.PyList) interp.sys.get("argv")).set(0, PyStr.of(found.file()));
                main.put("__file__", PyStr.of(found.file()));
                main.put("__package__", PyStr.of(found.packageName()));
                PyCode code = CodeExecution.load(SourceCompiler.compile(found.source(), found.file(),
                        Compiler.Mode.EXEC, 0, -1));
                CodeExecution.evalCode(code, main.dict(), main.dict());
                return 0;
            });
        });
    }

    /** The REPL (also what {@code -i} enters after the program). */
    public int interactive() {
        return onPythonThread(() -> new InteractiveLoop(interp, main, config).run());
    }

    /** Whether the REPL should follow the program (-i). */
    public boolean inspect() { return config.inspect(); }

    @FunctionalInterface
    private interface CodeSupplier {
        PyCode get();
    }

    @FunctionalInterface
    interface Body {
        int run();
    }

    private int runMain(CodeSupplier compile) {
        return guarded(() -> {
            PyCode code = compile.get();
            CodeExecution.evalCode(code, main.dict(), main.dict());
            return 0;
        });
    }

    /** Runs Python code, mapping SystemExit and uncaught exceptions to an exit status. */
    int guarded(Body body) {
        try {
            return body.run();
        } catch (PyException e) {
            return handleUncaught(e.value);
        } catch (StackOverflowError e) {
            return handleUncaught(pyj.interp.object.PyErr.format(ExceptionTypes.RECURSION_ERROR,
                    "maximum recursion depth exceeded").value);
        } catch (RuntimeException e) {
            // A defect outside any frame (compiling, say): still a Python error, not a JVM trace.
            return handleUncaught(pyj.interp.object.PyErr.format(ExceptionTypes.SYSTEM_ERROR,
                    "internal error in pyj: %s", e).value);
        }
    }

    /** PyErr_Print: SystemExit becomes the status; anything else goes to sys.excepthook and gives 1. */
    int handleUncaught(PyBaseException exc) {
        if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) return systemExitStatus(exc);
        PyModule sys = interp.sys;
        sys.put("last_exc", exc);
        sys.put("last_type", exc.type());
        sys.put("last_value", exc);
        sys.put("last_traceback", exc.traceback() == null ? PySingleton.NONE : exc.traceback());
        PyObject hook = sys.get("excepthook");
        try {
            if (hook == null || hook == PySingleton.NONE) {
                stderrWrite("sys.excepthook is missing\n");
                SysModule.printException(exc);
            } else {
                ObjectProtocol.call(hook, exc.type(), exc, exc.traceback() == null ? PySingleton.NONE : exc.traceback());
            }
        } catch (PyException hookError) {
            if (hookError.matches(ExceptionTypes.SYSTEM_EXIT)) return systemExitStatus(hookError.value);
            stderrWrite("Error in sys.excepthook:\n");
            SysModule.printException(hookError.value);
            stderrWrite("\nOriginal exception was:\n");
            SysModule.printException(exc);
        }
        return 1;
    }

    /** _Py_HandleSystemExit: None is 0, an int is itself, anything else is printed and gives 1. */
    private int systemExitStatus(PyBaseException exc) {
        PyObject code = exc.field(pyj.interp.object.ExceptionFields.EXIT_CODE);
        if (code == null || code == PySingleton.NONE) return 0;
        if (code instanceof PyInt i) {
            return i.isSmall() ? (int) i.value : -1;
        }
        flushStdout();
        PyObject err = interp.sysAttr("stderr");
        String text;
        try {
            text = ObjectProtocol.strString(code);
        } catch (PyException e) {
            text = "";
        }
        if (err != null && err != PySingleton.NONE) {
            ObjectProtocol.callMethod(err, "write", PyStr.of(text + "\n"));
            ObjectProtocol.callMethod(err, "flush");
        } else {
            System.err.println(text);
        }
        return 1;
    }

    private void stderrWrite(String text) {
        PyObject err = interp.sysAttr("stderr");
        if (err instanceof PyTextIO t) {
            t.write(text);
            t.flush();
        } else {
            System.err.print(text);
        }
    }

    private void flushStdout() {
        PyObject out = interp.sysAttr("stdout");
        if (out != null && out != PySingleton.NONE) {
            try {
                ObjectProtocol.callMethod(out, "flush");
            } catch (PyException ignored) {
                // reported by finish()
            }
        }
    }

    /**
     * Flushes sys.stdout and sys.stderr at exit. A stdout that cannot be flushed (a closed pipe)
     * makes the status 120, as in CPython.
     */
    public int finish(int status) {
        return onPythonThread(() -> {
            int result = status;
            pyj.interp.io.DescriptorTable.closeAtExit();
            for (String name : new String[] {"stdout", "stderr"}) {
                PyObject s = interp.sysAttr(name);
                if (s == null || s == PySingleton.NONE) continue;
                try {
                    if (s instanceof PyTextIO t && t.isClosed()) continue;
                    ObjectProtocol.callMethod(s, "flush");
                } catch (PyException e) {
                    if (name.equals("stdout")) {
                        if (!e.matches(ExceptionTypes.BROKEN_PIPE_ERROR)) SysModule.printException(e.value);
                        result = 120;
                    }
                }
            }
            return result;
        });
    }

    /** Runs on the thread that executes Python code (created on first use, with a big stack). */
    private int onPythonThread(Body body) {
        if (Thread.currentThread().getName().equals(PYTHON_THREAD)) return body.run();
        AtomicInteger status = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                status.set(body.run());
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, PYTHON_THREAD, PYTHON_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (failure[0] instanceof RuntimeException re) throw re;
        if (failure[0] instanceof Error err) throw err;
        return status.get();
    }

    private static final String PYTHON_THREAD = "python-main";

    /** The __main__ module's namespace (tests and embedders). */
    public PyModule mainModule() { return main; }

    /** The frame executing now, or null (diagnostics). */
    static PyFrame currentFrame() { return CodeExecution.currentFrame(); }
}
