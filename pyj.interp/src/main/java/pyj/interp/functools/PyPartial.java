// functools.partial: a callable holding a function with some of its arguments already supplied.
package pyj.interp.functools;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.HeapObject;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyGenericAlias;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.warnings.Warnings;

/**
 * As in CPython 3.13: a partial of a partial whose instance dict was never created is flattened
 * into one; {@code keywords} is the live dict the call merges its own keywords into; and binding as
 * a method (a partial stored on a class) still returns the partial itself, with the FutureWarning
 * that announces the change. The instance dict is made on first use, since its existence decides
 * flattening.
 */
public final class PyPartial extends PyObject implements HeapObject {
    public static final PyType TYPE = PyType.builtin("functools.partial", PyType.OBJECT, PyType.BASETYPE,
            PyPartial::defineMethods);

    static {
        TYPE.setDoc("Create a new function with partial application of the given arguments\nand keywords.");
        TYPE.setInstancesHaveDict(true);
        TYPE.setInstancesHaveWeakref(true);
        TYPE.newFn = PyPartial::create;
        TYPE.call = (self, args, kw) -> ((PyPartial) self).invoke(args, kw);
        TYPE.repr = self -> PyStr.of(((PyPartial) self).repr());
        TYPE.descrGet = (self, obj, type) -> {
            if (obj != null && obj != PySingleton.NONE) {
                Warnings.warn(ExceptionTypes.FUTURE_WARNING, "functools.partial will be a method descriptor in "
                        + "future Python versions; wrap it in staticmethod() if you want to preserve the old "
                        + "behavior", 1);
            }
            return self;
        };
    }

    private static void defineMethods(PyType t) {
        MethodDef.getset(t, "func", self -> ((PyPartial) self).func, PyPartial::readonly);
        MethodDef.getset(t, "args", self -> ((PyPartial) self).args, PyPartial::readonly);
        MethodDef.getset(t, "keywords", self -> ((PyPartial) self).keywords, PyPartial::readonly);
        MethodDef.getset(t, "__dict__", self -> ((PyPartial) self).ensureDict(), PyPartial::assignDict);
        MethodDef.noArgs(t, "__reduce__", self -> ((PyPartial) self).reduce());
        MethodDef.oneArg(t, "__setstate__", (self, state) -> {
            ((PyPartial) self).setState(state);
            return PySingleton.NONE;
        });
        MethodDef.classMethod(t, "__class_getitem__", (cls, args, kw) -> {
            if (args.length != 1 || (kw != null && kw.length > 0)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "partial.__class_getitem__() takes exactly one argument (%d given)",
                        args.length);
            }
            return new PyGenericAlias(cls, args[0]);
        });
    }

    private PyType type;
    private PyObject func;
    private PyTuple args;
    private PyDict keywords;
    private PyDict dict;
    private final PyObject[] slots;

    private PyPartial(PyType type, PyObject func, PyTuple args, PyDict keywords) {
        this.type = type;
        this.func = func;
        this.args = args;
        this.keywords = keywords;
        PyStr[] names = type.slotNames();
        this.slots = names == null || names.length == 0 ? null : new PyObject[names.length];
    }

    private static PyObject create(PyType type, PyObject[] argv, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = argv.length - nkw;
        if (npos < 1) throw PyErr.typeError("type 'partial' takes at least one argument");
        PyObject func = argv[0];
        if (func.type().call == null) throw PyErr.typeError("the first argument must be callable");
        PyObject[] before = new PyObject[0];
        PyDict inherited = null;
        if (func instanceof PyPartial inner && inner.dict == null) {
            before = inner.args.items();
            inherited = inner.keywords;
            func = inner.func;
        }
        PyObject[] all = new PyObject[before.length + npos - 1];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(argv, 1, all, before.length, npos - 1);
        PyDict kw = inherited == null || inherited.size() == 0 ? new PyDict() : inherited.copy();
        for (int i = 0; i < nkw; i++) kw.putStr(PyStr.intern(kwnames[i]), argv[npos + i]);
        return new PyPartial(type, func, new PyTuple(all), kw);
    }

    private PyObject invoke(PyObject[] callArgs, String[] callKwnames) {
        int ncallKw = callKwnames == null ? 0 : callKwnames.length;
        int ncallPos = callArgs.length - ncallKw;
        PyObject[] stored = args.items();
        if (keywords.size() == 0) {
            PyObject[] all = new PyObject[stored.length + callArgs.length];
            System.arraycopy(stored, 0, all, 0, stored.length);
            System.arraycopy(callArgs, 0, all, stored.length, callArgs.length);
            return ObjectProtocol.call(func, all, callKwnames);
        }
        PyDict merged = keywords.copy();
        for (int i = 0; i < ncallKw; i++) merged.putStr(PyStr.intern(callKwnames[i]), callArgs[ncallPos + i]);
        int nkw = merged.size();
        PyObject[] all = new PyObject[stored.length + ncallPos + nkw];
        System.arraycopy(stored, 0, all, 0, stored.length);
        System.arraycopy(callArgs, 0, all, stored.length, ncallPos);
        String[] names = new String[nkw];
        int k = 0;
        for (int e = 0; e < merged.entryLimit(); e++) {
            PyObject key = merged.keyAt(e);
            PyObject value = merged.entryValue(e);
            if (key == null || value == null) continue;
            if (!(key instanceof PyStr s)) throw PyErr.typeError("keywords must be strings");
            names[k] = s.value();
            all[stored.length + ncallPos + k] = value;
            k++;
        }
        return ObjectProtocol.call(func, all, names);
    }

    private String repr() {
        PyObject qualname = ObjectProtocol.getAttr(type, "__qualname__");
        PyObject module = ObjectProtocol.getAttr(type, "__module__");
        String prefix = ObjectProtocol.strString(module) + "." + ObjectProtocol.strString(qualname);
        if (!ObjectProtocol.reprEnter(this)) return "...";
        try {
            StringBuilder b = new StringBuilder(prefix).append('(').append(ObjectProtocol.reprString(func));
            for (PyObject a : args.items()) b.append(", ").append(ObjectProtocol.reprString(a));
            for (int e = 0; e < keywords.entryLimit(); e++) {
                PyObject key = keywords.keyAt(e);
                PyObject value = keywords.entryValue(e);
                if (key == null || value == null) continue;
                b.append(", ").append(ObjectProtocol.strString(key)).append('=')
                        .append(ObjectProtocol.reprString(value));
            }
            return b.append(')').toString();
        } finally {
            ObjectProtocol.reprLeave(this);
        }
    }

    private PyObject reduce() {
        return PyTuple.of(type, PyTuple.of(func),
                PyTuple.of(func, args, keywords, dict == null ? PySingleton.NONE : dict));
    }

    /** The pickle state (func, args, keywords or None, dict or None), checked as CPython does. */
    private void setState(PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) throw invalidState();
        PyObject newFunc = t.get(0), newArgs = t.get(1), newKw = t.get(2), newDict = t.get(3);
        if (newFunc.type().call == null || !(newArgs instanceof PyTuple argTuple)
                || (newKw != PySingleton.NONE && !(newKw instanceof PyDict))) {
            throw invalidState();
        }
        if (newArgs.type() != PyTuple.TYPE) argTuple = new PyTuple(argTuple.items().clone());
        PyDict kw;
        if (newKw == PySingleton.NONE) kw = new PyDict();
        else if (newKw.type() != PyDict.TYPE) kw = ((PyDict) newKw).copy();
        else kw = (PyDict) newKw;
        func = newFunc;
        args = argTuple;
        keywords = kw;
        dict = newDict == PySingleton.NONE ? null : (PyDict) newDict;
    }

    private static PyException invalidState() { return PyErr.typeError("invalid partial state"); }

    private static void readonly(PyObject self, PyObject value) {
        throw PyErr.newException(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
    }

    private PyDict ensureDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    private static void assignDict(PyObject self, PyObject value) {
        if (value == null) throw PyErr.typeError("cannot delete __dict__");
        if (!(value instanceof PyDict d)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%s'",
                    value.type().name());
        }
        ((PyPartial) self).dict = d;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public void setType(PyType type) { this.type = type; }

    @Override
    public PyDict dict() { return dict; }

    @Override
    public void setDict(PyDict dict) { this.dict = dict; }

    @Override
    public PyObject[] slots() { return slots; }

    @Override
    public boolean storeInstanceAttribute(PyStr name, PyObject value) {
        ensureDict().putStr(name, value);
        return true;
    }
}
