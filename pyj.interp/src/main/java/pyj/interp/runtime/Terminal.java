// Whether the standard streams are terminals (isatty), which decides buffering and the REPL.
package pyj.interp.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Java offers only {@code Console.isTerminal()}, true when stdin and stdout both are; CPython
 * asks per stream. On Linux the answer is where {@code /proc/self/fd/N} points.
 */
final class Terminal {
    private Terminal() {}

    static boolean stdinIsTerminal() { return isTerminal(0); }

    static boolean stdoutIsTerminal() { return isTerminal(1); }

    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            java.io.Console c = System.console();
            return c != null && c.isTerminal();
        }
    }
}
