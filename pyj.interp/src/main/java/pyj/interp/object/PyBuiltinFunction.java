// builtin_function_or_method: a builtin function, or a builtin method bound to its object.
package pyj.interp.object;

public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, 0,
            DescriptorMethods::defineBuiltinFunction);

    static {
        TYPE.call = (self, args, kw) -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            return f.impl.call(f.self, args, kw);
        };
        TYPE.repr = self -> {
            PyBuiltinFunction f = (PyBuiltinFunction) self;
            if (f.self == null || f.self instanceof PyModule) return PyStr.of("<built-in function " + f.name + ">");
            if (f.self instanceof PyType t) {
                return PyStr.of("<built-in method " + f.name + " of type object at " + Identity.hex(t) + ">");
            }
            return PyStr.of("<built-in method " + f.name + " of " + f.self.type().name() + " object at "
                    + Identity.hex(f.self) + ">");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.hash = self -> Identity.hash(self);
    }

    private final String name;
    private final String qualname;
    private final PyObject self;
    private final BuiltinImpl impl;
    private final String doc;

    public PyBuiltinFunction(String name, String qualname, PyObject self, BuiltinImpl impl, String doc) {
        this.name = name;
        this.qualname = qualname;
        this.self = self;
        this.impl = impl;
        this.doc = doc;
    }

    @Override
    public PyType type() { return TYPE; }

    public String name() { return name; }

    public String qualname() { return qualname; }

    public PyObject self() { return self; }

    public BuiltinImpl impl() { return impl; }

    public String doc() { return doc; }

    /** Calls the implementation directly (the interpreter's fast path). */
    public PyObject invoke(PyObject[] args, String[] kwnames) { return impl.call(self, args, kwnames); }
}
