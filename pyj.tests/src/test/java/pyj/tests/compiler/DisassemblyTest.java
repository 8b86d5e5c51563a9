// `pyj -m dis FILE` prints what CPython 3.13's `python -m dis FILE` prints, instruction for instruction.
package pyj.tests.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pyj.tests.programs.ProgramRun;

/**
 * Compares against listings made by CPython 3.13 ({@code tools/expect-outputs} writes
 * {@code pyj.tests/dis/NAME.dis}). Object addresses in code-object reprs differ between any two
 * runs, so both sides have them replaced before comparing.
 */
class DisassemblyTest {

    private static String withoutAddresses(String listing) {
        return listing.replaceAll("0x[0-9a-f]+", "0xADDRESS");
    }

    @TestFactory
    Stream<DynamicTest> disListingsMatchCPython() throws IOException {
        Path root = Path.of(System.getProperty("pyj.root", "..")).toAbsolutePath().normalize();
        Path expectations = root.resolve("pyj.tests/dis");
        return Files.list(expectations).filter(p -> p.toString().endsWith(".dis")).sorted().map(expected ->
                DynamicTest.dynamicTest(expected.getFileName().toString(), () -> {
                    String name = expected.getFileName().toString().replace(".dis", ".py");
                    Path program = root.resolve("examples").resolve(name);
                    ProgramRun run = ProgramRun.of("", "-m", "dis", program.toString());
                    assertEquals(0, run.status(), run.stderr());
                    String actual = run.stdout().replace(root + "/", "");
                    assertEquals(withoutAddresses(Files.readString(expected, StandardCharsets.UTF_8)),
                            withoutAddresses(actual));
                }));
    }
}
