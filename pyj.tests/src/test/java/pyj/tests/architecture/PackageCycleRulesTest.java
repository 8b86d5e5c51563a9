// Packages form a directed acyclic graph: each concept can be read without the ones that build on it.
package pyj.tests.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackageCycleRulesTest {

    @Test
    @DisplayName("no package of pyj depends on itself through other packages")
    void packagesAreFreeOfCycles() {
        slices().matching("(**)").should().beFreeOfCycles()
                .as("no package of pyj depends on itself through other packages")
                .check(PyjClasses.all());
    }
}
