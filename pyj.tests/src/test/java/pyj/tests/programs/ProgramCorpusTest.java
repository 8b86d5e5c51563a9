// Runs every corpus program under every tier configuration and compares with CPython 3.13's committed results.
package pyj.tests.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus is {@code examples/*.py} and {@code pyj.tests/programs/**}{@code /*.py}; next to each
 * program, {@code NAME.out} holds CPython's stdout, and {@code NAME.err} and {@code NAME.status} its
 * stderr and exit status when not empty/zero ({@code tools/expect-outputs} regenerates them). Each
 * program runs once per {@link TierConfiguration}, and every tier must print exactly the same.
 */
class ProgramCorpusTest {

    static Path root() {
        return Path.of(System.getProperty("pyj.root", "..")).toAbsolutePath().normalize();
    }

    static List<Path> corpus() throws IOException {
        Path root = root();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("examples"))) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(out::add);
        }
        Path programs = root.resolve("pyj.tests/programs");
        if (Files.isDirectory(programs)) {
            try (Stream<Path> s = Files.walk(programs)) {
                s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicNode> corpusMatchesCPython() throws IOException {
        List<Path> programs = corpus();
        org.junit.jupiter.api.Assertions.assertFalse(programs.isEmpty(), "no corpus programs found under " + root());
        return programs.stream().map(p -> DynamicContainer.dynamicContainer(root().relativize(p).toString(),
                TierConfiguration.all().stream().map(tier -> DynamicTest.dynamicTest(tier.name(), () -> check(p, tier)))));
    }

    private static void check(Path program, TierConfiguration tier) throws IOException {
        String base = program.toString().substring(0, program.toString().length() - 3);
        String expectedOut = Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = Path.of(base + ".err");
        Path statusFile = Path.of(base + ".status");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : "";
        int expectedStatus = Files.exists(statusFile) ? Integer.parseInt(Files.readString(statusFile).strip()) : 0;
        tier.before();
        ProgramRun run = ProgramRun.script(program.toString(), tier.xOptions());
        String prefix = root() + "/";
        assertEquals(expectedOut, run.stdout().replace(prefix, ""),
                "stdout of " + program.getFileName() + " under " + tier.name());
        assertEquals(expectedErr, run.stderr().replace(prefix, ""), "stderr of " + program.getFileName() + " under "
                + tier.name());
        assertEquals(expectedStatus, run.status(), "exit status of " + program.getFileName() + " under " + tier.name());
        tier.after(program);
    }
}
