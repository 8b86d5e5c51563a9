// pyj rejects each bad program of the syntax-error corpus with CPython 3.13's exception, message and location.
package pyj.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pyj.compiler.Compiler;
import pyj.compiler.code.Reprs;
import pyj.compiler.error.CompileError;

/**
 * The corpus is {@code pyj.tests/syntax-errors/NAME.py}; {@code NAME.expected} holds what CPython
 * 3.13 raises for {@code compile(TEXT, 'NAME.py', 'exec')} on the file's UTF-8 text, one field per
 * line: class name, msg, lineno, offset, end_lineno, end_offset and repr(text)
 * ({@code tools/expect-syntax} regenerates it). All fields are compared in one string so a failure
 * shows every difference at once. No constant evaluator is needed: none of these errors depends on
 * folding.
 */
class SyntaxErrorTest {

    private static final Compiler.Options OPTIONS = new Compiler.Options(0, 0, null, null);

    private static String describe(CompileError e) {
        List<Object> fields = List.of(e.kind().pythonName(), e.msg(), e.lineno(), e.offset(), e.endLineno(),
                e.hasEndOffset() ? e.endOffset() : "None", e.text() == null ? "None" : Reprs.str(e.text()));
        StringBuilder out = new StringBuilder();
        for (Object field : fields) out.append(field).append('\n');
        return out.toString();
    }

    private static String compileError(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        try {
            Compiler.compile(source, program.getFileName().toString(), Compiler.Mode.EXEC, OPTIONS);
            return "compiled without error\n";
        } catch (CompileError e) {
            return describe(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() throws IOException {
        Path root = Path.of(System.getProperty("pyj.root", "..")).toAbsolutePath().normalize();
        Path corpus = root.resolve("pyj.tests/syntax-errors");
        List<Path> programs;
        try (Stream<Path> s = Files.list(corpus)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no programs under " + corpus);
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
            String base = program.toString().substring(0, program.toString().length() - 3);
            String expected = Files.readString(Path.of(base + ".expected"), StandardCharsets.UTF_8);
            assertEquals(expected, compileError(program));
        }));
    }
}
