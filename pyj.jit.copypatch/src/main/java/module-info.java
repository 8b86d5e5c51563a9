/**
 * The copy-and-patch JIT: stencil packs, the patcher, executable memory and native executors. The
 * only module allowed to use {@code java.lang.foreign}. It provides no optimizer until its
 * stencils exist.
 */
module pyj.jit.copypatch {
    requires pyj.optimizer.api;
    requires pyj.interp;
    requires pyj.optimizer.uops;
    requires org.slf4j;
}
