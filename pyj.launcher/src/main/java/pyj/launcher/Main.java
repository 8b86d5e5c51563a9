// Entry point of `pyj` (and `java -m pyj.launcher`): command line in, exit status out.
package pyj.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import pyj.interp.runtime.OptimizerSelection;
import pyj.interp.runtime.PythonRuntime;
import pyj.interp.runtime.RuntimeConfig;
import pyj.interp.diagnostics.RuntimeLog;
import pyj.optimizer.api.OptimizerProvider;

/**
 * Runs a Python program the way {@code python3} does: {@code pyj [option] ... [-c cmd | -m mod |
 * file | -] [arg] ...}. Exit status 2 for a bad command line (including an unknown
 * {@code -X optimizer}), 1 for an uncaught exception, otherwise the program's.
 */
public final class Main {
    private Main() {}

    static final String PROGRAM = "pyj";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the process's standard streams and returns the exit status. */
    public static int run(String[] args) {
        return run(args, RuntimeConfig.Streams.PROCESS);
    }

    /**
     * Runs the command line with the given standard streams (embedders and tests) and returns the
     * exit status. Messages about the command line itself go to the same error stream.
     */
    public static int run(String[] args, RuntimeConfig.Streams streams) {
        java.io.PrintStream out = streams.out() == null ? System.out
                : new java.io.PrintStream(streams.out(), true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream err = streams.err() == null ? System.err
                : new java.io.PrintStream(streams.err(), true, java.nio.charset.StandardCharsets.UTF_8);
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            err.print(e.getMessage() + "\n" + Help.usageLine() + "Try `pyj -h' for more information.\n");
            return 2;
        }
        if (cl.help()) {
            out.print(Help.text(OptimizerSelection.discover()));
            return 0;
        }
        if (cl.version() > 0) {
            out.println(cl.version() > 1 ? Help.longVersion() : Help.shortVersion());
            return 0;
        }
        Map<String, String> env = cl.ignoreEnvironment() ? Map.of() : System.getenv();
        String log = cl.xOptions().getOrDefault("log", env.get("PYJ_LOG"));
        if (log != null && !log.isEmpty()) RuntimeLog.enable(log);
        RuntimeConfig config;
        try {
            config = config(cl, args, env, streams);
        } catch (IllegalArgumentException e) {
            err.print(PROGRAM + ": " + e.getMessage() + "\n");
            return 2;
        }
        PythonRuntime runtime;
        try {
            runtime = PythonRuntime.create(config);
        } catch (OptimizerSelection.UnknownOptimizer e) {
            err.print(PROGRAM + ": -X optimizer=" + e.requested() + ": unknown optimizer; available: "
                    + String.join(", ", e.available()) + "\n");
            return 2;
        }
        int status = switch (cl.mode()) {
            case SCRIPT -> runtime.runFile(cl.target());
            case COMMAND -> runtime.runCommand(cl.target());
            case MODULE -> runtime.runModule(cl.target(), cl.programArgs().subList(1, cl.programArgs().size()));
            case STDIN -> runtime.runStdin();
            case INTERACTIVE -> interactiveOrStdin(runtime, streams);
        };
        if (cl.inspect() && cl.mode() != CommandLine.Mode.INTERACTIVE) status = runtime.interactive();
        return runtime.finish(status);
    }

    /** With no program: the REPL on a terminal (or with -i), otherwise the program on stdin. */
    private static int interactiveOrStdin(PythonRuntime runtime, RuntimeConfig.Streams streams) {
        boolean terminal = streams == RuntimeConfig.Streams.PROCESS ? isTerminal() : streams.terminal();
        if (runtime.inspect() || terminal) return runtime.interactive();
        return runtime.runStdin();
    }

    private static boolean isTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    static RuntimeConfig config(CommandLine cl, String[] args, Map<String, String> env,
                                RuntimeConfig.Streams streams) {
        String path0 = switch (cl.mode()) {
            case SCRIPT -> scriptDirectory(cl.target());
            case MODULE -> Path.of("").toAbsolutePath().toString();
            default -> "";
        };
        boolean safePath = cl.safePath() || env.containsKey("PYTHONSAFEPATH") && !env.get("PYTHONSAFEPATH").isEmpty();
        if (safePath) path0 = null;
        List<String> extra = new ArrayList<>();
        String pythonPath = env.get("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String p : pythonPath.split(":")) if (!p.isEmpty()) extra.add(p);
        }
        int optimize = cl.optimize();
        String envOpt = env.get("PYTHONOPTIMIZE");
        if (optimize == 0 && envOpt != null && !envOpt.isEmpty()) {
            try {
                optimize = Math.max(1, Integer.parseInt(envOpt));
            } catch (NumberFormatException e) {
                optimize = 1;
            }
        }
        boolean unbuffered = cl.unbuffered() || env.containsKey("PYTHONUNBUFFERED") && !env.get("PYTHONUNBUFFERED").isEmpty();
        boolean inspect = cl.inspect() || env.containsKey("PYTHONINSPECT") && !env.get("PYTHONINSPECT").isEmpty();
        String optimizer = cl.xOptions().get("optimizer");
        if (optimizer != null && optimizer.isEmpty()) throw new IllegalArgumentException("-X optimizer needs a name");
        int threshold = RuntimeConfig.DEFAULT_BACK_EDGE_THRESHOLD;
        String t = cl.xOptions().get("tier2-threshold");
        if (t != null) {
            try {
                threshold = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                threshold = -1;
            }
            if (threshold < 1 || threshold > 4095) {
                throw new IllegalArgumentException("-X tier2-threshold must be an integer from 1 to 4095, not '" + t + "'");
            }
        }
        Map<String, String> optimizerOptions = new HashMap<>();
        for (Map.Entry<String, String> e : cl.xOptions().entrySet()) {
            if (e.getKey().startsWith("optimizer.")) optimizerOptions.put(e.getKey().substring("optimizer.".length()), e.getValue());
        }
        List<String> orig = new ArrayList<>();
        orig.add(PROGRAM);
        orig.addAll(Arrays.asList(args));
        return new RuntimeConfig(PROGRAM, executable(), cl.programArgs(), orig, path0, extra, optimize, inspect,
                cl.quiet(), unbuffered, optimizer, optimizerOptions, threshold, streams);
    }

    /** sys.path[0] for a script: its directory, with symbolic links resolved, as CPython computes it. */
    private static String scriptDirectory(String script) {
        Path p = Path.of(script).toAbsolutePath();
        try {
            p = p.toRealPath();
        } catch (java.io.IOException e) {
            p = p.normalize();
        }
        Path dir = p.getParent();
        return dir == null ? "/" : dir.toString();
    }

    /** sys.executable: the pyj script that started the JVM, when it says so. */
    private static String executable() {
        String exe = System.getProperty("pyj.executable");
        if (exe != null && !exe.isEmpty()) return exe;
        return ProcessHandle.current().info().command().orElse(PROGRAM);
    }

    /** Tests use this to know which providers are visible. */
    static List<OptimizerProvider> providers() { return OptimizerSelection.discover(); }
}
