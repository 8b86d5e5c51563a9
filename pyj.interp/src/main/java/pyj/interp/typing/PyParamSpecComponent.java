// P.args and P.kwargs: the annotations for *args and **kwargs of a ParamSpec-typed callable.
package pyj.interp.typing;

import pyj.interp.object.CompareOp;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

final class PyParamSpecComponent extends PyObject {
    static final PyType ARGS = PyType.builtin("typing.ParamSpecArgs", PyType.OBJECT, 0, PyParamSpecComponent::define);
    static final PyType KWARGS = PyType.builtin("typing.ParamSpecKwargs", PyType.OBJECT, 0, PyParamSpecComponent::define);

    static {
        for (PyType t : new PyType[] {ARGS, KWARGS}) {
            t.newFn = null;
            t.repr = self -> {
                PyParamSpecComponent c = (PyParamSpecComponent) self;
                return PyStr.of(c.origin.name.value() + (c.kwargs ? ".kwargs" : ".args"));
            };
            // Equal when they belong to the same ParamSpec: P.args is made afresh on each access.
            t.richcompare = (a, b, op) -> {
                if (!(b instanceof PyParamSpecComponent y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                PyParamSpecComponent x = (PyParamSpecComponent) a;
                boolean eq = x.kwargs == y.kwargs && x.origin == y.origin;
                return PyBool.of(op == CompareOp.EQ ? eq : !eq);
            };
            t.hash = self -> ObjectProtocol.hash(((PyParamSpecComponent) self).origin) ^ (((PyParamSpecComponent) self).kwargs ? 1 : 2);
        }
    }

    final PyTypeParameter origin;
    final boolean kwargs;

    PyParamSpecComponent(PyTypeParameter origin, boolean kwargs) {
        this.origin = origin;
        this.kwargs = kwargs;
    }

    @Override
    public PyType type() { return kwargs ? KWARGS : ARGS; }

    private static void define(PyType t) {
        MethodDef.getter(t, "__origin__", self -> ((PyParamSpecComponent) self).origin);
    }
}
