// The math module's functions as each concept defines them, before the module lays them out in CPython's order.
package pyj.interp.math;

import java.util.HashMap;
import java.util.Map;

import pyj.interp.object.BuiltinImpl;
import pyj.interp.object.PyBuiltinFunction;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.Slots;

/** Builtin functions bound to the math module (so their __module__ is 'math'), by name. */
final class FunctionTable {
    private final PyModule module;
    private final Map<String, PyObject> functions = new HashMap<>();

    FunctionTable(PyModule module) { this.module = module; }

    /** A METH_O function. */
    void single(String name, String doc, Slots.Unary body) {
        vector(name, doc, (self, args, kwnames) -> body.apply(CallingConventions.single(name, args, kwnames)));
    }

    /** A function that checks its own arguments. */
    void vector(String name, String doc, BuiltinImpl body) {
        functions.put(name, new PyBuiltinFunction(name, name, module, body, doc));
    }

    PyObject get(String name) {
        PyObject f = functions.get(name);
        if (f == null) throw new IllegalStateException("math." + name + " was never defined");
        return f;
    }
}
