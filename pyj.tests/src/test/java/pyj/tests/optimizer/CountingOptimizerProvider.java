// A test-only tier-2 optimizer that counts hot loops and executor entries, like CPython's counter optimizer.
package pyj.tests.optimizer;

import java.util.concurrent.atomic.AtomicLong;

import pyj.optimizer.api.Executor;
import pyj.optimizer.api.HotLoop;
import pyj.optimizer.api.InterpreterFrame;
import pyj.optimizer.api.Optimizer;
import pyj.optimizer.api.OptimizerContext;
import pyj.optimizer.api.OptimizerProvider;

/**
 * Discovered through ServiceLoader from this test module only. Every loop offered to it gets an
 * executor that counts its entries and hands control straight back to the interpreter at the loop
 * head, which is what CPython's {@code _PyOptimizer_NewCounter} executor does. Negative priority:
 * never chosen unless named with {@code -X optimizer=counting}.
 */
public final class CountingOptimizerProvider implements OptimizerProvider {
    /** Loops offered to the optimizer since the last {@link #reset()}. */
    public static final AtomicLong HOT_LOOPS = new AtomicLong();
    /** Executor entries (back edges taken through an executor) since the last reset. */
    public static final AtomicLong EXECUTIONS = new AtomicLong();
    /** The threshold the last created optimizer was given. */
    public static volatile int lastThreshold;

    public static void reset() {
        HOT_LOOPS.set(0);
        EXECUTIONS.set(0);
        lastThreshold = 0;
    }

    @Override
    public String name() { return "counting"; }

    @Override
    public String description() { return "test optimizer: counts hot loops and executor entries"; }

    @Override
    public int priority() { return -1; }

    @Override
    public Optimizer create(OptimizerContext context) {
        lastThreshold = context.backEdgeThreshold();
        return CountingOptimizerProvider::optimize;
    }

    private static Executor optimize(HotLoop loop) {
        HOT_LOOPS.incrementAndGet();
        int head = loop.loopHeadIndex();
        return new Executor() {
            @Override
            public int execute(InterpreterFrame frame) {
                EXECUTIONS.incrementAndGet();
                return head;
            }

            @Override
            public String describe() { return "counter for " + loop.codeName() + " at " + loop.backEdgeIndex(); }
        };
    }
}
