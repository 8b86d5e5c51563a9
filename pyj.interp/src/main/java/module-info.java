/**
 * The Python runtime: object model, builtins, standard modules and the tier-1 interpreter. It
 * discovers tier-2 optimizers through the SPI and grants the optimizer modules access to the
 * internals they compile against.
 *
 * @uses pyj.optimizer.api.OptimizerProvider
 */
module pyj.interp {
    requires transitive pyj.compiler;
    requires transitive pyj.optimizer.api;
    requires org.slf4j;

    exports pyj.interp.runtime;
    exports pyj.interp.object to pyj.optimizer.uops, pyj.jit.copypatch, pyj.launcher;
    exports pyj.interp.eval to pyj.optimizer.uops, pyj.jit.copypatch, pyj.launcher;

    uses pyj.optimizer.api.OptimizerProvider;
}
