// The co_* attributes of code objects and their methods (co_lines, co_positions, replace).
package pyj.interp.eval;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.MethodDef;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class CodeAttributes {
    private CodeAttributes() {}

    static PyCode c(PyObject o) { return (PyCode) o; }

    private static PyTuple names(PyCode code, byte kind) {
        return PyTuple.fromList(code.source.namesOfKind(kind).stream().map(PyStr::intern).toList());
    }

    private static PyObject bytes(char[] units) {
        byte[] b = new byte[units.length * 2];
        for (int i = 0; i < units.length; i++) {
            b[2 * i] = (byte) (units[i] & 0xFF);
            b[2 * i + 1] = (byte) (units[i] >>> 8);
        }
        return new PyBytes(b);
    }

    static void define(PyType t) {
        MethodDef.getter(t, "co_name", self -> c(self).name);
        MethodDef.getter(t, "co_qualname", self -> c(self).qualname);
        MethodDef.getter(t, "co_filename", self -> PyStr.of(c(self).source.filename()));
        MethodDef.getter(t, "co_firstlineno", self -> PyInt.of(c(self).source.firstLineno()));
        MethodDef.getter(t, "co_argcount", self -> PyInt.of(c(self).argcount));
        MethodDef.getter(t, "co_posonlyargcount", self -> PyInt.of(c(self).posonlyargcount));
        MethodDef.getter(t, "co_kwonlyargcount", self -> PyInt.of(c(self).kwonlyargcount));
        MethodDef.getter(t, "co_flags", self -> PyInt.of(c(self).flags));
        MethodDef.getter(t, "co_stacksize", self -> PyInt.of(c(self).source.stacksize()));
        MethodDef.getter(t, "co_nlocals", self -> PyInt.of(c(self).source.nlocals()));
        MethodDef.getter(t, "co_consts", self -> PyTuple.of(c(self).consts.clone()));
        MethodDef.getter(t, "co_names", self -> PyTuple.of((PyObject[]) c(self).names.clone()));
        MethodDef.getter(t, "co_varnames", self -> names(c(self), CodeObject.CO_FAST_LOCAL));
        MethodDef.getter(t, "co_cellvars", self -> names(c(self), CodeObject.CO_FAST_CELL));
        MethodDef.getter(t, "co_freevars", self -> names(c(self), CodeObject.CO_FAST_FREE));
        MethodDef.getter(t, "co_code", self -> bytes(c(self).source.code()));
        MethodDef.getter(t, "_co_code_adaptive", self -> bytes(c(self).units));
        MethodDef.noArgs(t, "co_lines", self -> {
            PyCode code = c(self);
            CodeObject.Positions p = code.source.positions();
            PyList out = new PyList();
            int n = code.units.length;
            int start = 0;
            while (start < n) {
                int line = p.line(start);
                int end = start + 1;
                while (end < n && p.line(end) == line) end++;
                out.append(PyTuple.of(PyInt.of(start * 2L), PyInt.of(end * 2L),
                        line < 0 ? PySingleton.NONE : PyInt.of(line)));
                start = end;
            }
            return ObjectIterators.of(out);
        });
        MethodDef.noArgs(t, "co_positions", self -> {
            PyCode code = c(self);
            CodeObject.Positions p = code.source.positions();
            PyList out = new PyList();
            for (int i = 0; i < code.units.length; i++) {
                out.append(PyTuple.of(opt(p.lines()[i]), opt(p.endLines()[i]), opt(p.cols()[i]), opt(p.endCols()[i])));
            }
            return ObjectIterators.of(out);
        });
    }

    private static PyObject opt(int v) { return v < 0 ? PySingleton.NONE : PyInt.of(v); }
}
