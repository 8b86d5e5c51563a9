// Generated code is never edited by hand: the committed files equal what the generator makes from the definitions.
package pyj.tests.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import pyj.tools.casegen.CasesGenerator;

class GeneratedCodeFreshnessTest {

    @Test
    @DisplayName("the opcode table and tier-1 cases are fresh from bytecodes.def")
    void generatedFilesMatchTheInstructionDefinitions() throws Exception {
        Path root = Path.of(System.getProperty("pyj.root", "..")).toAbsolutePath().normalize();
        List<String> stale = CasesGenerator.run(root, false);
        assertEquals(List.of(), stale, "stale generated files; regenerate with tools/regen-cases");
    }
}
