// Attributes of the builtin descriptor and function types (__name__, __qualname__, __self__, __doc__).
package pyj.interp.object;

final class DescriptorMethods {
    private DescriptorMethods() {}

    private static PyObject strOrNone(String s) { return s == null ? PySingleton.NONE : PyStr.of(s); }

    static void defineBuiltinFunction(PyType t) {
        MethodDef.getter(t, "__name__", self -> PyStr.of(((PyBuiltinFunction) self).name()));
        MethodDef.getter(t, "__qualname__", self -> PyStr.of(((PyBuiltinFunction) self).qualname()));
        MethodDef.getter(t, "__self__", self -> {
            PyObject s = ((PyBuiltinFunction) self).self();
            return s == null ? PySingleton.NONE : s;
        });
        MethodDef.getter(t, "__doc__", self -> strOrNone(((PyBuiltinFunction) self).doc()));
        MethodDef.getter(t, "__module__", self -> {
            PyObject s = ((PyBuiltinFunction) self).self();
            return s instanceof PyModule m ? PyStr.of(m.name()) : PySingleton.NONE;
        });
        MethodDef.getter(t, "__text_signature__", self -> PySingleton.NONE);
    }

    static void defineMethodDescriptor(PyType t) {
        MethodDef.getter(t, "__name__", self -> PyStr.of(((PyMethodDescriptor) self).name()));
        MethodDef.getter(t, "__qualname__", self -> {
            PyMethodDescriptor d = (PyMethodDescriptor) self;
            return PyStr.of(d.owner().simpleName() + "." + d.name());
        });
        MethodDef.getter(t, "__objclass__", self -> ((PyMethodDescriptor) self).owner());
        MethodDef.getter(t, "__doc__", self -> strOrNone(((PyMethodDescriptor) self).doc()));
        MethodDef.getter(t, "__text_signature__", self -> PySingleton.NONE);
    }

    static void defineWrapper(PyType t) {
        MethodDef.getter(t, "__name__", self -> PyStr.of(((PyWrapperDescriptor) self).name()));
        MethodDef.getter(t, "__qualname__", self -> {
            PyWrapperDescriptor d = (PyWrapperDescriptor) self;
            return PyStr.of(d.owner().simpleName() + "." + d.name());
        });
        MethodDef.getter(t, "__objclass__", self -> ((PyWrapperDescriptor) self).owner());
        MethodDef.getter(t, "__doc__", self -> PySingleton.NONE);
    }

    static void defineMethodWrapper(PyType t) {
        MethodDef.getter(t, "__name__", self -> PyStr.of(((PyWrapperDescriptor.Bound) self).descriptor().name()));
        MethodDef.getter(t, "__self__", self -> ((PyWrapperDescriptor.Bound) self).self());
        MethodDef.getter(t, "__qualname__", self -> {
            PyWrapperDescriptor d = ((PyWrapperDescriptor.Bound) self).descriptor();
            return PyStr.of(d.owner().simpleName() + "." + d.name());
        });
    }
}
