// types.GenericAlias: list[int] and friends, what a builtin class's __class_getitem__ returns.
package pyj.interp.object;

import java.util.ArrayList;
import java.util.List;

/**
 * A class subscripted with type arguments (PEP 585). It stands for its origin class almost
 * everywhere: calling it creates an origin instance, attribute lookup falls through to the origin,
 * and as a base class it is replaced by the origin (__mro_entries__); but it refuses isinstance().
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT, PyType.BASETYPE,
            t -> define(t, false));
    private static final PyStr ORIG_CLASS = PyStr.intern("__orig_class__");
    /** Attributes the alias answers itself instead of passing to the origin (genericaliasobject.c's list). */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__bases__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
            "__reduce__", "__copy__", "__deepcopy__");

    static {
        TYPE.setModule(PyStr.intern("types"));
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("GenericAlias", kw);
            ArgParser.checkPositional("GenericAlias", args, kw, 2, 2);
            return new PyGenericAlias(args[0], args[1]);
        };
        fillSlots(TYPE);
    }

    /**
     * A type whose instances behave as GenericAlias but which typing code tells apart, as CPython's
     * typing._GenericAlias is a class of its own: the aliases of user-defined generic classes.
     */
    public static PyType typingFlavour(String name) {
        PyType t = PyType.builtin(name, PyType.OBJECT, 0, x -> define(x, true));
        t.newFn = null;
        fillSlots(t);
        return t;
    }

    private static void fillSlots(PyType t) {
        t.repr = self -> PyStr.of(((PyGenericAlias) self).repr());
        t.call = (self, args, kw) -> {
            PyObject obj = ObjectProtocol.call(((PyGenericAlias) self).origin, args, kw);
            try {
                ObjectProtocol.setAttr(obj, ORIG_CLASS, self);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR) && !e.matches(ExceptionTypes.TYPE_ERROR)) throw e;
            }
            return obj;
        };
        // Everything but the alias's own few attributes is the origin's (list[int].append is list.append).
        t.getattro = (self, name) -> OWN.contains(name.value()) ? ObjectProtocol.genericGetAttr(self, name)
                : ObjectProtocol.getAttr(((PyGenericAlias) self).origin, name);
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyGenericAlias y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyGenericAlias x = (PyGenericAlias) a;
            boolean eq = x.unpacked == y.unpacked && ObjectProtocol.richCompareBool(x.origin, y.origin, CompareOp.EQ)
                    && ObjectProtocol.richCompareBool(x.args, y.args, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.hash = self -> ObjectProtocol.hash(((PyGenericAlias) self).origin)
                ^ ObjectProtocol.hash(((PyGenericAlias) self).args);
        t.or = PyUnionType::or;
    }

    private final PyType type;
    final PyObject origin;
    final PyTuple args;
    final PyTuple parameters;
    final boolean unpacked;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this(TYPE, origin, args);
    }

    /** An alias whose Python type is {@code type}: GenericAlias or a {@link #typingFlavour}. */
    public PyGenericAlias(PyType type, PyObject origin, PyObject args) {
        this.type = type;
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
        this.parameters = collectParameters(this.args);
        this.unpacked = false;
    }

    @Override
    public PyType type() { return type; }

    public PyObject origin() { return origin; }

    public PyTuple args() { return args; }

    /** The type variables among the arguments, in order, each once (_Py_make_parameters). */
    static PyTuple collectParameters(PyTuple args) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject a : args.items()) {
            if (a instanceof PyType) continue;
            if (ObjectProtocol.lookupAttr(a, PyStr.intern("__typing_subst__")) != null) {
                if (!out.contains(a)) out.add(a);
                continue;
            }
            PyObject params = ObjectProtocol.lookupAttr(a, PyStr.intern("__parameters__"));
            if (params instanceof PyTuple t) for (PyObject p : t.items()) if (!out.contains(p)) out.add(p);
        }
        return PyTuple.fromList(out);
    }

    private String repr() {
        StringBuilder b = new StringBuilder(reprItem(origin)).append('[');
        if (args.size() == 0) b.append("()");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) b.append(", ");
            PyObject a = args.get(i);
            if (a instanceof PyList l) {
                b.append('[');
                for (int k = 0; k < l.size(); k++) b.append(k > 0 ? ", " : "").append(reprItem(l.get(k)));
                b.append(']');
            } else {
                b.append(reprItem(a));
            }
        }
        return b.append(']').toString();
    }

    /** ga_repr_item: "..." for Ellipsis, module.qualname for classes, repr() for anything else. */
    static String reprItem(PyObject p) {
        if (p == PySingleton.ELLIPSIS) return "...";
        if (p instanceof PyGenericAlias || p instanceof PyUnionType) return ObjectProtocol.reprString(p);
        PyObject qualname = ObjectProtocol.lookupAttr(p, PyStr.intern("__qualname__"));
        PyObject module = ObjectProtocol.lookupAttr(p, PyStr.intern("__module__"));
        if (p instanceof PyType && qualname instanceof PyStr q && module instanceof PyStr m) {
            return m.value().equals("builtins") ? q.value() : m.value() + "." + q.value();
        }
        return ObjectProtocol.reprString(p);
    }

    /** Gives a class the __class_getitem__ that makes cls[args] an alias (list[int], dict[str, int]). */
    public static void defineClassGetItem(PyType t) {
        MethodDef.classMethod(t, "__class_getitem__", (cls, args, kw) -> {
            ArgParser.noKeywords("__class_getitem__", kw);
            ArgParser.checkPositional("__class_getitem__", args, kw, 1, 1);
            return new PyGenericAlias(cls, args[0]);
        });
    }

    private static PyGenericAlias ga(PyObject o) { return (PyGenericAlias) o; }

    private static void define(PyType t, boolean typing) {
        MethodDef.getter(t, "__origin__", self -> ga(self).origin);
        MethodDef.getter(t, "__args__", self -> ga(self).args);
        MethodDef.getter(t, "__parameters__", self -> ga(self).parameters);
        MethodDef.getter(t, "__unpacked__", self -> PyBool.of(ga(self).unpacked));
        MethodDef.oneArg(t, "__mro_entries__", (self, bases) -> PyTuple.of(ga(self).origin));
        MethodDef.oneArg(t, "__instancecheck__", (self, x) -> {
            throw PyErr.typeError(typing ? "Subscripted generics cannot be used with class and instance checks"
                    : "isinstance() argument 2 cannot be a parameterized generic");
        });
        MethodDef.oneArg(t, "__subclasscheck__", (self, x) -> {
            throw PyErr.typeError(typing ? "Subscripted generics cannot be used with class and instance checks"
                    : "issubclass() argument 2 cannot be a parameterized generic");
        });
        MethodDef.noArgs(t, "__reduce__", self -> PyTuple.of(TYPE, PyTuple.of(ga(self).origin, ga(self).args)));
        MethodDef.oneArg(t, "__getitem__", (self, item) -> {
            if (ga(self).parameters.size() == 0) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "There are no type variables left in %s",
                        ga(self).repr());
            }
            return new PyGenericAlias(ga(self).type, ga(self).origin, substitute(ga(self), item));
        });
        MethodDef.method(t, "__dir__", (self, args, kw) -> {
            PyObject d = ObjectProtocol.callMethod(ga(self).origin, "__dir__");
            PyList out = new PyList(ObjectProtocol.toArray(d));
            for (String own : OWN) out.append(PyStr.of(own));
            return out;
        });
    }

    /** alias[X, Y]: each type variable of the alias's arguments replaced by the matching item. */
    private static PyTuple substitute(PyGenericAlias alias, PyObject item) {
        PyObject[] items = item instanceof PyTuple t ? t.items() : new PyObject[] {item};
        PyTuple params = alias.parameters;
        if (items.length != params.size()) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Too %s arguments for %s; actual %d, expected %d",
                    items.length > params.size() ? "many" : "few", alias.repr(), items.length, params.size());
        }
        PyObject[] out = alias.args.items().clone();
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < params.size(); k++) {
                if (out[i] == params.get(k)) out[i] = items[k];
            }
        }
        return PyTuple.of(out);
    }
}
