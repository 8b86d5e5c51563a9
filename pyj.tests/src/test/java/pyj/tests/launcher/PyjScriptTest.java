// The README's ./pyj command, run as a new user would: by its path, from another directory, as a process.
package pyj.tests.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** These start real processes, so they also cover JDK discovery, the module path and the AOT cache. */
class PyjScriptTest {
    private static final Path ROOT = Path.of(System.getProperty("pyj.root", "..")).toAbsolutePath().normalize();

    record Result(String stdout, String stderr, int status) {}

    private static Result pyj(Path cwd, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("pyj").toString());
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile("pyj-stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectError(err.toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pyj did not finish");
        String errText = Files.readString(err);
        Files.delete(err);
        return new Result(out, errText, p.exitValue());
    }

    @Test
    void runsAnExampleFromAnotherDirectoryAndPrintsWhatCPythonPrints(@TempDir Path elsewhere) throws Exception {
        Result r = pyj(elsewhere, "", ROOT.resolve("examples/control_flow.py").toString());
        assertEquals(Files.readString(ROOT.resolve("examples/control_flow.out")), r.stdout(), r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void passesArgumentsThroughToSysArgv(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("args.py"), "import sys\nprint(sys.argv)\n");
        Result r = pyj(elsewhere, "", "args.py", "one", "two words", "-x");
        assertEquals("['args.py', 'one', 'two words', '-x']\n", r.stdout(), r.stderr());
    }

    @Test
    void readsTheProgramFromStdinWithDash(@TempDir Path elsewhere) throws Exception {
        Result r = pyj(elsewhere, "print(sum(range(10)))\n", "-");
        assertEquals("45\n", r.stdout(), r.stderr());
    }

    @Test
    void runsDashC(@TempDir Path elsewhere) throws Exception {
        Result r = pyj(elsewhere, "", "-c", "print('hi from -c')");
        assertEquals("hi from -c\n", r.stdout(), r.stderr());
    }

    @Test
    void anUnknownOptimizerFailsWithStatusTwo(@TempDir Path elsewhere) throws Exception {
        Result r = pyj(elsewhere, "", "-X", "optimizer=nosuch", "-c", "print(1)");
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("unknown optimizer") && r.stderr().contains("none"), r.stderr());
    }

}
