// Runs the benchmark harness's --quick mode in-process under every tier configuration; a failed self-check fails the build.
package pyj.tests.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pyj.tests.programs.ProgramRun;
import pyj.tests.programs.TierConfiguration;

/**
 * {@code benchmarks/harness.py --quick NAME} for each {@code benchmarks/bm_NAME.py}: the benchmark runs
 * once at its quick size and its own check verifies the result, so every tier must compute what
 * CPython computes. Timing is not asserted: the full harness ({@code benchmarks/run.py}) measures.
 */
class BenchmarkQuickTest {

    private static Path benchmarks() {
        return Path.of(System.getProperty("pyj.root", "..")).toAbsolutePath().normalize().resolve("benchmarks");
    }

    static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(benchmarks())) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("bm_") && f.endsWith(".py")).sorted()
                    .forEach(f -> names.add(f.substring(3, f.length() - 3)));
        }
        return names;
    }

    @TestFactory
    Stream<DynamicNode> everyBenchmarkPassesItsSelfCheckUnderEveryTier() throws IOException {
        List<String> names = names();
        assertFalse(names.isEmpty(), "no benchmarks under " + benchmarks());
        return names.stream().map(name -> DynamicContainer.dynamicContainer(name, TierConfiguration.all().stream()
                .map(tier -> DynamicTest.dynamicTest(tier.name(), () -> quick(name, tier)))));
    }

    private static void quick(String name, TierConfiguration tier) {
        List<String> args = new ArrayList<>();
        for (String x : tier.xOptions()) {
            args.add("-X");
            args.add(x);
        }
        args.add(benchmarks().resolve("harness.py").toString());
        args.add("--quick");
        args.add(name);
        tier.before();
        ProgramRun run = ProgramRun.of("", args.toArray(new String[0]));
        assertEquals(0, run.status(), name + " under " + tier.name() + ":\n" + run.stdout() + run.stderr());
        assertTrue(run.stdout().startsWith(name + " ") && run.stdout().contains(" ok "),
                name + " under " + tier.name() + " printed: " + run.stdout());
    }
}
