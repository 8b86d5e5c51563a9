// pyj compiles the whole standard library of the machine's python3: a large body of real code nobody here wrote.
package pyj.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import pyj.compiler.Compiler;
import pyj.compiler.error.CompileError;
import pyj.interp.runtime.PythonRuntime;

/**
 * Every {@code .py} file under python3's standard library (site-packages excluded) is compiled by
 * pyj and, in one python3 process, by CPython; the files each rejects must be the same ones (the
 * library holds a few deliberately broken test files, which both must reject).
 */
class StandardLibraryCompileTest {

    private static String python(String script, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(false).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, p.exitValue(), "python3 failed: " + new String(p.getErrorStream().readAllBytes()));
        return out;
    }

    @Test
    @DisplayName("every standard-library file that CPython compiles, pyj compiles, and no other")
    void compilesTheStandardLibrary() throws Exception {
        Path stdlib = Path.of(python("import sysconfig; print(sysconfig.get_paths()['stdlib'])", "").strip());
        List<Path> files;
        try (Stream<Path> s = Files.walk(stdlib)) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/site-packages/"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 1000, "found only " + files.size() + " files under " + stdlib);
        StringBuilder list = new StringBuilder();
        for (Path f : files) list.append(f).append('\n');
        String cpython = python("""
                import sys, warnings
                warnings.simplefilter('ignore')
                for path in sys.stdin.read().split('\\n'):
                    if not path:
                        continue
                    try:
                        with open(path, 'rb') as f:
                            compile(f.read(), path, 'exec')
                    except (SyntaxError, ValueError) as e:
                        print(path)
                """, list.toString());
        TreeSet<String> rejectedByCPython = new TreeSet<>(cpython.lines().filter(l -> !l.isBlank()).toList());
        TreeSet<String> rejectedByPyj = new TreeSet<>();
        List<String> crashes = new ArrayList<>();
        for (Path f : files) {
            try {
                Compiler.compile(Files.readAllBytes(f), f.toString(), Compiler.Mode.EXEC,
                        PythonRuntime.compilerOptions(0));
            } catch (CompileError | Compiler.TooDeep e) {
                rejectedByPyj.add(f.toString());
            } catch (RuntimeException e) {
                crashes.add(f + ": " + e);
            }
        }
        System.out.printf("standard library under %s: %d files; CPython rejects %d, pyj rejects %d%n", stdlib,
                files.size(), rejectedByCPython.size(), rejectedByPyj.size());
        assertEquals(List.of(), crashes, "the compiler failed with a Java exception");
        assertEquals(rejectedByCPython, rejectedByPyj);
    }
}
