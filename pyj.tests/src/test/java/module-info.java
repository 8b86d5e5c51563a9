/**
 * pyj's tests: the program corpus under every tier configuration, the optimizer SPI, the command
 * line, generated-code freshness and the architecture rules. Open, so JUnit and ArchUnit can reflect
 * on it; it provides a test-only optimizer that the product modules never see.
 */
open module pyj.tests {
    requires pyj.launcher;
    requires pyj.interp;
    requires pyj.compiler;
    requires pyj.optimizer.api;
    requires pyj.tools.casegen;
    requires org.junit.jupiter.api;
    requires org.junit.jupiter.params;
    requires com.tngtech.archunit;
    requires com.tngtech.archunit.junit5.api;

    provides pyj.optimizer.api.OptimizerProvider with pyj.tests.optimizer.CountingOptimizerProvider;
}
