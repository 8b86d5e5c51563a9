// `python -m dis [-C] [-O] [FILE]`: compile a file and print its disassembly, as CPython 3.13's dis.main().
package pyj.interp.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import pyj.compiler.Compiler;
import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.eval.PyCode;
import pyj.interp.io.OsErrors;
import pyj.interp.io.PyTextIO;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.source.SourceCompiler;

final class DisMain {
    private DisMain() {}

    private static final String USAGE = "usage: dis.py [-h] [-C] [-O] [infile]\n";

    static int run(List<String> args) {
        boolean showCaches = false;
        boolean showOffsets = false;
        String infile = null;
        for (String a : args) {
            switch (a) {
                case "-h", "--help" -> {
                    write("stdout", USAGE + "\npositional arguments:\n  infile\n\noptions:\n"
                            + "  -h, --help          show this help message and exit\n"
                            + "  -C, --show-caches   show inline caches\n"
                            + "  -O, --show-offsets  show instruction offsets\n");
                    return 0;
                }
                case "-C", "--show-caches" -> showCaches = true;
                case "-O", "--show-offsets" -> showOffsets = true;
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        write("stderr", USAGE + "dis.py: error: unrecognized arguments: " + a + "\n");
                        return 2;
                    }
                    if (infile != null) {
                        write("stderr", USAGE + "dis.py: error: unrecognized arguments: " + a + "\n");
                        return 2;
                    }
                    infile = a;
                }
            }
        }
        String name;
        PyCode code;
        if (infile == null || infile.equals("-")) {
            name = "<stdin>";
            PyObject text = ObjectProtocol.callMethod(Interpreter.main().sysAttr("stdin"), "read");
            code = CodeExecution.load(SourceCompiler.compile(ObjectProtocol.strString(text), name,
                    Compiler.Mode.EXEC, 0, -1));
        } else {
            name = infile;
            byte[] source;
            try {
                source = Files.readAllBytes(Path.of(infile));
            } catch (IOException e) {
                throw OsErrors.of(e, infile);
            }
            code = CodeExecution.load(SourceCompiler.compile(source, name, Compiler.Mode.EXEC, 0, -1));
        }
        PyObject dis = Interpreter.main().importer.importModule("dis", null, pyj.interp.object.PySingleton.NONE, 0);
        PyObject fn = ObjectProtocol.getAttr(dis, "dis");
        ObjectProtocol.call(fn, new PyObject[] {code, pyj.interp.object.PyBool.of(showCaches),
            pyj.interp.object.PyBool.of(showOffsets)}, new String[] {"show_caches", "show_offsets"});
        return 0;
    }

    private static void write(String stream, String text) {
        PyObject s = Interpreter.main().sysAttr(stream);
        if (s instanceof PyTextIO t) t.write(text);
        else ObjectProtocol.callMethod(s, "write", PyStr.of(text));
    }
}
