// The slots and methods of 'object', the base of every class.
package pyj.interp.object;

import java.util.ArrayList;
import java.util.List;

final class ObjectType {
    private ObjectType() {}

    static void fill(PyType t) {
        t.repr = ObjectType::repr;
        t.str = self -> self.type().repr.apply(self);
        t.hash = Identity::hash;
        t.richcompare = ObjectType::richcompare;
        t.getattro = ObjectProtocol.GENERIC_GETATTR;
        t.setattro = ObjectProtocol.GENERIC_SETATTR;
        t.newFn = ObjectType::objectNew;
        t.init = ObjectType::objectInit;
        t.setMethodDefiner(ObjectType::define);
    }

    static PyObject repr(PyObject self) {
        PyType t = self.type();
        String mod = moduleName(t);
        String name = mod == null || mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        return PyStr.of("<" + name + " object at " + Identity.hex(self) + ">");
    }

    static String moduleName(PyType t) {
        if (!t.isHeapType()) {
            PyObject m = t.module();
            return m instanceof PyStr s ? s.value() : "builtins";
        }
        PyObject m = t.dict().getStr(PyStr.intern("__module__"));
        return m instanceof PyStr s ? s.value() : null;
    }

    private static PyObject richcompare(PyObject self, PyObject other, CompareOp op) {
        switch (op) {
            case EQ:
                return self == other ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED;
            case NE: {
                // != is the inverse of the type's == unless that is NotImplemented.
                Slots.RichCompare eq = self.type().richcompare;
                if (eq == null) return PySingleton.NOT_IMPLEMENTED;
                PyObject r = eq.compare(self, other, CompareOp.EQ);
                if (r == PySingleton.NOT_IMPLEMENTED) return r;
                return PyBool.of(!ObjectProtocol.isTrue(r));
            }
            default:
                return PySingleton.NOT_IMPLEMENTED;
        }
    }

    private static boolean excessArgs(PyObject[] args, String[] kw) {
        return args.length > 0;
    }

    private static PyObject objectNew(PyType type, PyObject[] args, String[] kw) {
        if (excessArgs(args, kw)) {
            if (type.newFn != (Slots.New) ObjectType::objectNew && !isObjectNew(type)) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (isObjectInit(type)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no arguments", type.name());
            }
        }
        if (type.hasFlag(PyType.IS_ABSTRACT)) throw abstractError(type);
        return new PyInstance(type);
    }

    /**
     * Interned names, in a holder: ObjectType initializes while 'object' is still being built, and
     * touching PyStr then would create 'str' before it can inherit object's slots.
     */
    private static final class Names {
        static final PyStr NEW = PyStr.intern("__new__");
        static final PyStr INIT = PyStr.intern("__init__");
    }

    private static boolean isObjectNew(PyType type) {
        PyObject n = type.lookup(Names.NEW);
        return n instanceof PyBuiltinFunction f && f.self() == PyType.OBJECT;
    }

    private static boolean isObjectInit(PyType type) {
        PyObject i = type.lookup(Names.INIT);
        return i instanceof PyWrapperDescriptor w && w.owner() == PyType.OBJECT;
    }

    private static void objectInit(PyObject self, PyObject[] args, String[] kw) {
        if (excessArgs(args, kw)) {
            PyType type = self.type();
            if (!isObjectInit(type)) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (isObjectNew(type)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no arguments", type.name());
            }
        }
    }

    private static PyException abstractError(PyType type) {
        PyObject abstracts = type.lookup(PyStr.intern("__abstractmethods__"));
        List<String> names = new ArrayList<>();
        if (abstracts != null) {
            PyObject it = ObjectProtocol.getIter(abstracts);
            for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) names.add(ObjectProtocol.strString(x));
        }
        names.sort(null);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.format(ExceptionTypes.TYPE_ERROR,
                "Can't instantiate abstract class %s without an implementation for abstract method%s %s", type.name(),
                names.size() == 1 ? "" : "s", sb);
    }

    static void define(PyType t) {
        MethodDef.getset(t, "__class__", PyObject::type, (self, value) -> {
            if (!(value instanceof PyType nt)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__class__ must be set to a class, not '%s' object",
                        value == null ? "NoneType" : value.type().name());
            }
            PyType old = self.type();
            if (!(self instanceof HeapObject h) || !nt.isHeapType() || !old.isHeapType()) {
                throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            // The Java object stays the same, so the new class must agree on everything it holds.
            if (nt.solid() != old.solid() || nt.instancesHaveDict() != old.instancesHaveDict()
                    || !java.util.Arrays.equals(nt.slotNames(), old.slotNames())) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__class__ assignment: '%s' object layout differs from '%s'",
                        nt.name(), old.name());
            }
            h.setType(nt);
        });
        MethodDef.attr(t, "__doc__", PyStr.of("The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n"));
        MethodDef.method(t, "__format__", (self, args, kw) -> {
            ArgParser.noKeywords("object.__format__", kw);
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "object.__format__() takes exactly one argument (%d given)",
                        args.length);
            }
            if (!(args[0] instanceof PyStr spec)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__format__() argument must be str, not %s",
                        args[0].type().name());
            }
            if (!spec.value().isEmpty()) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "unsupported format string passed to %s.__format__",
                        self.type().name());
            }
            return ObjectProtocol.str(self);
        });
        MethodDef.noArgs(t, "__dir__", ObjectType::dir);
        MethodDef.noArgs(t, "__sizeof__", self -> PyInt.of(16));
        MethodDef.classMethod(t, "__init_subclass__", (self, args, kw) -> {
            if (args.length > 0) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__init_subclass__() takes no keyword arguments",
                        ((PyType) self).name());
            }
            return PySingleton.NONE;
        });
        MethodDef.classMethod(t, "__subclasshook__", (self, args, kw) -> PySingleton.NOT_IMPLEMENTED);
        ObjectReduce.define(t);
    }

    /** object.__dir__: the instance dict's keys plus every attribute along the class's MRO. */
    private static PyObject dir(PyObject self) {
        PyDict names = new PyDict();
        PyDict d = self.dict();
        if (d != null) names.update(d);
        PyType t = self.type();
        for (PyType c : t.mro()) names.update(c.dict());
        PyList out = new PyList();
        for (int i = 0; i < names.entryLimit(); i++) {
            PyObject k = names.keyAt(i);
            if (k != null) out.append(k);
        }
        return out;
    }
}
