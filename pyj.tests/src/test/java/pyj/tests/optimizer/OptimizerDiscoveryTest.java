// The optimizer SPI end to end: discovery with ServiceLoader, selection with -X optimizer, and tier 2 being called.
package pyj.tests.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pyj.interp.runtime.OptimizerSelection;
import pyj.optimizer.api.OptimizerProvider;
import pyj.tests.programs.ProgramRun;

class OptimizerDiscoveryTest {
    private static final String LOOP = "total = 0\nfor i in range(100):\n    total += i\nprint(total)\n";

    @BeforeEach
    void reset() {
        CountingOptimizerProvider.reset();
    }

    @Test
    void theTestModulesProviderIsDiscoveredThroughServiceLoader() {
        List<String> names = OptimizerSelection.discover().stream().map(OptimizerProvider::name).toList();
        assertTrue(names.contains("counting"), "discovered: " + names);
    }

    @Test
    void namingTheCountingOptimizerMakesHotLoopsReachIt() {
        ProgramRun run = ProgramRun.of("", "-X", "optimizer=counting", "-X", "tier2-threshold=7", "-c", LOOP);
        assertEquals("4950\n", run.stdout(), run.stderr());
        assertEquals(0, run.status());
        assertEquals(7, CountingOptimizerProvider.lastThreshold);
        assertEquals(1, CountingOptimizerProvider.HOT_LOOPS.get(), "one loop, offered once");
        // 100 back edges: 7 counted by tier 1 before the loop got hot, the rest through the executor.
        assertEquals(100 - 7, CountingOptimizerProvider.EXECUTIONS.get());
    }

    @Test
    void everyLoopOfAProgramTiersUpWithThresholdOne() {
        Path primes = Path.of(System.getProperty("pyj.root", "..")).resolve("examples/primes.py");
        ProgramRun run = ProgramRun.of("", "-X", "optimizer=counting", "-X", "tier2-threshold=1", primes.toString());
        assertEquals(0, run.status(), run.stderr());
        assertTrue(CountingOptimizerProvider.HOT_LOOPS.get() >= 4, "hot loops: " + CountingOptimizerProvider.HOT_LOOPS);
        assertTrue(CountingOptimizerProvider.EXECUTIONS.get() > 100_000, "executions: " + CountingOptimizerProvider.EXECUTIONS);
    }

    @Test
    void optimizerNoneKeepsToTierOne() {
        ProgramRun run = ProgramRun.of("", "-X", "optimizer=none", "-X", "tier2-threshold=1", "-c", LOOP);
        assertEquals("4950\n", run.stdout());
        assertEquals(0, CountingOptimizerProvider.HOT_LOOPS.get());
    }

    @Test
    void aNegativePriorityProviderIsNeverTheDefault() {
        ProgramRun run = ProgramRun.of("", "-X", "tier2-threshold=1", "-c", LOOP);
        assertEquals("4950\n", run.stdout());
        assertEquals(0, CountingOptimizerProvider.HOT_LOOPS.get());
    }

    @Test
    void anUnknownOptimizerExitsWithStatusTwoAndListsTheAvailableOnes() {
        ProgramRun run = ProgramRun.of("", "-X", "optimizer=nosuch", "-c", "print('never')");
        assertEquals(2, run.status());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().contains("nosuch"), run.stderr());
        assertTrue(run.stderr().contains("counting") && run.stderr().contains("none"), run.stderr());
    }

    @Test
    void helpListsTheDiscoveredOptimizers() {
        ProgramRun run = ProgramRun.of("", "--help");
        assertEquals(0, run.status());
        assertTrue(run.stdout().contains("counting") && run.stdout().contains("-X optimizer=NAME"), run.stdout());
    }
}
