// Native code stays in one place: only the copy-and-patch JIT may use the Foreign Function & Memory API.
package pyj.tests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForeignMemoryRulesTest {

    @Test
    @DisplayName("only pyj.jit.copypatch uses java.lang.foreign")
    void onlyTheJitTouchesNativeMemory() {
        noClasses().that().resideOutsideOfPackage("pyj.jit.copypatch..")
                .should().dependOnClassesThat().resideInAPackage("java.lang.foreign..")
                .as("only pyj.jit.copypatch uses java.lang.foreign")
                .check(PyjClasses.all());
    }
}
