// super: attribute lookup that starts after a given class in an object's MRO.
package pyj.interp.eval;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyCell;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;
import pyj.interp.object.Slots;

public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, PyType.BASETYPE, t -> {
        MethodDef.getter(t, "__thisclass__", self -> ((PySuper) self).start);
        MethodDef.getter(t, "__self__", self -> {
            PyObject o = ((PySuper) self).obj;
            return o == null ? PySingleton.NONE : o;
        });
        MethodDef.getter(t, "__self_class__", self -> {
            PySuper s = (PySuper) self;
            return s.obj == null ? PySingleton.NONE : startType(s.start, s.obj);
        });
    });

    static {
        TYPE.newFn = (type, args, kw) -> new PySuper(null, null);
        TYPE.init = PySuper::init;
        TYPE.getattro = PySuper::getattr;
        TYPE.descrGet = (descr, obj, type) -> {
            PySuper s = (PySuper) descr;
            if (obj == null || s.obj != null) return descr;
            return new PySuper(s.start, obj);
        };
        TYPE.repr = self -> {
            PySuper s = (PySuper) self;
            String cls = s.start == null ? "NULL" : s.start.name();
            if (s.obj == null) return PyStr.of("<super: <class '" + cls + "'>, NULL>");
            return PyStr.of("<super: <class '" + cls + "'>, <" + startType(s.start, s.obj).name() + " object>>");
        };
    }

    private PyType start;
    private PyObject obj;

    PySuper(PyType start, PyObject obj) {
        this.start = start;
        this.obj = obj;
    }

    @Override
    public PyType type() { return TYPE; }

    private static void init(PyObject self, PyObject[] args, String[] kw) {
        PySuper s = (PySuper) self;
        if (kw != null && kw.length > 0) throw PyErr.typeError("super() takes no keyword arguments");
        if (args.length == 0) {
            PyFrame f = ThreadState.current().currentFrame();
            zeroArgs(s, f);
            return;
        }
        if (!(args[0] instanceof PyType t)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "super() argument 1 must be a type, not %s",
                    args[0].type().name());
        }
        s.start = t;
        if (args.length > 1 && args[1] != PySingleton.NONE) {
            check(t, args[1]);
            s.obj = args[1];
        }
    }

    /** super() with no arguments: the enclosing function's first argument and its __class__ cell. */
    private static void zeroArgs(PySuper s, PyFrame f) {
        if (f == null) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "super(): no current frame");
        PyCode code = f.code;
        if (code.argcount == 0 && (code.flags & CodeObject.CO_VARARGS) == 0) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        PyObject first = f.localsplus[0];
        if (first instanceof PyCell c && (code.source.localsplusKinds()[0] & CodeObject.CO_FAST_CELL) != 0) first = c.value;
        if (first == null) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "super(): arg[0] deleted");
        for (int i = 0; i < code.nlocalsplus; i++) {
            if (code.localsplusNames[i].value().equals("__class__")
                    && (code.source.localsplusKinds()[i] & CodeObject.CO_FAST_FREE) != 0) {
                PyObject cls = ((PyCell) f.localsplus[i]).value;
                if (cls == null) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
                if (!(cls instanceof PyType t)) {
                    throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ is not a type (%s)",
                            cls.type().name());
                }
                check(t, first);
                s.start = t;
                s.obj = first;
                return;
            }
        }
        throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
    }

    static void check(PyType start, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(start)) return;
        if (obj.type().isSubtypeOf(start)) return;
        throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** The class whose MRO is searched: obj itself when it is a subclass of start, else type(obj). */
    static PyType startType(PyType start, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(start)) return t;
        return obj.type();
    }

    /** The first definition of name after {@code start} in the relevant MRO, or null. */
    static PyObject lookupAfter(PyType start, PyObject obj, PyStr name) {
        PyType[] mro = startType(start, obj).mro();
        int i = 0;
        while (i < mro.length && mro[i] != start) i++;
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    private static PyObject getattr(PyObject self, PyStr name) {
        PySuper s = (PySuper) self;
        if (s.obj != null && !name.value().equals("__class__")) {
            PyObject descr = lookupAfter(s.start, s.obj, name);
            if (descr != null) {
                Slots.DescrGet get = descr.type().descrGet;
                if (get == null) return descr;
                PyObject owner = s.obj == startType(s.start, s.obj) ? null : s.obj;
                return get.get(descr, owner, startType(s.start, s.obj));
            }
        }
        return ObjectProtocol.genericGetAttr(self, name);
    }
}
