// types.UnionType: the X | Y of PEP 604, built by type.__or__ and usable with isinstance().
package pyj.interp.object;

import java.util.ArrayList;
import java.util.List;

public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT, 0, PyUnionType::define);

    static {
        TYPE.setModule(PyStr.intern("types"));
        TYPE.repr = self -> {
            StringBuilder b = new StringBuilder();
            for (PyObject a : ((PyUnionType) self).args.items()) {
                if (b.length() > 0) b.append(" | ");
                b.append(a == PySingleton.NONE_TYPE ? "None" : PyGenericAlias.reprItem(a));
            }
            return PyStr.of(b.toString());
        };
        TYPE.richcompare = (a, b, op) -> {
            if (!(b instanceof PyUnionType y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyUnionType x = (PyUnionType) a;
            boolean eq = ObjectProtocol.richCompareBool(frozen(x.args), frozen(y.args), CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.hash = self -> ObjectProtocol.hash(frozen(((PyUnionType) self).args));
        TYPE.or = PyUnionType::or;
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    final PyTuple args;
    final PyTuple parameters;

    private PyUnionType(PyTuple args) {
        this.args = args;
        this.parameters = PyGenericAlias.collectParameters(args);
    }

    @Override
    public PyType type() { return TYPE; }

    private static PyObject frozen(PyTuple t) { return ObjectProtocol.call(PySet.FROZENSET_TYPE, t); }

    /** Whether an object may take part in X | Y: classes, None, aliases, unions and type variables. */
    private static boolean unionable(PyObject o) {
        return o == PySingleton.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType
                || ObjectProtocol.lookupAttr(o.type(), PyStr.intern("__typing_subst__")) != null;
    }

    /** _Py_union_type_or: the union of two operands, flattened and without duplicates, or NotImplemented. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PySingleton.NOT_IMPLEMENTED;
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) return items.get(0);
        return new PyUnionType(PyTuple.fromList(items));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.items()) add(items, x);
            return;
        }
        PyObject item = o == PySingleton.NONE ? PySingleton.NONE_TYPE : o;
        for (PyObject existing : items) {
            if (existing == item || existing instanceof PyGenericAlias && item instanceof PyGenericAlias
                    && ObjectProtocol.richCompareBool(existing, item, CompareOp.EQ)) {
                return;
            }
        }
        items.add(item);
    }

    private static PyUnionType u(PyObject o) { return (PyUnionType) o; }

    private static void define(PyType t) {
        MethodDef.getter(t, "__args__", self -> u(self).args);
        MethodDef.getter(t, "__parameters__", self -> u(self).parameters);
        MethodDef.oneArg(t, "__instancecheck__", (self, x) -> {
            for (PyObject a : u(self).args.items()) {
                if (a instanceof PyGenericAlias) {
                    throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
                }
            }
            for (PyObject a : u(self).args.items()) {
                if (x.type().isSubtypeOf((PyType) a)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        MethodDef.oneArg(t, "__subclasscheck__", (self, x) -> {
            if (!(x instanceof PyType sub)) throw PyErr.typeError("issubclass() arg 1 must be a class");
            for (PyObject a : u(self).args.items()) {
                if (a instanceof PyType at && sub.isSubtypeOf(at)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
    }
}
