/**
 * The pyj command line: CPython's options, {@code -X} switches for pyj, and the REPL. It names no
 * optimizer class; the runtime finds optimizers through the SPI.
 */
module pyj.launcher {
    requires pyj.interp;
    requires pyj.optimizer.api;
    requires org.slf4j;

    exports pyj.launcher;
}
