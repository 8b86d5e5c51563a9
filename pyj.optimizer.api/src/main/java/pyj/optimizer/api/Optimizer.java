// A tier-2 optimizer: turns a hot loop into an executor, or declines.
package pyj.optimizer.api;

/**
 * Called by the interpreter when a loop's back edge becomes hot (its backoff counter reaches
 * zero), as CPython 3.13 calls {@code _PyOptimizer_Optimize}.
 */
public interface Optimizer {

    /**
     * Returns an executor to install at the loop's back edge, or null to keep interpreting; after
     * null the interpreter backs off exponentially before asking again for the same loop.
     */
    Executor optimize(HotLoop loop);
}
