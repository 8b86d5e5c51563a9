// Source lines of files by name (CPython's linecache), for tracebacks and warnings.
package pyj.interp.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import pyj.compiler.tokenize.SourceDecoder;

/**
 * Reads a file's lines on first request and keeps them. Source registered by the runtime (the
 * program given with -c or on stdin, the REPL's input) is served from memory under its
 * pseudo-filename, which CPython cannot do for "&lt;string&gt;" but does for "&lt;stdin&gt;" in
 * the REPL.
 */
public final class SourceLines {
    private SourceLines() {}

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    /** Makes {@code source} the text of {@code filename} (for programs that do not live in a file). */
    public static void register(String filename, String source) {
        CACHE.put(filename, source.lines().toList());
    }

    /** Line {@code lineno} (1-based) without its newline, or null when unavailable. */
    public static String line(String filename, int lineno) {
        if (filename == null || lineno < 1) return null;
        List<String> lines = CACHE.computeIfAbsent(filename, SourceLines::read);
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /** Line {@code lineno} of the file on disk (never of registered source), or null. */
    public static String fileLine(String filename, int lineno) {
        if (filename == null || filename.startsWith("<") && filename.endsWith(">")) return null;
        return line(filename, lineno);
    }

    private static List<String> read(String filename) {
        if (filename.startsWith("<") && filename.endsWith(">")) return List.of();
        try {
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) return List.of();
            return SourceDecoder.decode(Files.readAllBytes(p), filename).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
