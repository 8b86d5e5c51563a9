// typing.Generic: the base that makes a class subscriptable by its type parameters (Box[int]).
package pyj.interp.typing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyGenericAlias;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * What typing.py's {@code _generic_class_getitem} and {@code Generic.__init_subclass__} do:
 * {@code Generic[T, U]} checks its parameters, a subclass records the type variables of its
 * generic bases in {@code __parameters__}, and {@code Box[int]} checks the count and makes an alias
 * whose calls create Box instances.
 */
public final class GenericClass {
    private GenericClass() {}

    public static final PyType TYPE = PyType.builtin("typing.Generic", PyType.OBJECT, PyType.BASETYPE, GenericClass::define);
    /** The class of Box[int] and Generic[T]. */
    static final PyType ALIAS = PyGenericAlias.typingFlavour("typing._GenericAlias");
    private static final PyStr ORIG_BASES = PyStr.intern("__orig_bases__");
    private static final PyStr PARAMETERS = PyStr.intern("__parameters__");

    private static void define(PyType t) {
        MethodDef.classMethod(t, "__class_getitem__", (cls, args, kw) -> {
            if (args.length != 1) throw PyErr.typeError("__class_getitem__ expected 1 argument");
            return classGetItem((PyType) cls, args[0]);
        });
        MethodDef.classMethod(t, "__init_subclass__", (cls, args, kw) -> {
            initSubclass((PyType) cls);
            ObjectProtocol.call(ObjectProtocol.getAttr(PyType.OBJECT, "__init_subclass__"), args, kw);
            return PySingleton.NONE;
        });
        MethodDef.attr(t, "__slots__", PyTuple.EMPTY);
        MethodDef.attr(t, "__doc__", PyStr.of("Abstract base class for generic types."));
    }

    /** INTRINSIC_SUBSCRIPT_GENERIC: {@code Generic[*params]} for a PEP 695 class, TypeVarTuples unpacked. */
    public static PyObject subscriptGeneric(PyTuple params) {
        PyObject[] items = params.items().clone();
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof PyTypeParameter p && p.kind == PyTypeParameter.Kind.TYPE_VAR_TUPLE) {
                items[i] = SpecialForms.unpack(p);
            }
        }
        return classGetItem(TYPE, PyTuple.of(items));
    }

    private static PyObject classGetItem(PyType cls, PyObject item) {
        PyObject[] params = item instanceof PyTuple t ? t.items() : new PyObject[] {item};
        if (cls == TYPE) {
            if (params.length == 0) throw PyErr.typeError("Parameter list to Generic[...] cannot be empty");
            Set<PyObject> seen = new java.util.HashSet<>();
            for (PyObject p : params) {
                if (!isTypeVarLike(p)) {
                    throw PyErr.typeError("Parameters to Generic[...] must all be type variables or parameter "
                            + "specification variables.");
                }
                if (!seen.add(p)) throw PyErr.typeError("Parameters to Generic[...] must all be unique");
            }
            return new PyGenericAlias(ALIAS, cls, PyTuple.of(params));
        }
        PyObject declared = ObjectProtocol.lookupAttr(cls, PARAMETERS);
        int expected = declared instanceof PyTuple d ? d.size() : 0;
        String clsRepr = ObjectProtocol.reprString(cls);
        if (expected == 0) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s is not a generic class", clsRepr);
        boolean variadic = false;
        for (PyObject p : ((PyTuple) declared).items()) {
            variadic |= p instanceof PyTypeParameter tp && tp.kind == PyTypeParameter.Kind.TYPE_VAR_TUPLE;
        }
        int actual = params.length;
        if (variadic ? actual < expected - 1 : actual != expected) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Too %s arguments for %s; actual %d, expected %s%d",
                    actual > expected ? "many" : "few", clsRepr, actual, variadic ? "at least " : "",
                    variadic ? expected - 1 : expected);
        }
        return new PyGenericAlias(ALIAS, cls, PyTuple.of(params));
    }

    private static boolean isTypeVarLike(PyObject p) {
        return p instanceof PyTypeParameter tp && tp.kind != PyTypeParameter.Kind.TYPE_VAR_TUPLE
                || SpecialForms.unpackedTypeVarTuple(p) != null;
    }

    /** Generic.__init_subclass__: the class's __parameters__ from the type variables of its generic bases. */
    private static void initSubclass(PyType cls) {
        PyObject orig = cls.dict().getStr(ORIG_BASES);
        boolean plainGeneric = false;
        if (orig instanceof PyTuple ob) {
            for (PyObject b : ob.items()) plainGeneric |= b == TYPE;
        } else {
            for (PyType b : cls.bases()) plainGeneric |= b == TYPE;
        }
        if (plainGeneric) throw PyErr.typeError("Cannot inherit from plain Generic");
        List<PyObject> tvars = new ArrayList<>();
        if (orig instanceof PyTuple ob) {
            tvars.addAll(collect(ob.items()));
            PyTuple gvars = null;
            for (PyObject b : ob.items()) {
                if (b instanceof PyGenericAlias a && a.origin() == TYPE) {
                    if (gvars != null) throw PyErr.typeError("Cannot inherit from Generic[...] multiple times.");
                    gvars = parametersOf(a.args());
                }
            }
            if (gvars != null) {
                List<PyObject> listed = List.of(gvars.items());
                List<String> missing = new ArrayList<>();
                for (PyObject v : tvars) if (!listed.contains(v)) missing.add(ObjectProtocol.strString(v));
                if (!missing.isEmpty()) {
                    List<String> all = new ArrayList<>();
                    for (PyObject g : listed) all.add(ObjectProtocol.strString(g));
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Some type variables (%s) are not listed in Generic[%s]",
                            String.join(", ", missing), String.join(", ", all));
                }
                tvars = new ArrayList<>(listed);
            }
        }
        cls.setAttribute(PARAMETERS, PyTuple.fromList(tvars));
    }

    /** typing._collect_type_parameters: the type variables in {@code args}, in order, each once. */
    static PyTuple parametersOf(PyTuple args) {
        return PyTuple.fromList(collect(args.items()));
    }

    private static List<PyObject> collect(PyObject[] args) {
        Set<PyObject> out = new LinkedHashSet<>();
        for (PyObject a : args) {
            if (a instanceof PyType) continue;
            PyTypeParameter unpacked = SpecialForms.unpackedTypeVarTuple(a);
            if (unpacked != null) {
                out.add(unpacked);
            } else if (a instanceof PyTypeParameter) {
                out.add(a);
            } else if (ObjectProtocol.lookupAttr(a, PARAMETERS) instanceof PyTuple ps) {
                for (PyObject p : ps.items()) out.add(p);
            }
        }
        return new ArrayList<>(out);
    }
}
