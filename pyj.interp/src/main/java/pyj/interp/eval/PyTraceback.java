// Traceback objects: one entry per frame an exception passed through, innermost last.
package pyj.interp.eval;

import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, 0, t -> {
        MethodDef.getter(t, "tb_frame", self -> ((PyTraceback) self).frame);
        MethodDef.getter(t, "tb_lasti", self -> PyInt.of(((PyTraceback) self).lasti * 2L));
        MethodDef.getter(t, "tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno));
        MethodDef.getset(t, "tb_next", self -> {
            PyTraceback n = ((PyTraceback) self).next;
            return n == null ? PySingleton.NONE : n;
        }, (self, v) -> ((PyTraceback) self).next = v == PySingleton.NONE || v == null ? null : (PyTraceback) v);
    });

    static {
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.setattro = ObjectProtocol.GENERIC_SETATTR;
    }

    public PyTraceback next;
    public final PyFrame frame;
    /** Code-unit index of the instruction that raised. */
    public final int lasti;
    public final int lineno;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti, int lineno) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    @Override
    public PyType type() { return TYPE; }
}
