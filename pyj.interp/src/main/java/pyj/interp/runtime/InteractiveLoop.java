// The basic read-eval-print loop: prompts on stderr, statements compiled in 'single' mode, values echoed by sys.displayhook.
package pyj.interp.runtime;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.Compiler;
import pyj.compiler.code.CodeObject;
import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.io.PyTextIO;
import pyj.interp.modules.SysModule;
import pyj.interp.object.ExceptionFields;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.source.SourceCompiler;
import pyj.interp.source.SourceLines;

/**
 * CPython's basic REPL (the one PYTHON_BASIC_REPL selects): reads lines until they form a complete
 * statement, deciding completeness the way the codeop module does (an error that only more input
 * could fix means "keep reading"; a compound statement ends with a blank line), then runs it.
 */
final class InteractiveLoop {
    private final Interpreter interp;
    private final PyModule main;
    private final RuntimeConfig config;

    InteractiveLoop(Interpreter interp, PyModule main, RuntimeConfig config) {
        this.interp = interp;
        this.main = main;
        this.config = config;
    }

    int run() {
        if (!config.quiet()) {
            stderr("Python " + SysModule.MAJOR + "." + SysModule.MINOR + "." + SysModule.MICRO + " (pyj "
                    + SysModule.PYJ_VERSION + ") [Java " + Runtime.version() + "] on linux\n"
                    + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        interp.sys.put("ps1", PyStr.of(">>> "));
        interp.sys.put("ps2", PyStr.of("... "));
        List<String> buffer = new ArrayList<>();
        for (;;) {
            String prompt = ObjectProtocol.strString(interp.sys.get(buffer.isEmpty() ? "ps1" : "ps2"));
            stderr(prompt);
            String line;
            try {
                line = readLine();
            } catch (PyException e) {
                return 1;
            }
            if (line == null) {
                stderr("\n");
                return 0;
            }
            buffer.add(line);
            String source = String.join("\n", buffer) + "\n";
            Status status;
            try {
                status = classify(buffer, source);
            } catch (PyException e) {
                buffer.clear();
                int exit = report(e);
                if (exit >= 0) return exit;
                continue;
            }
            if (status == Status.MORE) continue;
            buffer.clear();
            if (status == Status.EMPTY) continue;
            try {
                CodeObject co = SourceCompiler.compile(source, "<stdin>", Compiler.Mode.SINGLE, 0, -1);
                SourceLines.register("<stdin>", source);
                CodeExecution.evalCode(CodeExecution.load(co), main.dict(), main.dict());
            } catch (PyException e) {
                int exit = report(e);
                if (exit >= 0) return exit;
            } catch (StackOverflowError e) {
                report(pyj.interp.object.PyErr.format(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded"));
            }
            flush("stdout");
        }
    }

    private enum Status { EMPTY, MORE, COMPLETE }

    /** codeop's decision; a SyntaxError that more input cannot fix is thrown. */
    private static Status classify(List<String> lines, String source) {
        boolean blankOrComment = true;
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) blankOrComment = false;
        }
        if (blankOrComment) return lines.size() == 1 || lines.get(lines.size() - 1).isBlank() ? Status.EMPTY : Status.MORE;
        try {
            SourceCompiler.compile(source, "<stdin>", Compiler.Mode.SINGLE, 0, -1);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.SYNTAX_ERROR) || !needsMoreInput(e, lines)) throw e;
            return Status.MORE;
        }
        // A compound statement (or a continued one) runs only after a blank line, as with
        // PyCF_DONT_IMPLY_DEDENT in CPython.
        boolean compound = lines.size() > 1 || opensBlock(lines.get(0));
        if (compound && !lines.get(lines.size() - 1).isBlank()) return Status.MORE;
        return Status.COMPLETE;
    }

    private static boolean opensBlock(String line) {
        String code = line.strip();
        int hash = code.indexOf('#');
        if (hash >= 0 && code.indexOf('\'') < 0 && code.indexOf('"') < 0) code = code.substring(0, hash).strip();
        return code.endsWith(":") || code.startsWith("@");
    }

    /** An error at the very end of the input, of a kind that only more lines could resolve. */
    private static boolean needsMoreInput(PyException e, List<String> lines) {
        PyObject msg = e.value.field(ExceptionFields.SYNTAX_MSG);
        String m = msg instanceof PyStr s ? s.value() : "";
        if (m.contains("was never closed") || m.startsWith("unterminated triple-quoted")
                || m.startsWith("expected an indented block") || m.contains("unexpected EOF")
                || m.equals("incomplete input")) {
            return !lines.get(lines.size() - 1).isBlank() || m.contains("triple-quoted") || m.contains("never closed");
        }
        PyObject lineno = e.value.field(ExceptionFields.SYNTAX_LINENO);
        return lineno instanceof PyInt n && n.signum() > 0 && n.asSsize() > lines.size()
                && !lines.get(lines.size() - 1).isBlank();
    }

    /** Prints an error like the REPL does; returns an exit status for SystemExit, else -1. */
    private int report(PyException e) {
        if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = e.value.field(ExceptionFields.EXIT_CODE);
            if (code == null || code == PySingleton.NONE) return 0;
            if (code instanceof PyInt i && i.isSmall()) return (int) i.value;
            stderr(ObjectProtocol.strString(code) + "\n");
            return 1;
        }
        flush("stdout");
        interp.sys.put("last_exc", e.value);
        SysModule.printException(e.value);
        return -1;
    }

    private String readLine() {
        PyObject stdin = interp.sysAttr("stdin");
        String s = stdin instanceof PyTextIO t ? t.readLine(-1)
                : ObjectProtocol.strString(ObjectProtocol.callMethod(stdin, "readline"));
        if (s.isEmpty()) return null;
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private void stderr(String text) {
        PyObject err = interp.sysAttr("stderr");
        if (err instanceof PyTextIO t) {
            t.write(text);
            t.flush();
        } else if (err != null && err != PySingleton.NONE) {
            ObjectProtocol.callMethod(err, "write", PyStr.of(text));
        }
    }

    private void flush(String name) {
        PyObject s = interp.sysAttr(name);
        if (s != null && s != PySingleton.NONE) {
            try {
                ObjectProtocol.callMethod(s, "flush");
            } catch (PyException ignored) {
                // nothing useful to do in the REPL
            }
        }
    }
}
