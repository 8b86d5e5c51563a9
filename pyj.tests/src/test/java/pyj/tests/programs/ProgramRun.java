// Runs a Python program in-process through the launcher, capturing its output and exit status.
package pyj.tests.programs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import pyj.interp.runtime.RuntimeConfig;
import pyj.launcher.Main;

/** The result of one run: what the program wrote to stdout and stderr, and its exit status. */
public record ProgramRun(String stdout, String stderr, int status) {

    /** Runs {@code pyj ARGS} with {@code stdin} as standard input. */
    public static ProgramRun of(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status = Main.run(args, new RuntimeConfig.Streams(in, out, err, false));
        return new ProgramRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Runs a script under a tier configuration given as -X options. */
    public static ProgramRun script(String path, List<String> xOptions) {
        List<String> args = new ArrayList<>();
        for (String x : xOptions) {
            args.add("-X");
            args.add(x);
        }
        args.add(path);
        return of("", args.toArray(new String[0]));
    }
}
