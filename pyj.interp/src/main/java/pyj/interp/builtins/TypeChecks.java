// isinstance() and issubclass(): exact-type fast paths, tuples, and the __instancecheck__/__subclasscheck__ hooks.
package pyj.interp.builtins;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** PyObject_IsInstance and PyObject_IsSubclass. */
public final class TypeChecks {
    private TypeChecks() {}

    private static final PyStr INSTANCECHECK = PyStr.intern("__instancecheck__");
    private static final PyStr SUBCLASSCHECK = PyStr.intern("__subclasscheck__");
    private static final PyStr CLASS = PyStr.intern("__class__");
    private static final PyStr BASES = PyStr.intern("__bases__");

    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) return true;
        if (cls.type() == PyType.TYPE) return objectIsInstance(inst, cls);
        if (cls instanceof PyTuple t) {
            for (PyObject item : t.items()) if (isInstance(inst, item)) return true;
            return false;
        }
        PyObject checker = ObjectProtocol.lookupSpecial(cls, INSTANCECHECK);
        if (checker != null) return ObjectProtocol.isTrue(ObjectProtocol.call(checker, inst));
        return objectIsInstance(inst, cls);
    }

    private static boolean objectIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t) {
            if (inst.type().isSubtypeOf(t)) return true;
            PyObject icls = ObjectProtocol.lookupAttr(inst, CLASS);
            return icls != inst.type() && icls instanceof PyType it && it.isSubtypeOf(t);
        }
        checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        PyObject icls = ObjectProtocol.lookupAttr(inst, CLASS);
        return icls != null && abstractIsSubclass(icls, cls);
    }

    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.type() == PyType.TYPE) {
            if (derived == cls) return true;
            return recursiveIsSubclass(derived, cls);
        }
        if (cls instanceof PyTuple t) {
            for (PyObject item : t.items()) if (isSubclass(derived, item)) return true;
            return false;
        }
        PyObject checker = ObjectProtocol.lookupSpecial(cls, SUBCLASSCHECK);
        if (checker != null) return ObjectProtocol.isTrue(ObjectProtocol.call(checker, derived));
        return recursiveIsSubclass(derived, cls);
    }

    /** type.__subclasscheck__ and the fallback of issubclass(). */
    public static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) return d.isSubtypeOf(c);
        checkClass(derived, "issubclass() arg 1 must be a class");
        checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return abstractIsSubclass(derived, cls);
    }

    private static void checkClass(PyObject cls, String message) {
        if (!(ObjectProtocol.lookupAttr(cls, BASES) instanceof PyTuple)) throw PyErr.typeError(message);
    }

    /** Walks __bases__ depth-first, for class-like objects that are not types. */
    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        for (;;) {
            if (derived == cls) return true;
            PyObject bases = ObjectProtocol.lookupAttr(derived, BASES);
            if (!(bases instanceof PyTuple t) || t.size() == 0) return false;
            if (t.size() == 1) {
                derived = t.get(0);
                continue;
            }
            for (PyObject b : t.items()) if (abstractIsSubclass(b, cls)) return true;
            return false;
        }
    }
}
