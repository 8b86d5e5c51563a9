// staticmethod: a function that is not bound when looked up on a class or instance.
package pyj.interp.object;

public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, PyType.BASETYPE, t -> {
        MethodDef.getter(t, "__func__", self -> ((PyStaticMethod) self).callable);
        MethodDef.getter(t, "__wrapped__", self -> ((PyStaticMethod) self).callable);
        MethodDef.getter(t, "__isabstractmethod__", self -> PyBool.of(Abstracts.isAbstract(((PyStaticMethod) self).callable)));
    });

    static {
        TYPE.descrGet = (descr, obj, type) -> ((PyStaticMethod) descr).callable;
        TYPE.call = (self, args, kw) -> ObjectProtocol.call(((PyStaticMethod) self).callable, args, kw);
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.checkPositional("staticmethod", args, kw, 1, 1);
            return new PyStaticMethod(args[0]);
        };
        TYPE.init = (self, args, kw) -> { };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.repr = self -> PyStr.of("<staticmethod(" + ObjectProtocol.reprString(((PyStaticMethod) self).callable) + ")>");
    }

    private final PyObject callable;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() { return TYPE; }

    public PyObject callable() { return callable; }
}
