// The command line behaves like python3's: -c, -, script arguments, exit statuses, tracebacks on stderr.
package pyj.tests.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pyj.tests.programs.ProgramRun;

class CommandLineTest {

    @Test
    void dashCRunsCodeWithTheRestAsArguments() {
        ProgramRun run = ProgramRun.of("", "-c", "import sys; print(sys.argv)", "a", "-b");
        assertEquals("['-c', 'a', '-b']\n", run.stdout());
        assertEquals(0, run.status());
    }

    @Test
    void dashReadsTheProgramFromStdin() {
        ProgramRun run = ProgramRun.of("import sys\nprint(sys.argv, 6 * 7)\n", "-", "x");
        assertEquals("['-', 'x'] 42\n", run.stdout());
    }

    @Test
    void anUncaughtExceptionPrintsCPythonsTracebackAndExitsWithOne() {
        ProgramRun run = ProgramRun.of("", "-c", "def f(x):\n    return 1 / x\nprint('before')\nf(0)\n");
        assertEquals("before\n", run.stdout());
        assertEquals("""
                Traceback (most recent call last):
                  File "<string>", line 4, in <module>
                    f(0)
                    ~^^^
                  File "<string>", line 2, in f
                    return 1 / x
                           ~~^~~
                ZeroDivisionError: division by zero
                """, run.stderr());
        assertEquals(1, run.status());
    }

    @Test
    void chainedExceptionsPrintBothTracebacks() {
        ProgramRun run = ProgramRun.of("", "-c", "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e\n");
        assertEquals("""
                Traceback (most recent call last):
                  File "<string>", line 2, in <module>
                    {}['k']
                    ~~^^^^^
                KeyError: 'k'

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "<string>", line 4, in <module>
                    raise ValueError('v') from e
                ValueError: v
                """, run.stderr());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsCaret() {
        ProgramRun run = ProgramRun.of("", "-c", "x = (1,\ny = 2\n");
        assertEquals("""
                  File "<string>", line 1
                    x = (1,
                        ^
                SyntaxError: '(' was never closed
                """, run.stderr());
        assertEquals(1, run.status());
    }

    @Test
    void systemExitSetsTheStatus() {
        assertEquals(3, ProgramRun.of("", "-c", "raise SystemExit(3)").status());
        assertEquals(0, ProgramRun.of("", "-c", "import sys; sys.exit()").status());
        ProgramRun message = ProgramRun.of("", "-c", "import sys; sys.exit('bye')");
        assertEquals(1, message.status());
        assertEquals("bye\n", message.stderr());
    }

    @Test
    void aNameErrorSuggestsTheClosestName() {
        ProgramRun run = ProgramRun.of("", "-c", "prnt(1)");
        assertTrue(run.stderr().endsWith("NameError: name 'prnt' is not defined. Did you mean: 'print'?\n"), run.stderr());
    }

    @Test
    void deepRecursionRaisesRecursionError() {
        ProgramRun run = ProgramRun.of("", "-c", "def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals(1, run.status());
        assertTrue(run.stderr().contains("[Previous line repeated 996 more times]"), run.stderr());
        assertTrue(run.stderr().endsWith("RecursionError: maximum recursion depth exceeded\n"), run.stderr());
    }

    @Test
    void badOptionsExitWithStatusTwo() {
        ProgramRun run = ProgramRun.of("", "-z");
        assertEquals(2, run.status());
        assertTrue(run.stderr().startsWith("Unknown option: -z\nusage: pyj "), run.stderr());
        assertEquals(2, ProgramRun.of("", "-c").status());
    }

    @Test
    void aMissingScriptIsReportedLikeCPython() {
        ProgramRun run = ProgramRun.of("", "/nonexistent/prog.py");
        assertEquals(2, run.status());
        assertEquals("pyj: can't open file '/nonexistent/prog.py': [Errno 2] No such file or directory\n", run.stderr());
    }

    @Test
    void versionIsPython313() {
        assertEquals("Python 3.13.0\n", ProgramRun.of("", "--version").stdout());
    }
}
