// collections.defaultdict: a dict whose __missing__ calls a factory to make the value of an absent key.
package pyj.interp.collections;

import pyj.interp.object.HeapObject;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyGenericAlias;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * A Java subclass of {@link PyDict}, so every dict slot and method accepts it as a dict; dict's
 * item lookup calls {@code __missing__} for instances that are not exact dicts. It also carries the
 * heap-instance state, so Python subclasses of defaultdict are instances of this class too.
 */
final class PyDefaultDict extends PyDict implements HeapObject {
    static final PyType TYPE = PyType.builtin("collections.defaultdict", PyDict.TYPE,
            PyType.BASETYPE, PyDefaultDict::define);

    static {
        TYPE.addFlags(PyType.MAPPING);
        TYPE.setDoc("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
                + "The default factory is called without arguments to produce\n"
                + "a new value when a key is not present, in __getitem__ only.\n"
                + "A defaultdict compares equal to a dict with the same items.\n"
                + "All remaining arguments are treated the same as if they were\n"
                + "passed to the dict constructor, including keyword arguments.\n");
        TYPE.newFn = (type, args, kw) -> new PyDefaultDict(type);
        TYPE.init = PyDefaultDict::init;
        TYPE.repr = PyDefaultDict::repr;
        TYPE.or = PyDefaultDict::or;
    }

    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;
    /** null when unset, which reads as None. */
    private PyObject factory;

    private PyDefaultDict(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) dict = new PyDict();
        PyStr[] names = type.slotNames();
        slots = names == null || names.length == 0 ? null : new PyObject[names.length];
    }

    @Override public PyType type() { return type; }
    @Override public void setType(PyType t) { type = t; }
    @Override public PyDict dict() { return dict; }
    @Override public void setDict(PyDict d) { dict = d; }
    @Override public PyObject[] slots() { return slots; }

    private static PyDefaultDict dd(PyObject o) { return (PyDefaultDict) o; }

    private static PyObject factoryOf(PyObject self) {
        PyObject f = dd(self).factory;
        return f == null ? PySingleton.NONE : f;
    }

    private static void define(PyType t) {
        PyGenericAlias.defineClassGetItem(t);
        MethodDef.oneArg(t, "__missing__", PyDefaultDict::missing);
        MethodDef.noArgs(t, "copy", PyDefaultDict::copy);
        MethodDef.noArgs(t, "__copy__", PyDefaultDict::copy);
        MethodDef.noArgs(t, "__reduce__", self -> {
            PyObject f = dd(self).factory;
            PyTuple args = f == null || f == PySingleton.NONE ? PyTuple.EMPTY : PyTuple.of(f);
            PyObject items = ObjectProtocol.getIter(ObjectProtocol.callMethod(self, "items"));
            return PyTuple.of(self.type(), args, PySingleton.NONE, PySingleton.NONE, items);
        });
        MethodDef.getset(t, "default_factory", PyDefaultDict::factoryOf, (self, v) -> dd(self).factory = v);
    }

    private static void init(PyObject self, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        PyObject newFactory = null;
        if (npos > 0) {
            newFactory = args[0];
            if (newFactory != PySingleton.NONE && !isCallable(newFactory)) {
                throw PyErr.typeError("first argument must be callable or None");
            }
        }
        PyObject[] rest = args;
        if (npos > 0) {
            rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
        }
        dd(self).factory = newFactory;
        PyDict.TYPE.init.init(self, rest, kw);
    }

    private static boolean isCallable(PyObject o) { return o.type().call != null; }

    /** Called by dict's item lookup for an absent key. */
    private static PyObject missing(PyObject self, PyObject key) {
        PyObject f = dd(self).factory;
        if (f == null || f == PySingleton.NONE) throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, key);
        PyObject value = ObjectProtocol.call(f);
        ObjectProtocol.setItem(self, key, value);
        return value;
    }

    /** copy() calls the object's class, so subclasses with the same constructor signature copy too. */
    private static PyObject copy(PyObject self) {
        return ObjectProtocol.call(self.type(), factoryOf(self), self);
    }

    private static PyObject repr(PyObject self) {
        String base = ((PyStr) PyDict.TYPE.repr.apply(self)).value();
        PyObject f = dd(self).factory;
        String fr;
        if (f == null) {
            fr = "None";
        } else if (!ObjectProtocol.reprEnter(f)) {
            fr = "...";
        } else {
            try {
                fr = ObjectProtocol.reprString(f);
            } finally {
                ObjectProtocol.reprLeave(f);
            }
        }
        return PyStr.of(self.type().simpleName() + "(" + fr + ", " + base + ")");
    }

    /** Either operand may be the defaultdict; the result is a copy of the left one's kind, via the class. */
    private static PyObject or(PyObject left, PyObject right) {
        PyObject self = left instanceof PyDefaultDict ? left : right;
        PyObject other = self == left ? right : left;
        if (!(other instanceof PyDict)) return PySingleton.NOT_IMPLEMENTED;
        PyObject result = ObjectProtocol.call(self.type(), factoryOf(self), left);
        if (result instanceof PyDict r) r.update((PyDict) right);
        else ObjectProtocol.callMethod(result, "update", right);
        return result;
    }
}
