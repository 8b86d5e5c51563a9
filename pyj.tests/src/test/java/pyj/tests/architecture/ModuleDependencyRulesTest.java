// The module dependency graph of the design brief, checked on the classes themselves.
package pyj.tests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.lang.ArchRule;

/**
 * module-info already stops a module from reading what it does not require; these rules state the
 * intended graph itself, so a new {@code requires} that breaks it fails here with a sentence saying
 * which boundary was crossed. Each rule's subjects are non-empty (ArchUnit fails an empty "should").
 */
class ModuleDependencyRulesTest {

    @Test
    @DisplayName("pyj modules depend on each other only along the design brief's graph")
    void layers() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("compiler").definedBy("pyj.compiler..")
                .layer("optimizer api").definedBy("pyj.optimizer.api..")
                .layer("interpreter").definedBy("pyj.interp..")
                .optionalLayer("uops optimizer").definedBy("pyj.optimizer.uops..")
                .optionalLayer("copy-and-patch JIT").definedBy("pyj.jit.copypatch..")
                .layer("launcher").definedBy("pyj.launcher..")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("copy-and-patch JIT").mayNotBeAccessedByAnyLayer()
                .whereLayer("uops optimizer").mayOnlyBeAccessedByLayers("copy-and-patch JIT")
                .whereLayer("interpreter").mayOnlyBeAccessedByLayers("uops optimizer", "copy-and-patch JIT", "launcher")
                .whereLayer("optimizer api").mayOnlyBeAccessedByLayers("interpreter", "uops optimizer",
                        "copy-and-patch JIT", "launcher")
                .whereLayer("compiler").mayOnlyBeAccessedByLayers("interpreter", "uops optimizer",
                        "copy-and-patch JIT", "launcher")
                .as("pyj modules depend on each other only along the design brief's graph");
        rule.check(PyjClasses.all());
    }

    @Test
    @DisplayName("the compiler depends on no other pyj module")
    void compilerStandsAlone() {
        noClasses().that().resideInAPackage("pyj.compiler..")
                .should().dependOnClassesThat().resideInAnyPackage("pyj.interp..", "pyj.optimizer..", "pyj.jit..",
                        "pyj.launcher..", "pyj.tools..")
                .as("the compiler depends on no other pyj module")
                .check(PyjClasses.all());
    }

    @Test
    @DisplayName("the optimizer API holds no implementation and depends on no other pyj module")
    void optimizerApiStandsAlone() {
        noClasses().that().resideInAPackage("pyj.optimizer.api..")
                .should().dependOnClassesThat().resideInAnyPackage("pyj.compiler..", "pyj.interp..",
                        "pyj.optimizer.uops..", "pyj.jit..", "pyj.launcher..")
                .as("the optimizer API holds no implementation and depends on no other pyj module")
                .check(PyjClasses.all());
    }

    @Test
    @DisplayName("the launcher never names an optimizer class")
    void launcherFindsOptimizersOnlyThroughTheSpi() {
        noClasses().that().resideInAPackage("pyj.launcher..")
                .should().dependOnClassesThat().resideInAnyPackage("pyj.optimizer.uops..", "pyj.jit..")
                .as("the launcher never names an optimizer class")
                .check(PyjClasses.all());
    }

    @Test
    @DisplayName("the interpreter never names an optimizer or launcher class")
    void interpreterKnowsOptimizersOnlyThroughTheSpi() {
        noClasses().that().resideInAPackage("pyj.interp..")
                .should().dependOnClassesThat().resideInAnyPackage("pyj.optimizer.uops..", "pyj.jit..", "pyj.launcher..")
                .as("the interpreter never names an optimizer or launcher class")
                .check(PyjClasses.all());
    }
}
