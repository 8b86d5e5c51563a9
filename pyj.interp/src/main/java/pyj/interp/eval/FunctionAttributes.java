// The attributes of function objects (__name__, __qualname__, __defaults__, __code__, ...).
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class FunctionAttributes {
    private FunctionAttributes() {}

    static PyFunction fn(PyObject o) { return (PyFunction) o; }

    private static PyObject orNone(PyObject o) { return o == null ? PySingleton.NONE : o; }

    static void define(PyType t) {
        MethodDef.getset(t, "__name__", self -> fn(self).name, (self, v) -> {
            if (!(v instanceof PyStr s)) throw PyErr.typeError("__name__ must be set to a string object");
            fn(self).name = s;
        });
        MethodDef.getset(t, "__qualname__", self -> fn(self).qualname, (self, v) -> {
            if (!(v instanceof PyStr s)) throw PyErr.typeError("__qualname__ must be set to a string object");
            fn(self).qualname = s;
        });
        MethodDef.getset(t, "__code__", self -> fn(self).code, (self, v) -> {
            if (!(v instanceof PyCode c)) throw PyErr.typeError("__code__ must be set to a code object");
            fn(self).code = c;
        });
        MethodDef.getset(t, "__defaults__", self -> orNone(fn(self).defaults), (self, v) -> {
            if (v != null && v != PySingleton.NONE && !(v instanceof PyTuple)) {
                throw PyErr.typeError("__defaults__ must be set to a tuple object");
            }
            fn(self).defaults = v == null || v == PySingleton.NONE ? null : (PyTuple) v;
        });
        MethodDef.getset(t, "__kwdefaults__", self -> orNone(fn(self).kwdefaults), (self, v) -> {
            if (v != null && v != PySingleton.NONE && !(v instanceof PyDict)) {
                throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
            }
            fn(self).kwdefaults = v == null || v == PySingleton.NONE ? null : (PyDict) v;
        });
        MethodDef.getter(t, "__globals__", self -> fn(self).globals);
        MethodDef.getter(t, "__builtins__", self -> fn(self).builtins);
        MethodDef.getter(t, "__closure__", self -> orNone(fn(self).closure));
        MethodDef.getset(t, "__annotations__", self -> {
            PyFunction f = fn(self);
            if (f.annotations == null || f.annotations == PySingleton.NONE) f.annotations = new PyDict();
            if (f.annotations instanceof PyTuple tup) {
                PyDict d = new PyDict();
                for (int i = 0; i + 1 < tup.size(); i += 2) d.put(tup.get(i), tup.get(i + 1));
                f.annotations = d;
            }
            return f.annotations;
        }, (self, v) -> {
            if (v != null && v != PySingleton.NONE && !(v instanceof PyDict)) {
                throw PyErr.typeError("__annotations__ must be set to a dict object");
            }
            fn(self).annotations = v == PySingleton.NONE ? null : v;
        });
        MethodDef.getset(t, "__doc__", self -> fn(self).doc, (self, v) -> fn(self).doc = orNone(v));
        MethodDef.getset(t, "__module__", self -> fn(self).module, (self, v) -> fn(self).module = orNone(v));
        MethodDef.getset(t, "__type_params__", self -> fn(self).typeParams, (self, v) -> {
            if (!(v instanceof PyTuple)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__type_params__ must be set to a tuple");
            }
            fn(self).typeParams = v;
        });
        MethodDef.getset(t, "__dict__", PyObject::dict, (self, v) -> {
            if (!(v instanceof PyDict d)) throw PyErr.typeError("__dict__ must be set to a dictionary");
            self.dict().clear();
            self.dict().update(d);
        });
    }
}
