// The tier configurations every corpus program runs under.
package pyj.tests.programs;

import java.nio.file.Path;
import java.util.List;

import pyj.tests.optimizer.CountingOptimizerProvider;

/**
 * A way to run the interpreter: tier 1 alone, or with a tier-2 optimizer and a back-edge threshold
 * of 1 so that every loop tiers up at its first iteration. As optimizer modules arrive (uops, the
 * JIT) they join this list, and every corpus program must keep printing exactly what CPython does.
 */
public record TierConfiguration(String name, List<String> xOptions) {

    public static List<TierConfiguration> all() {
        return List.of(
                new TierConfiguration("tier1", List.of("optimizer=none")),
                new TierConfiguration("counting-executors", List.of("optimizer=counting", "tier2-threshold=1")));
    }

    public void before() {
        CountingOptimizerProvider.reset();
    }

    /** Checks on the run that the output comparison cannot see. */
    public void after(Path program) {
        if (name.equals("counting-executors") && CountingOptimizerProvider.HOT_LOOPS.get() > 0) {
            org.junit.jupiter.api.Assertions.assertTrue(CountingOptimizerProvider.EXECUTIONS.get() > 0,
                    program + ": executors were installed but never entered");
        }
    }
}
