// The f_* attributes of frame objects.
package pyj.interp.eval;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.MethodDef;
import pyj.interp.object.PyCell;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

final class FrameAttributes {
    private FrameAttributes() {}

    static PyFrame fr(PyObject o) { return (PyFrame) o; }

    /** A snapshot of a function frame's variables (locals(); f_locals for function frames). */
    static PyDict localsSnapshot(PyFrame f) {
        if (f.locals instanceof PyDict d) return d;
        PyDict out = new PyDict();
        byte[] kinds = f.code.source.localsplusKinds();
        for (int i = 0; i < f.code.nlocalsplus; i++) {
            PyObject v = f.localsplus[i];
            if ((kinds[i] & CodeObject.CO_FAST_HIDDEN) != 0) continue;
            if ((kinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0 && v instanceof PyCell cell) {
                v = cell.value;
            }
            if (v != null) out.putStr(f.code.localsplusNames[i], v);
        }
        return out;
    }

    static void define(PyType t) {
        MethodDef.getter(t, "f_code", self -> fr(self).code);
        MethodDef.getter(t, "f_globals", self -> fr(self).globals);
        MethodDef.getter(t, "f_builtins", self -> fr(self).builtins);
        MethodDef.getter(t, "f_locals", self -> {
            PyFrame f = fr(self);
            return f.locals != null ? f.locals : localsSnapshot(f);
        });
        MethodDef.getter(t, "f_lineno", self -> PyInt.of(fr(self).lineno()));
        MethodDef.getter(t, "f_lasti", self -> PyInt.of(fr(self).pc * 2L));
        MethodDef.getter(t, "f_back", self -> {
            PyFrame b = fr(self).back;
            return b == null ? PySingleton.NONE : b;
        });
        MethodDef.getset(t, "f_trace", self -> {
            PyObject tr = fr(self).trace;
            return tr == null ? PySingleton.NONE : tr;
        }, (self, v) -> fr(self).trace = v == PySingleton.NONE ? null : v);
        MethodDef.noArgs(t, "clear", self -> PySingleton.NONE);
    }
}
