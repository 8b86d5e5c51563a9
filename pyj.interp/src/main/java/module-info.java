/**
 * The Python runtime: object model, builtins, standard modules, the import system and the tier-1
 * interpreter. {@code pyj.interp.runtime} is its public face (used by the launcher and embedders);
 * it discovers tier-2 optimizers through the SPI and grants the optimizer modules access to the
 * internals they compile against.
 *
 * @uses pyj.optimizer.api.OptimizerProvider
 */
module pyj.interp {
    requires transitive pyj.compiler;
    requires transitive pyj.optimizer.api;
    requires org.slf4j;
    // time.thread_time reads the current thread's CPU time.
    requires java.management;

    exports pyj.interp.runtime;
    exports pyj.interp.diagnostics;
    exports pyj.interp.object to pyj.optimizer.uops, pyj.jit.copypatch;
    exports pyj.interp.eval to pyj.optimizer.uops, pyj.jit.copypatch;

    uses pyj.optimizer.api.OptimizerProvider;
}
