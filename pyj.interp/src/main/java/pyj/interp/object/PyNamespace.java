// types.SimpleNamespace: an object whose attributes are its keyword arguments (sys.implementation).
package pyj.interp.object;

public final class PyNamespace extends PyObject {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", PyType.OBJECT, PyType.BASETYPE, null);

    static {
        TYPE.setModule(PyStr.intern("types"));
        TYPE.setInstancesHaveDict(true);
        TYPE.setInstancesHaveWeakref(true);
        TYPE.newFn = (type, args, kw) -> new PyNamespace(type);
        TYPE.init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "SimpleNamespace expected at most 1 positional argument, got %d", npos);
            }
            PyDict d = self.dict();
            if (npos == 1) {
                PyDict given = new PyDict();
                DictMethods.update(given, args[0]);
                for (int i = 0; i < given.entryLimit(); i++) {
                    PyObject k = given.keyAt(i);
                    if (k == null || given.valueAt(i) == null) continue;
                    if (!(k instanceof PyStr)) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "keywords must be strings, not '%s'",
                                k.type().name());
                    }
                    d.put(k, given.valueAt(i));
                }
            }
            for (int k = 0; k < nkw; k++) d.putStr(PyStr.intern(kw[k]), args[npos + k]);
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.setattro = ObjectProtocol.GENERIC_SETATTR;
        TYPE.repr = self -> {
            String name = self.type() == TYPE ? "namespace" : self.type().qualname();
            if (!ObjectProtocol.reprEnter(self)) return PyStr.of(name + "(...)");
            try {
                StringBuilder b = new StringBuilder(name).append('(');
                PyDict d = self.dict();
                boolean first = true;
                for (int i = 0; i < d.entryLimit(); i++) {
                    PyObject k = d.keyAt(i);
                    PyObject v = d.valueAt(i);
                    if (k == null || v == null) continue;
                    if (!first) b.append(", ");
                    first = false;
                    b.append(ObjectProtocol.strString(k)).append('=').append(ObjectProtocol.reprString(v));
                }
                return PyStr.of(b.append(')').toString());
            } finally {
                ObjectProtocol.reprLeave(self);
            }
        };
        TYPE.richcompare = (a, b, op) -> {
            if (!(b instanceof PyNamespace) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return ObjectProtocol.richCompare(a.dict(), b.dict(), op);
        };
    }

    private final PyType type;
    private final PyDict dict = new PyDict();

    private PyNamespace(PyType type) {
        this.type = type;
    }

    /** A namespace with the given attributes, from Java. */
    public static PyNamespace of(Object... nameValuePairs) {
        PyNamespace ns = new PyNamespace(TYPE);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            ns.dict.putStr(PyStr.intern((String) nameValuePairs[i]), (PyObject) nameValuePairs[i + 1]);
        }
        return ns;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }
}
