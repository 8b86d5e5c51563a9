// The module type's slots and attributes.
package pyj.interp.object;

final class ModuleMethods {
    private ModuleMethods() {}

    static void fillSlots(PyType t) {
        t.getattro = ModuleMethods::getattr;
        t.setattro = ObjectProtocol.GENERIC_SETATTR;
        t.repr = self -> {
            PyModule m = (PyModule) self;
            PyObject file = m.get("__file__");
            if (file instanceof PyStr f) return PyStr.of("<module '" + m.name() + "' from '" + f.value() + "'>");
            // importlib's _module_repr: a spec's origin ("built-in", ...) when there is one.
            PyObject spec = m.get("__spec__");
            if (spec != null && spec != PySingleton.NONE
                    && ObjectProtocol.lookupAttr(spec, PyStr.intern("origin")) instanceof PyStr origin) {
                return PyStr.of("<module '" + m.name() + "' (" + origin.value() + ")>");
            }
            return PyStr.of("<module '" + m.name() + "'>");
        };
        t.newFn = (type, args, kw) -> {
            ArgParser.checkPositional("module", args, null, 1, 2);
            PyModule m = new PyModule(ObjectProtocol.strString(args[0]));
            if (args.length > 1) m.put("__doc__", args[1]);
            return m;
        };
    }

    private static PyObject getattr(PyObject self, PyStr name) {
        try {
            return ObjectProtocol.genericGetAttr(self, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
            PyModule m = (PyModule) self;
            PyObject getattr = m.dict().getStr(PyStr.intern("__getattr__"));
            if (getattr != null) return ObjectProtocol.call(getattr, name);
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "module '%s' has no attribute '%s'", m.name(),
                    name.value());
        }
    }

    static void define(PyType t) {
        MethodDef.getter(t, "__dict__", self -> ((PyModule) self).dict());
        // A module lists its own names, or asks its __dir__ function (PEP 562), not its type's.
        MethodDef.noArgs(t, "__dir__", self -> {
            PyDict d = ((PyModule) self).dict();
            PyObject dir = d.getStr(PyStr.intern("__dir__"));
            if (dir != null) return ObjectProtocol.call(dir);
            PyList names = new PyList();
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null && d.valueAt(i) != null) names.append(k);
            }
            return names;
        });
    }
}
