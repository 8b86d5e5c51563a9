// classmethod: a function bound to the class it is looked up on.
package pyj.interp.object;

import java.util.function.BiFunction;

public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, PyType.BASETYPE, t -> {
        MethodDef.getter(t, "__func__", self -> ((PyClassMethod) self).callable);
        MethodDef.getter(t, "__wrapped__", self -> ((PyClassMethod) self).callable);
        MethodDef.getter(t, "__isabstractmethod__", self -> PyBool.of(Abstracts.isAbstract(((PyClassMethod) self).callable)));
    });

    /** Makes a bound method object; installed by the function module, which owns the method type. */
    public static BiFunction<PyObject, PyObject, PyObject> methodFactory;

    static {
        TYPE.descrGet = (descr, obj, type) -> {
            PyClassMethod cm = (PyClassMethod) descr;
            PyObject owner = type != null ? type : obj.type();
            return methodFactory.apply(cm.callable, owner);
        };
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.checkPositional("classmethod", args, kw, 1, 1);
            return new PyClassMethod(args[0]);
        };
        TYPE.init = (self, args, kw) -> { };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.repr = self -> PyStr.of("<classmethod(" + ObjectProtocol.reprString(((PyClassMethod) self).callable) + ")>");
    }

    private final PyObject callable;

    public PyClassMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() { return TYPE; }

    public PyObject callable() { return callable; }
}
