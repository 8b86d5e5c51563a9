// collections.deque's type: its slots and methods, with CPython 3.13's argument handling and messages.
package pyj.interp.collections;

import pyj.interp.object.ArgParser;
import pyj.interp.object.CompareOp;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyGenericAlias;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class DequeType {
    private DequeType() {}

    static final PyType TYPE = PyType.builtin("collections.deque", PyType.OBJECT,
            PyType.BASETYPE | PyType.SEQUENCE, DequeType::define);

    private static final ArgParser INIT = new ArgParser("deque", 0, "iterable", "maxlen");
    private static final PyStr DICT = PyStr.intern("__dict__");

    static {
        TYPE.setDoc("A list-like sequence optimized for data accesses near its endpoints.");
        TYPE.newFn = (type, args, kw) -> new PyDeque(type);
        TYPE.init = DequeType::init;
        TYPE.repr = DequeType::repr;
        TYPE.hash = self -> {
            throw ObjectProtocol.unhashable(self);
        };
        TYPE.richcompare = DequeType::compare;
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.setattro = ObjectProtocol.GENERIC_SETATTR;
        TYPE.length = self -> dq(self).size();
        TYPE.iter = self -> new DequeIterator(dq(self), false);
        TYPE.contains = DequeType::contains;
        TYPE.getitem = (self, key) -> {
            PyDeque d = dq(self);
            return d.get(checkedIndex(d, key));
        };
        TYPE.setitem = (self, key, value) -> {
            PyDeque d = dq(self);
            int i = checkedIndex(d, key);
            if (value == null) d.delete(i);
            else d.set(i, value);
        };
        TYPE.concat = DequeType::concat;
        TYPE.repeat = (self, n) -> inplaceRepeat(copy(self), n);
        TYPE.inplaceConcat = (self, other) -> {
            extend(dq(self), other);
            return self;
        };
        TYPE.inplaceRepeat = DequeType::inplaceRepeat;
    }

    static PyDeque dq(PyObject o) { return (PyDeque) o; }

    private static void define(PyType t) {
        PyGenericAlias.defineClassGetItem(t);
        MethodDef.attr(t, "__hash__", PySingleton.NONE);
        MethodDef.oneArg(t, "append", (self, x) -> {
            dq(self).append(x);
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "appendleft", (self, x) -> {
            dq(self).appendLeft(x);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "pop", self -> {
            PyDeque d = dq(self);
            if (d.size() == 0) throw PyErr.indexError("pop from an empty deque");
            return d.pop();
        });
        MethodDef.noArgs(t, "popleft", self -> {
            PyDeque d = dq(self);
            if (d.size() == 0) throw PyErr.indexError("pop from an empty deque");
            return d.popLeft();
        });
        MethodDef.oneArg(t, "extend", (self, x) -> {
            extend(dq(self), x);
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "extendleft", (self, x) -> {
            extendLeft(dq(self), x);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "clear", self -> {
            dq(self).clear();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "copy", DequeType::copy);
        MethodDef.noArgs(t, "__copy__", DequeType::copy);
        MethodDef.oneArg(t, "count", DequeType::count);
        MethodDef.method(t, "index", DequeType::index);
        MethodDef.method(t, "insert", DequeType::insert);
        MethodDef.oneArg(t, "remove", DequeType::remove);
        MethodDef.method(t, "rotate", (self, args, kw) -> {
            ArgParser.noKeywords("deque.rotate", kw);
            ArgParser.checkPositional("rotate", args, kw, 0, 1);
            dq(self).rotate(args.length == 0 ? 1 : ObjectProtocol.index(args[0]));
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "reverse", self -> {
            dq(self).reverse();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "__reversed__", self -> new DequeIterator(dq(self), true));
        MethodDef.noArgs(t, "__reduce__", DequeType::reduce);
        MethodDef.getter(t, "maxlen", self -> {
            long m = dq(self).maxlen;
            return m < 0 ? PySingleton.NONE : PyInt.of(m);
        });
    }

    private static void init(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = INIT.parse(args, kw);
        PyDeque d = dq(self);
        long maxlen = -1;
        if (a[1] != null && a[1] != PySingleton.NONE) {
            if (!(a[1] instanceof PyInt i)) throw PyErr.typeError("an integer is required");
            maxlen = i.asSsize();
            if (maxlen < 0) throw PyErr.valueError("maxlen must be non-negative");
        }
        d.maxlen = maxlen;
        d.clear();
        if (a[0] != null) extend(d, a[0]);
    }

    static void extend(PyDeque d, PyObject iterable) {
        if (iterable == d) iterable = new PyList(d.toArray());
        PyObject it = ObjectProtocol.getIter(iterable);
        if (d.maxlen == 0) {
            while (ObjectProtocol.next(it) != null) {
                // a zero-length deque keeps nothing, but the iterable is still consumed
            }
            return;
        }
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) d.append(x);
    }

    private static void extendLeft(PyDeque d, PyObject iterable) {
        if (iterable == d) iterable = new PyList(d.toArray());
        PyObject it = ObjectProtocol.getIter(iterable);
        if (d.maxlen == 0) {
            while (ObjectProtocol.next(it) != null) {
                // as in extend()
            }
            return;
        }
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) d.appendLeft(x);
    }

    /** copy(): exact deques are copied directly; a subclass is called as {@code type(d)(d[, maxlen])}. */
    static PyObject copy(PyObject self) {
        PyDeque d = dq(self);
        if (d.type() == TYPE) {
            PyDeque r = new PyDeque(TYPE);
            r.maxlen = d.maxlen;
            extend(r, d);
            return r;
        }
        PyObject r = d.maxlen < 0 ? ObjectProtocol.call(d.type(), d)
                : ObjectProtocol.call(d.type(), d, PyInt.of(d.maxlen));
        if (!(r instanceof PyDeque)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() must return a deque, not %s", d.type().name(),
                    r.type().name());
        }
        return r;
    }

    private static PyObject concat(PyObject self, PyObject other) {
        if (!(other instanceof PyDeque)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can only concatenate deque (not \"%s\") to deque",
                    other.type().name());
        }
        PyObject r = copy(self);
        extend(dq(r), other);
        return r;
    }

    private static PyObject inplaceRepeat(PyObject self, long n) {
        PyDeque d = dq(self);
        int size = d.size();
        if (size == 0 || n == 1) return self;
        if (n <= 0) {
            d.clear();
            return self;
        }
        if (d.maxlen >= 0 && n * size > d.maxlen) n = (d.maxlen + size - 1) / size;
        if ((long) size * n > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
        PyObject[] items = d.toArray();
        for (long k = 1; k < n; k++) {
            for (PyObject x : items) d.append(x);
        }
        return self;
    }

    /** The index an item access names, negative counting from the end, or IndexError. */
    private static int checkedIndex(PyDeque d, PyObject key) {
        if (!(key instanceof PyInt) && key.type().index == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "sequence index must be integer, not '%s'", key.type().name());
        }
        PyInt k = NumberProtocol.index(key);
        if (!k.isSmall()) {
            throw PyErr.format(ExceptionTypes.INDEX_ERROR, "cannot fit '%s' into an index-sized integer",
                    key.type().name());
        }
        long i = k.value;
        if (i < 0) i += d.size();
        if (i < 0 || i >= d.size()) throw PyErr.indexError("deque index out of range");
        return (int) i;
    }

    private static PyException mutated() {
        return PyErr.newException(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
    }

    private static boolean contains(PyObject self, PyObject x) {
        PyDeque d = dq(self);
        long state = d.state;
        int n = d.size();
        for (int i = 0; i < n; i++) {
            if (ObjectProtocol.richCompareBool(d.get(i), x, CompareOp.EQ)) return true;
            if (d.state != state) throw mutated();
        }
        return false;
    }

    private static PyObject count(PyObject self, PyObject x) {
        PyDeque d = dq(self);
        long state = d.state;
        int n = d.size();
        long count = 0;
        for (int i = 0; i < n; i++) {
            if (ObjectProtocol.richCompareBool(d.get(i), x, CompareOp.EQ)) count++;
            if (d.state != state) throw mutated();
        }
        return PyInt.of(count);
    }

    private static PyObject index(PyObject self, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("deque.index", kw);
        ArgParser.checkPositional("index", args, kw, 1, 3);
        PyDeque d = dq(self);
        long size = d.size();
        long start = args.length > 1 ? sliceIndex(args[1]) : 0;
        long stop = args.length > 2 ? sliceIndex(args[2]) : size;
        if (start < 0) start = Math.max(0, start + size);
        if (stop < 0) stop = Math.max(0, stop + size);
        if (stop > size) stop = size;
        if (start > stop) start = stop;
        long state = d.state;
        for (long i = start; i < stop; i++) {
            if (ObjectProtocol.richCompareBool(d.get((int) i), args[0], CompareOp.EQ)) return PyInt.of(i);
            if (d.state != state) throw mutated();
        }
        throw PyErr.format(ExceptionTypes.VALUE_ERROR, "%s is not in deque", ObjectProtocol.reprString(args[0]));
    }

    /** _PyEval_SliceIndexNotNone: an integer clamped to the ssize range. */
    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().index == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = NumberProtocol.index(o);
        if (i.isSmall()) return i.value;
        return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    private static PyObject insert(PyObject self, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("deque.insert", kw);
        ArgParser.checkPositional("insert", args, kw, 2, 2);
        PyDeque d = dq(self);
        long index = ObjectProtocol.index(args[0]);
        PyObject value = args[1];
        long n = d.size();
        if (d.maxlen == n) throw PyErr.indexError("deque already at its maximum size");
        if (index >= n) {
            d.append(value);
        } else if (index <= -n || index == 0) {
            d.appendLeft(value);
        } else {
            d.rotate(-index);
            if (index < 0) d.append(value);
            else d.appendLeft(value);
            d.rotate(index);
        }
        return PySingleton.NONE;
    }

    private static PyObject remove(PyObject self, PyObject value) {
        PyDeque d = dq(self);
        long state = d.state;
        int n = d.size();
        for (int i = 0; i < n; i++) {
            boolean eq = ObjectProtocol.richCompareBool(d.get(i), value, CompareOp.EQ);
            if (d.state != state) throw PyErr.indexError("deque mutated during iteration");
            if (eq) {
                d.delete(i);
                return PySingleton.NONE;
            }
        }
        throw PyErr.format(ExceptionTypes.VALUE_ERROR, "%s is not in deque", ObjectProtocol.reprString(value));
    }

    private static PyObject reduce(PyObject self) {
        PyDeque d = dq(self);
        PyObject dict = ObjectProtocol.lookupAttr(d, DICT);
        if (dict == null) dict = PySingleton.NONE;
        PyObject it = ObjectProtocol.getIter(d);
        PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen));
        return PyTuple.of(d.type(), args, dict, it);
    }

    private static PyObject repr(PyObject self) {
        PyDeque d = dq(self);
        if (!ObjectProtocol.reprEnter(d)) return PyStr.of("[...]");
        try {
            String items = ObjectProtocol.reprString(new PyList(d.toArray()));
            String name = d.type().simpleName();
            return PyStr.of(d.maxlen >= 0 ? name + "(" + items + ", maxlen=" + d.maxlen + ")" : name + "(" + items + ")");
        } finally {
            ObjectProtocol.reprLeave(d);
        }
    }

    /** Compares item by item through iterators, so a mutation during a comparison is detected. */
    private static PyObject compare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyDeque a) || !(w instanceof PyDeque b)) return PySingleton.NOT_IMPLEMENTED;
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            if (v == w) return PyBool.of(op == CompareOp.EQ);
            if (a.size() != b.size()) return PyBool.of(op == CompareOp.NE);
        }
        DequeIterator it1 = new DequeIterator(a, false);
        DequeIterator it2 = new DequeIterator(b, false);
        PyObject x;
        PyObject y;
        for (;;) {
            x = it1.next();
            y = it2.next();
            if (x == null || y == null) break;
            if (!ObjectProtocol.richCompareBool(x, y, CompareOp.EQ)) {
                return PyBool.of(ObjectProtocol.richCompareBool(x, y, op));
            }
        }
        boolean r = switch (op) {
            case LT -> y != null;
            case LE -> x == null;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x != null;
            case GE -> y == null;
        };
        return PyBool.of(r);
    }
}
