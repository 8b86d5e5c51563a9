// A minimal abc.ABCMeta for io's abstract classes: register(), and isinstance()/issubclass() that honour it.
package pyj.interp.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * io.IOBase and its three subclasses are classes with this metaclass, as in CPython, where they are
 * ABCs that FileIO, BufferedReader, TextIOWrapper and the rest are registered with rather than
 * inherit from. pyj has no abc module yet; this carries just what io needs (no abstract methods,
 * no caches) and names itself abc.ABCMeta.
 */
final class AbcMeta {
    private AbcMeta() {}

    static final PyType TYPE = PyType.builtin("abc.ABCMeta", PyType.TYPE, PyType.BASETYPE, AbcMeta::define);

    /** The classes register()ed with each ABC. */
    private static final Map<PyType, List<PyType>> REGISTRY = Collections.synchronizedMap(new WeakHashMap<>());

    static {
    }

    /** {@code class name(*bases, metaclass=ABCMeta)} in module {@code module}. */
    static PyType create(String name, String module, PyType... bases) {
        PyDict ns = new PyDict();
        ns.putStr(PyStr.intern("__module__"), PyStr.intern(module));
        ns.putStr(PyStr.intern("__qualname__"), PyStr.of(name));
        return (PyType) ObjectProtocol.call(TYPE, PyStr.of(name), PyTuple.of(bases), ns);
    }

    static void register(PyType abc, PyType sub) {
        REGISTRY.computeIfAbsent(abc, k -> Collections.synchronizedList(new ArrayList<>())).add(sub);
    }

    static boolean isSubclass(PyType abc, PyType sub) {
        if (sub.isSubtypeOf(abc)) return true;
        List<PyType> registered = REGISTRY.get(abc);
        if (registered != null) {
            for (PyType r : registered.toArray(new PyType[0])) {
                if (sub.isSubtypeOf(r)) return true;
            }
        }
        for (PyType s : abc.subclasses()) {
            if (s.type().isSubtypeOf(TYPE) && isSubclass(s, sub)) return true;
        }
        return false;
    }

    private static void define(PyType t) {
        MethodDef.oneArg(t, "__instancecheck__", (self, inst) -> PyBool.of(isSubclass((PyType) self, inst.type())));
        MethodDef.oneArg(t, "__subclasscheck__", (self, sub) -> {
            if (!(sub instanceof PyType st)) throw PyErr.typeError("issubclass() arg 1 must be a class");
            return PyBool.of(isSubclass((PyType) self, st));
        });
        MethodDef.oneArg(t, "register", (self, sub) -> {
            if (!(sub instanceof PyType st)) throw PyErr.typeError("Can only register classes");
            if (!isSubclass((PyType) self, st)) register((PyType) self, st);
            return sub;
        });
    }
}
