/**
 * Tier 2: micro-op traces cut from hot loops, optimised and executed. It will register with
 * {@code provides pyj.optimizer.api.OptimizerProvider}; until its trace projector exists it
 * provides nothing, so the runtime stays on tier 1 rather than offering a placeholder.
 */
module pyj.optimizer.uops {
    requires pyj.optimizer.api;
    requires pyj.interp;
    requires org.slf4j;
}
