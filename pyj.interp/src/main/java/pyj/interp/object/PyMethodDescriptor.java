// method_descriptor and classmethod_descriptor: a builtin type's method before it is bound.
package pyj.interp.object;

public final class PyMethodDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT, 0,
            DescriptorMethods::defineMethodDescriptor);
    public static final PyType CLASSMETHOD_TYPE = PyType.builtin("classmethod_descriptor", PyType.OBJECT, 0,
            DescriptorMethods::defineMethodDescriptor);

    static {
        TYPE.descrGet = (descr, obj, type) -> {
            PyMethodDescriptor d = (PyMethodDescriptor) descr;
            if (obj == null) return d;
            d.checkSelf(obj);
            return new PyBuiltinFunction(d.name, d.owner.simpleName() + "." + d.name, obj, d.impl, d.doc);
        };
        TYPE.call = (self, args, kw) -> {
            PyMethodDescriptor d = (PyMethodDescriptor) self;
            if (args.length == 0 || (kw != null && args.length == kw.length)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "unbound method %s.%s() needs an argument",
                        d.owner.name(), d.name);
            }
            d.checkSelf(args[0]);
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return d.impl.call(args[0], rest, kw);
        };
        TYPE.repr = self -> {
            PyMethodDescriptor d = (PyMethodDescriptor) self;
            return PyStr.of("<method '" + d.name + "' of '" + d.owner.name() + "' objects>");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        CLASSMETHOD_TYPE.descrGet = (descr, obj, type) -> {
            PyMethodDescriptor d = (PyMethodDescriptor) descr;
            PyType t = type != null ? type : obj.type();
            return new PyBuiltinFunction(d.name, d.owner.simpleName() + "." + d.name, t, d.impl, d.doc);
        };
        CLASSMETHOD_TYPE.repr = self -> {
            PyMethodDescriptor d = (PyMethodDescriptor) self;
            return PyStr.of("<method '" + d.name + "' of '" + d.owner.name() + "' objects>");
        };
        CLASSMETHOD_TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    private final String name;
    private final PyType owner;
    private final BuiltinImpl impl;
    private final boolean classMethod;
    private final String doc;

    public PyMethodDescriptor(String name, PyType owner, BuiltinImpl impl, boolean classMethod, String doc) {
        this.name = name;
        this.owner = owner;
        this.impl = impl;
        this.classMethod = classMethod;
        this.doc = doc;
    }

    @Override
    public PyType type() { return classMethod ? CLASSMETHOD_TYPE : TYPE; }

    public String name() { return name; }

    public PyType owner() { return owner; }

    public BuiltinImpl impl() { return impl; }

    public String doc() { return doc; }

    void checkSelf(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.name(),
                    obj.type().name());
        }
    }
}
