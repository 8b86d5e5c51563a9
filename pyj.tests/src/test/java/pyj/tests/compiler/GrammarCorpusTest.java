// pyj parses every production of the Python 3.13 grammar to the AST CPython 3.13 builds, and compiles it.
package pyj.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pyj.compiler.Compiler;
import pyj.compiler.ast.AstDump;
import pyj.interp.runtime.PythonRuntime;

/**
 * The corpus is {@code pyj.tests/grammar/NAME.py}, grouped by area of the grammar; {@code NAME.ast}
 * holds CPython 3.13's {@code ast.dump(ast.parse(TEXT), include_attributes=True, indent=1)}
 * ({@code tools/expect-syntax} regenerates it), so node kinds, fields and every position are
 * compared. Compiling each file afterwards puts every construct through the symbol table and code
 * generator; that needs the runtime's constant folding, as patterns such as {@code case -1} are
 * only constants once folded.
 */
class GrammarCorpusTest {

    private static final Compiler.Options OPTIONS = PythonRuntime.compilerOptions(0);

    private static List<Path> corpus() throws IOException {
        Path root = Path.of(System.getProperty("pyj.root", "..")).toAbsolutePath().normalize();
        Path corpus = root.resolve("pyj.tests/grammar");
        List<Path> programs;
        try (Stream<Path> s = Files.list(corpus)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs under " + corpus);
        return programs;
    }

    private static void parsesLikeCPython(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String base = program.toString().substring(0, program.toString().length() - 3);
        String expected = Files.readString(Path.of(base + ".ast"), StandardCharsets.UTF_8);
        var module = Compiler.parse(source, program.getFileName().toString(), Compiler.Mode.EXEC, OPTIONS);
        assertEquals(expected, AstDump.dump(module, true, " ") + "\n");
    }

    private static void compiles(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        Compiler.compile(source, program.getFileName().toString(), Compiler.Mode.EXEC, OPTIONS);
    }

    @TestFactory
    Stream<DynamicNode> grammarMatchesCPython() throws IOException {
        return corpus().stream().map(program -> DynamicContainer.dynamicContainer(program.getFileName().toString(),
                Stream.of(DynamicTest.dynamicTest("ast", () -> parsesLikeCPython(program)),
                        DynamicTest.dynamicTest("compile", () -> compiles(program)))));
    }
}
