// Defining a builtin type's methods and attributes, after CPython's PyMethodDef and PyGetSetDef tables.
package pyj.interp.object;

/**
 * Helpers that put builtin methods, class methods and computed attributes into a type's namespace,
 * adapting fixed-arity bodies to {@link BuiltinImpl} with CPython's argument-count messages.
 */
public final class MethodDef {
    private MethodDef() {}

    /** A body that takes any arguments. */
    public static void method(PyType t, String name, BuiltinImpl impl) {
        t.dict().putStr(PyStr.intern(name), new PyMethodDescriptor(name, t, impl, false, null));
    }

    /** METH_NOARGS. */
    public static void noArgs(PyType t, String name, Slots.Unary fn) {
        String qual = t.simpleName() + "." + name;
        method(t, name, (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", qual);
            }
            if (args.length != 0) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no arguments (%d given)", qual, args.length);
            }
            return fn.apply(self);
        });
    }

    /** METH_O. */
    public static void oneArg(PyType t, String name, Slots.Binary fn) {
        String qual = t.simpleName() + "." + name;
        method(t, name, (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", qual);
            }
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes exactly one argument (%d given)", qual,
                        args.length);
            }
            return fn.apply(self, args[0]);
        });
    }

    /** A class method (bound to the type it is looked up on). */
    public static void classMethod(PyType t, String name, BuiltinImpl impl) {
        t.dict().putStr(PyStr.intern(name), new PyMethodDescriptor(name, t, impl, true, null));
    }

    /** A static method (not bound at all). */
    public static void staticMethod(PyType t, String name, BuiltinImpl impl) {
        t.dict().putStr(PyStr.intern(name), new PyBuiltinFunction(name, t.simpleName() + "." + name, null, impl, null));
    }

    /** A read-only computed attribute. */
    public static void getter(PyType t, String name, Slots.Unary getter) {
        t.dict().putStr(PyStr.intern(name), new PyGetSetDescriptor(name, t, getter, null));
    }

    public static void getset(PyType t, String name, Slots.Unary getter, PyGetSetDescriptor.Setter setter) {
        t.dict().putStr(PyStr.intern(name), new PyGetSetDescriptor(name, t, getter, setter));
    }

    /** A plain class attribute. */
    public static void attr(PyType t, String name, PyObject value) {
        t.dict().putStr(PyStr.intern(name), value);
    }

    /** A module-level builtin function bound to its module. */
    public static PyBuiltinFunction function(PyObject module, String name, BuiltinImpl impl) {
        return new PyBuiltinFunction(name, name, module, impl, null);
    }

    /** Module function taking exactly one argument (METH_O). */
    public static PyBuiltinFunction function1(PyObject module, String name, Slots.Unary fn) {
        return new PyBuiltinFunction(name, name, module, (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", name);
            }
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes exactly one argument (%d given)", name,
                        args.length);
            }
            return fn.apply(args[0]);
        }, null);
    }
}
