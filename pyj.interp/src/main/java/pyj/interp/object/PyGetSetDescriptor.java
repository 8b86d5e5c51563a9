// getset_descriptor: a computed attribute of a builtin type (int.real, function.__name__, ...).
package pyj.interp.object;

public final class PyGetSetDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, 0,
            PyGetSetDescriptor::defineAttributes);

    static {
        TYPE.descrGet = (descr, obj, type) -> {
            PyGetSetDescriptor d = (PyGetSetDescriptor) descr;
            if (obj == null) return d;
            d.check(obj);
            return d.getter.apply(obj);
        };
        TYPE.descrSet = (descr, obj, value) -> {
            PyGetSetDescriptor d = (PyGetSetDescriptor) descr;
            if (d.setter == null) {
                if (value == null) {
                    throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "attribute '%s' of '%s' objects is not writable",
                            d.name, d.owner.name());
                }
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "attribute '%s' of '%s' objects is not writable",
                        d.name, d.owner.name());
            }
            d.check(obj);
            d.setter.set(obj, value);
        };
        TYPE.repr = self -> {
            PyGetSetDescriptor d = (PyGetSetDescriptor) self;
            return PyStr.of("<attribute '" + d.name + "' of '" + d.owner.name() + "' objects>");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    /** Sets (value non-null) or deletes (value null) the attribute. */
    @FunctionalInterface
    public interface Setter { void set(PyObject obj, PyObject value); }

    private final String name;
    private final PyType owner;
    private final Slots.Unary getter;
    private final Setter setter;

    public PyGetSetDescriptor(String name, PyType owner, Slots.Unary getter, Setter setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() { return TYPE; }

    /** descr_check: C.__dict__['x'].__get__(obj) must not reach a getter written for another layout. */
    private void check(PyObject obj) {
        PyType t = obj.type();
        if (t != owner && !t.isSubtypeOf(owner)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), t.name());
        }
    }

    public String name() { return name; }

    private static void defineAttributes(PyType t) {
        MethodDef.getter(t, "__name__", self -> PyStr.of(((PyGetSetDescriptor) self).name));
        MethodDef.getter(t, "__qualname__", self -> PyStr.of(((PyGetSetDescriptor) self).owner.simpleName() + "." + ((PyGetSetDescriptor) self).name));
        MethodDef.getter(t, "__objclass__", self -> ((PyGetSetDescriptor) self).owner);
        // pyj keeps no docstrings for these; None rather than object's docstring found through the type.
        MethodDef.getter(t, "__doc__", self -> PySingleton.NONE);
    }
}
