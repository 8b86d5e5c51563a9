// Parsing pyj's command line the way CPython parses python's: options, then -c/-m/file/-, then the program's arguments.
package pyj.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed command line; {@link #parse} throws {@link UsageError} for a malformed one. */
record CommandLine(Mode mode, String target, List<String> programArgs, int optimize, boolean inspect, boolean quiet,
                   boolean unbuffered, boolean safePath, boolean ignoreEnvironment, boolean help, int version,
                   Map<String, String> xOptions, List<String> warnings) {

    /** What the command runs. */
    enum Mode { SCRIPT, COMMAND, MODULE, STDIN, INTERACTIVE }

    /** A bad command line: the message CPython prints before the usage line. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static CommandLine parse(String[] args) throws UsageError {
        int optimize = 0;
        int version = 0;
        boolean inspect = false;
        boolean quiet = false;
        boolean unbuffered = false;
        boolean safePath = false;
        boolean ignoreEnv = false;
        boolean help = false;
        Map<String, String> x = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help", "--help-all", "--help-env", "--help-xoptions" -> help = true;
                    case "--version" -> version++;
                    default -> throw new UsageError("unknown option " + a);
                }
                i++;
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                switch (c) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        k = a.length();
                        if (c == 'c' || c == 'm') {
                            List<String> rest = new ArrayList<>();
                            rest.add(c == 'c' ? "-c" : value);
                            for (int j = i + 1; j < args.length; j++) rest.add(args[j]);
                            return new CommandLine(c == 'c' ? Mode.COMMAND : Mode.MODULE, value, rest, optimize,
                                    inspect, quiet, unbuffered, safePath, ignoreEnv, help, version, x, warnings);
                        }
                        if (c == 'W') {
                            warnings.add(value);
                        } else {
                            int eq = value.indexOf('=');
                            x.put(eq < 0 ? value : value.substring(0, eq), eq < 0 ? "" : value.substring(eq + 1));
                        }
                    }
                    case 'O' -> optimize++;
                    case 'i' -> inspect = true;
                    case 'q' -> quiet = true;
                    case 'u' -> unbuffered = true;
                    case 'P' -> safePath = true;
                    case 'E' -> ignoreEnv = true;
                    case 'I' -> {
                        ignoreEnv = true;
                        safePath = true;
                    }
                    case 'h', '?' -> help = true;
                    case 'V' -> version++;
                    case 'b', 'B', 'd', 's', 'S', 'v', 'R', 'x' -> { }
                    default -> throw new UsageError("Unknown option: -" + c);
                }
            }
            i++;
        }
        if (i >= args.length) {
            return new CommandLine(Mode.INTERACTIVE, null, List.of(""), optimize, inspect, quiet, unbuffered, safePath,
                    ignoreEnv, help, version, x, warnings);
        }
        List<String> rest = new ArrayList<>();
        for (int j = i; j < args.length; j++) rest.add(args[j]);
        Mode mode = args[i].equals("-") ? Mode.STDIN : Mode.SCRIPT;
        return new CommandLine(mode, args[i], rest, optimize, inspect, quiet, unbuffered, safePath, ignoreEnv, help,
                version, x, warnings);
    }
}
