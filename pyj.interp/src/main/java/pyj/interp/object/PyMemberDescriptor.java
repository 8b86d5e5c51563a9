// member_descriptor: an attribute stored in a __slots__ slot of the instance.
package pyj.interp.object;

public final class PyMemberDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, 0,
            PyMemberDescriptor::defineAttributes);

    static {
        TYPE.descrGet = (descr, obj, type) -> {
            PyMemberDescriptor d = (PyMemberDescriptor) descr;
            if (obj == null) return d;
            PyObject v = obj instanceof HeapObject h && h.slots() != null ? h.slots()[d.index] : null;
            if (v == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                        obj.type().name(), d.name);
            }
            return v;
        };
        TYPE.descrSet = (descr, obj, value) -> {
            PyMemberDescriptor d = (PyMemberDescriptor) descr;
            if (!(obj instanceof HeapObject h) || h.slots() == null || !obj.type().isSubtypeOf(d.owner)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.name(),
                        obj.type().name());
            }
            if (value == null && h.slots()[d.index] == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                        obj.type().name(), d.name);
            }
            h.slots()[d.index] = value;
        };
        TYPE.repr = self -> {
            PyMemberDescriptor d = (PyMemberDescriptor) self;
            return PyStr.of("<member '" + d.name + "' of '" + d.owner.name() + "' objects>");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    private final String name;
    private final PyType owner;
    private final int index;

    public PyMemberDescriptor(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType type() { return TYPE; }

    private static void defineAttributes(PyType t) {
        MethodDef.getter(t, "__name__", self -> PyStr.of(((PyMemberDescriptor) self).name));
        MethodDef.getter(t, "__qualname__", self -> PyStr.of(((PyMemberDescriptor) self).owner.simpleName() + "." + ((PyMemberDescriptor) self).name));
        MethodDef.getter(t, "__objclass__", self -> ((PyMemberDescriptor) self).owner);
        // pyj keeps no docstrings for these; None rather than object's docstring found through the type.
        MethodDef.getter(t, "__doc__", self -> PySingleton.NONE);
    }
}
