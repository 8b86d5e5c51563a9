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
            return PyStr.of("<module '" + m.name() + "' (built-in)>");
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
    }
}
