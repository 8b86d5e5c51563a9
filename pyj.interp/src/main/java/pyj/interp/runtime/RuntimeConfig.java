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
 */
public record RuntimeConfig(String programName, String executable, List<String> argv, List<String> origArgv,
                            String path0, List<String> extraPath, int optimize, boolean inspect, boolean quiet,
                            boolean unbuffered, String optimizer, Map<String, String> optimizerOptions,
                            int backEdgeThreshold) {
    /** CPython 3.13's JUMP_BACKWARD warm-up: 16 executions. */
    public static final int DEFAULT_BACK_EDGE_THRESHOLD = 16;

    public RuntimeConfig {
        argv = List.copyOf(argv);
        origArgv = List.copyOf(origArgv);
        extraPath = List.copyOf(extraPath);
        optimizerOptions = Map.copyOf(optimizerOptions);
    }
}
