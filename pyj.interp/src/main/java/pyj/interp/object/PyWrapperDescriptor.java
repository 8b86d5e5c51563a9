// wrapper_descriptor and method-wrapper: a builtin type's slot seen as a dunder method.
package pyj.interp.object;

public final class PyWrapperDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PyType.OBJECT, 0,
            DescriptorMethods::defineWrapper);
    public static final PyType BOUND_TYPE = PyType.builtin("method-wrapper", PyType.OBJECT, 0,
            DescriptorMethods::defineMethodWrapper);

    static {
        TYPE.descrGet = (descr, obj, type) -> {
            PyWrapperDescriptor d = (PyWrapperDescriptor) descr;
            if (obj == null) return d;
            d.check(obj);
            return new Bound(d, obj);
        };
        TYPE.call = (self, args, kw) -> {
            PyWrapperDescriptor d = (PyWrapperDescriptor) self;
            if (args.length == 0) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "descriptor '%s' of '%s' object needs an argument",
                        d.def.name(), d.owner.name());
            }
            d.check(args[0]);
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return SlotWrappers.callSlot(d.def, d.owner, args[0], rest, kw);
        };
        TYPE.repr = self -> {
            PyWrapperDescriptor d = (PyWrapperDescriptor) self;
            return PyStr.of("<slot wrapper '" + d.def.name() + "' of '" + d.owner.name() + "' objects>");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        BOUND_TYPE.call = (self, args, kw) -> {
            Bound b = (Bound) self;
            return SlotWrappers.callSlot(b.descr.def, b.descr.owner, b.self, args, kw);
        };
        BOUND_TYPE.repr = self -> {
            Bound b = (Bound) self;
            return PyStr.of("<method-wrapper '" + b.descr.def.name() + "' of " + b.self.type().name() + " object at "
                    + Identity.hex(b.self) + ">");
        };
        BOUND_TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    final SlotWrappers.Def def;
    final PyType owner;

    PyWrapperDescriptor(SlotWrappers.Def def, PyType owner) {
        this.def = def;
        this.owner = owner;
    }

    @Override
    public PyType type() { return TYPE; }

    public String name() { return def.name(); }

    public PyType owner() { return owner; }

    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner) && def.kind() != SlotWrappers.Kind.NEW) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "descriptor '%s' requires a '%s' object but received a '%s'", def.name(), owner.name(),
                    obj.type().name());
        }
    }

    /** A wrapper bound to an object: {@code (1).__add__}. */
    public static final class Bound extends PyObject {
        final PyWrapperDescriptor descr;
        final PyObject self;

        Bound(PyWrapperDescriptor descr, PyObject self) {
            this.descr = descr;
            this.self = self;
        }

        @Override
        public PyType type() { return BOUND_TYPE; }

        public PyObject self() { return self; }

        public PyWrapperDescriptor descriptor() { return descr; }
    }
}
