// Everything the command line decides about a run, handed from the launcher to the runtime.
package pyj.interp.runtime;

import java.util.List;
import java.util.Map;

/**
 * @param programName     how error messages name the program ("pyj")
 * @param executable      sys.executable
 * @param argv            sys.argv
 * @param origArgv        sys.orig_argv
 * @param path0           sys.path[0]: the script's directory, "" for -c and stdin, the cwd for -m;
 *                        null to leave it out (-P)
 * @param extraPath       entries from PYTHONPATH, after path0
 * @param optimize        -O level
 * @param inspect         -i: enter the REPL after the program
 * @param quiet           -q: no REPL banner
 * @param unbuffered      -u or PYTHONUNBUFFERED: flush stdout and stderr after every write
 * @param optimizer       -X optimizer=NAME; null for the default, "none" for no tier 2
 * @param optimizerOptions -X optimizer.NAME.KEY=VALUE for the chosen optimizer, keys without the prefix
 * @param backEdgeThreshold back-edge executions before a loop is offered to the optimizer
 * @param streams         the standard streams; {@link Streams#PROCESS} for the process's own
 */
public record RuntimeConfig(String programName, String executable, List<String> argv, List<String> origArgv,
                            String path0, List<String> extraPath, int optimize, boolean inspect, boolean quiet,
                            boolean unbuffered, String optimizer, Map<String, String> optimizerOptions,
                            int backEdgeThreshold, Streams streams) {
    /** CPython 3.13's JUMP_BACKWARD warm-up: 16 executions. */
    public static final int DEFAULT_BACK_EDGE_THRESHOLD = 16;

    /**
     * Where sys.stdin, sys.stdout and sys.stderr read and write. Embedders and tests pass their own
     * streams; {@code terminal} says whether to treat them as a terminal (line buffering, REPL).
     */
    public record Streams(java.io.InputStream in, java.io.OutputStream out, java.io.OutputStream err,
                          boolean terminal) {
        /** The process's file descriptors 0, 1 and 2. */
        public static final Streams PROCESS = new Streams(null, null, null, false);
    }

    public RuntimeConfig {
        argv = List.copyOf(argv);
        origArgv = List.copyOf(origArgv);
        extraPath = List.copyOf(extraPath);
        optimizerOptions = Map.copyOf(optimizerOptions);
    }
}
