// mappingproxy: a read-only view of a mapping, as type.__dict__ returns.
package pyj.interp.object;

public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, PyType.MAPPING, t -> {
        MethodDef.noArgs(t, "keys", self -> ObjectProtocol.callMethod(((PyMappingProxy) self).mapping, "keys"));
        MethodDef.noArgs(t, "values", self -> ObjectProtocol.callMethod(((PyMappingProxy) self).mapping, "values"));
        MethodDef.noArgs(t, "items", self -> ObjectProtocol.callMethod(((PyMappingProxy) self).mapping, "items"));
        MethodDef.noArgs(t, "copy", self -> ObjectProtocol.callMethod(((PyMappingProxy) self).mapping, "copy"));
        MethodDef.method(t, "get", (self, args, kw) -> {
            PyObject[] full = args;
            return ObjectProtocol.call(ObjectProtocol.getAttr(((PyMappingProxy) self).mapping, "get"), full, kw);
        });
    });

    static {
        TYPE.getitem = (self, key) -> ObjectProtocol.getItem(((PyMappingProxy) self).mapping, key);
        TYPE.length = self -> ObjectProtocol.length(((PyMappingProxy) self).mapping);
        TYPE.contains = (self, key) -> ObjectProtocol.contains(((PyMappingProxy) self).mapping, key);
        TYPE.iter = self -> ObjectProtocol.getIter(((PyMappingProxy) self).mapping);
        TYPE.repr = self -> PyStr.of("mappingproxy(" + ObjectProtocol.reprString(((PyMappingProxy) self).mapping) + ")");
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() { return TYPE; }
}
