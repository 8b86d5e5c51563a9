// tuple's and list's slots and methods.
package pyj.interp.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class SequenceMethods {
    private SequenceMethods() {}

    // ---- shared -----------------------------------------------------------------------------

    static String reprItems(PyObject self, PyObject[] items, int n, String open, String close) {
        if (!ObjectProtocol.reprEnter(self)) return open + "..." + close;
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(", ");
                sb.append(ObjectProtocol.reprString(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            ObjectProtocol.reprLeave(self);
        }
    }

    /** Lexicographic comparison of two item arrays, as list_richcompare and tuplerichcompare do. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) return PyBool.of(op == CompareOp.NE);
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!ObjectProtocol.richCompareBool(a[i], b[i], CompareOp.EQ)) break;
        }
        if (i >= na || i >= nb) return PyBool.of(op.test(Integer.compare(na, nb)));
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return ObjectProtocol.richCompare(a[i], b[i], op);
    }

    static boolean contains(PyObject[] items, int n, PyObject x) {
        for (int i = 0; i < n; i++) {
            PyObject y = items[i];
            if (y == x || ObjectProtocol.richCompareBool(y, x, CompareOp.EQ)) return true;
        }
        return false;
    }

    /** Collects an iterable into an array (fast paths for lists and tuples). */
    static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyList l) return l.toArray();
        if (iterable instanceof PyTuple t) return t.items().clone();
        PyObject it = ObjectProtocol.getIter(iterable);
        List<PyObject> out = new ArrayList<>();
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) out.add(x);
        return out.toArray(new PyObject[0]);
    }

    private static long indexArg(PyObject o, long dflt) {
        if (o == null) return dflt;
        if (o instanceof PyInt i) return i.big == null ? i.value : (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        return NumberProtocol.index(o).asSsize();
    }

    private static long index(PyObject[] items, int n, PyObject[] args, String[] kw, String notFound) {
        ArgParser.checkPositional("index", args, kw, 1, 3);
        long start = indexArg(args.length > 1 ? args[1] : null, 0);
        long stop = indexArg(args.length > 2 ? args[2] : null, n);
        if (start < 0) start = Math.max(0, start + n);
        if (stop < 0) stop = Math.max(0, stop + n);
        for (long i = start; i < Math.min(stop, n); i++) {
            PyObject y = items[(int) i];
            if (y == args[0] || ObjectProtocol.richCompareBool(y, args[0], CompareOp.EQ)) return i;
        }
        throw PyErr.valueError(notFound);
    }

    private static long count(PyObject[] items, int n, PyObject x) {
        long c = 0;
        for (int i = 0; i < n; i++) {
            if (items[i] == x || ObjectProtocol.richCompareBool(items[i], x, CompareOp.EQ)) c++;
        }
        return c;
    }

    // ---- tuple ------------------------------------------------------------------------------

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** CPython's tuple hash (an xxHash variant), so sets of tuples iterate in CPython's order. */
    static long tupleHash(PyObject[] items) {
        long acc = XXPRIME_5;
        for (PyObject item : items) {
            long lane = ObjectProtocol.hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    static void fillTupleSlots(PyType t) {
        t.repr = self -> {
            PyTuple tup = (PyTuple) self;
            if (tup.size() == 1) return PyStr.of("(" + ObjectProtocol.reprString(tup.get(0)) + ",)");
            return PyStr.of(reprItems(self, tup.items, tup.size(), "(", ")"));
        };
        t.hash = self -> tupleHash(((PyTuple) self).items);
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyTuple y)) return PySingleton.NOT_IMPLEMENTED;
            PyTuple x = (PyTuple) a;
            return compare(x.items, x.size(), y.items, y.size(), op);
        };
        t.length = self -> ((PyTuple) self).size();
        t.getitem = (self, key) -> {
            PyTuple tup = (PyTuple) self;
            if (key instanceof PyInt) return tup.items[PySlice.checkIndex(key, tup.size(), "tuple")];
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(tup.size());
                if (r[2] == 1 && r[3] == tup.size() && self.getClass() == PyTuple.class) return self;
                PyObject[] out = new PyObject[(int) r[3]];
                for (int k = 0; k < r[3]; k++) out[k] = tup.items[(int) (r[0] + k * r[2])];
                return PyTuple.of(out);
            }
            if (key.type().index != null) return tup.items[PySlice.checkIndex(key, tup.size(), "tuple")];
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "tuple indices must be integers or slices, not %s",
                    key.type().name());
        };
        t.contains = (self, x) -> contains(((PyTuple) self).items, ((PyTuple) self).size(), x);
        t.concat = (a, b) -> {
            if (!(b instanceof PyTuple y)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can only concatenate tuple (not \"%s\") to tuple",
                        b.type().name());
            }
            PyTuple x = (PyTuple) a;
            if (y.size() == 0 && a.getClass() == PyTuple.class) return a;
            if (x.size() == 0 && b.getClass() == PyTuple.class) return b;
            PyObject[] out = Arrays.copyOf(x.items, x.size() + y.size());
            System.arraycopy(y.items, 0, out, x.size(), y.size());
            return new PyTuple(out);
        };
        t.repeat = (self, n) -> {
            PyTuple x = (PyTuple) self;
            if (n <= 0 || x.size() == 0) return PyTuple.EMPTY;
            if (n == 1 && self.getClass() == PyTuple.class) return self;
            if ((long) x.size() * n > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
            PyObject[] out = new PyObject[(int) (x.size() * n)];
            for (int k = 0; k < n; k++) System.arraycopy(x.items, 0, out, k * x.size(), x.size());
            return new PyTuple(out);
        };
        t.iter = self -> new SeqIterator(self, ((PyTuple) self).items, SeqIterator.TUPLE_ITER);
        t.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("tuple", kw);
            ArgParser.checkPositional("tuple", args, kw, 0, 1);
            if (type != PyTuple.TYPE) {
                return DerivedInstances.tuple(type, args.length == 0 ? new PyObject[0] : toArray(args[0]));
            }
            if (args.length == 0) return PyTuple.EMPTY;
            if (args[0].getClass() == PyTuple.class) return args[0];
            return PyTuple.of(toArray(args[0]));
        };
        t.addFlags(PyType.SEQUENCE);
    }

    static void defineTuple(PyType t) {
        PyGenericAlias.defineClassGetItem(t);
        MethodDef.method(t, "index", (self, args, kw) -> PyInt.of(index(((PyTuple) self).items, ((PyTuple) self).size(),
                args, kw, "tuple.index(x): x not in tuple")));
        MethodDef.oneArg(t, "count", (self, x) -> PyInt.of(count(((PyTuple) self).items, ((PyTuple) self).size(), x)));
        MethodDef.noArgs(t, "__getnewargs__", self -> PyTuple.of(PyTuple.of(((PyTuple) self).items.clone())));
    }

    // ---- list -------------------------------------------------------------------------------

    static void fillListSlots(PyType t) {
        t.repr = self -> {
            PyList l = (PyList) self;
            return PyStr.of(reprItems(self, l.items, l.size, "[", "]"));
        };
        t.hash = HeapSlots.UNHASHABLE;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyList y)) return PySingleton.NOT_IMPLEMENTED;
            PyList x = (PyList) a;
            return compare(x.items, x.size, y.items, y.size, op);
        };
        t.length = self -> ((PyList) self).size;
        t.getitem = SequenceMethods::listGetitem;
        t.setitem = SequenceMethods::listSetitem;
        t.contains = (self, x) -> contains(((PyList) self).items, ((PyList) self).size, x);
        t.concat = (a, b) -> {
            if (!(b instanceof PyList y)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can only concatenate list (not \"%s\") to list",
                        b.type().name());
            }
            PyList x = (PyList) a;
            PyObject[] out = Arrays.copyOf(x.items, x.size + y.size);
            System.arraycopy(y.items, 0, out, x.size, y.size);
            return new PyList(out);
        };
        t.repeat = (self, n) -> {
            PyList x = (PyList) self;
            if (n <= 0 || x.size == 0) return new PyList();
            if ((long) x.size * n > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
            PyObject[] out = new PyObject[(int) (x.size * n)];
            for (int k = 0; k < n; k++) System.arraycopy(x.items, 0, out, k * x.size, x.size);
            return new PyList(out);
        };
        t.inplaceConcat = (a, b) -> {
            extend((PyList) a, b);
            return a;
        };
        t.inplaceRepeat = (self, n) -> {
            PyList x = (PyList) self;
            if (n <= 0) {
                x.clear();
                return self;
            }
            if ((long) x.size * n > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
            PyObject[] out = new PyObject[(int) (x.size * n)];
            for (int k = 0; k < n; k++) System.arraycopy(x.items, 0, out, k * x.size, x.size);
            x.setItems(out, out.length);
            return self;
        };
        t.iter = self -> new SeqIterator(self, null, SeqIterator.LIST_ITER);
        t.newFn = (type, args, kw) -> {
            return type == PyList.TYPE ? new PyList() : DerivedInstances.list(type);
        };
        t.init = (self, args, kw) -> {
            ArgParser.noKeywords("list", kw);
            ArgParser.checkPositional("list", args, kw, 0, 1);
            PyList l = (PyList) self;
            l.clear();
            if (args.length == 1) extend(l, args[0]);
        };
        t.addFlags(PyType.SEQUENCE);
    }

    static void extend(PyList l, PyObject iterable) {
        if (iterable instanceof PyList src) {
            PyObject[] add = src.toArray();
            for (PyObject x : add) l.append(x);
            return;
        }
        if (iterable instanceof PyTuple src) {
            for (PyObject x : src.items) l.append(x);
            return;
        }
        PyObject it = ObjectProtocol.getIter(iterable);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) l.append(x);
    }

    private static PyObject listGetitem(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PyInt) return l.items[PySlice.checkIndex(key, l.size, "list")];
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(l.size);
            PyObject[] out = new PyObject[(int) r[3]];
            for (int k = 0; k < r[3]; k++) out[k] = l.items[(int) (r[0] + k * r[2])];
            return new PyList(out);
        }
        if (key.type().index != null) return l.items[PySlice.checkIndex(key, l.size, "list")];
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "list indices must be integers or slices, not %s",
                key.type().name());
    }

    private static void listSetitem(PyObject self, PyObject key, PyObject value) {
        PyList l = (PyList) self;
        if (key instanceof PySlice sl) {
            listSetSlice(l, sl, value);
            return;
        }
        if (!(key instanceof PyInt) && key.type().index == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "list indices must be integers or slices, not %s",
                    key.type().name());
        }
        int i = PySlice.checkIndex(key, l.size, "list assignment");
        if (value == null) l.removeAt(i);
        else l.items[i] = value;
    }

    private static void listSetSlice(PyList l, PySlice sl, PyObject value) {
        long[] r = sl.indices(l.size);
        int start = (int) r[0];
        int step = (int) r[2];
        int n = (int) r[3];
        if (value == null) {
            if (step == 1) {
                PyObject[] out = new PyObject[l.size - n];
                System.arraycopy(l.items, 0, out, 0, start);
                System.arraycopy(l.items, start + n, out, start, l.size - start - n);
                l.setItems(out, out.length);
                return;
            }
            boolean[] drop = new boolean[l.size];
            for (int k = 0; k < n; k++) drop[start + k * step] = true;
            PyObject[] out = new PyObject[l.size - n];
            int j = 0;
            for (int k = 0; k < l.size; k++) if (!drop[k]) out[j++] = l.items[k];
            l.setItems(out, out.length);
            return;
        }
        PyObject[] src;
        if (value == l) {
            src = l.toArray();
        } else {
            try {
                src = toArray(value);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.typeError("must assign iterable to extended slice");
                }
                throw e;
            }
        }
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            PyObject[] out = new PyObject[l.size - (stop - start) + src.length];
            System.arraycopy(l.items, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(l.items, stop, out, start + src.length, l.size - stop);
            l.setItems(out, out.length);
            return;
        }
        if (src.length != n) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR,
                    "attempt to assign sequence of size %d to extended slice of size %d", src.length, n);
        }
        for (int k = 0; k < n; k++) l.items[start + k * step] = src[k];
    }

    static void defineList(PyType t) {
        PyGenericAlias.defineClassGetItem(t);
        MethodDef.oneArg(t, "append", (self, x) -> {
            ((PyList) self).append(x);
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "extend", (self, x) -> {
            extend((PyList) self, x);
            return PySingleton.NONE;
        });
        MethodDef.method(t, "insert", (self, args, kw) -> {
            ArgParser.checkPositional("insert", args, kw, 2, 2);
            PyList l = (PyList) self;
            long i = NumberProtocol.index(args[0]).asSsize();
            if (i < 0) i = Math.max(0, i + l.size);
            if (i > l.size) i = l.size;
            l.insert((int) i, args[1]);
            return PySingleton.NONE;
        });
        MethodDef.method(t, "pop", (self, args, kw) -> {
            ArgParser.checkPositional("pop", args, kw, 0, 1);
            PyList l = (PyList) self;
            if (l.size == 0) throw PyErr.format(ExceptionTypes.INDEX_ERROR, "pop from empty list");
            long i = args.length == 0 ? l.size - 1 : NumberProtocol.index(args[0]).asSsize();
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw PyErr.format(ExceptionTypes.INDEX_ERROR, "pop index out of range");
            return l.removeAt((int) i);
        });
        MethodDef.oneArg(t, "remove", (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == x || ObjectProtocol.richCompareBool(l.items[i], x, CompareOp.EQ)) {
                    l.removeAt(i);
                    return PySingleton.NONE;
                }
            }
            throw PyErr.valueError("list.remove(x): x not in list");
        });
        MethodDef.method(t, "index", (self, args, kw) -> {
            PyList l = (PyList) self;
            try {
                return PyInt.of(index(l.items, l.size, args, kw, ""));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.VALUE_ERROR) && args.length > 0) {
                    throw PyErr.valueError(ObjectProtocol.reprString(args[0]) + " is not in list");
                }
                throw e;
            }
        });
        MethodDef.oneArg(t, "count", (self, x) -> PyInt.of(count(((PyList) self).items, ((PyList) self).size, x)));
        MethodDef.noArgs(t, "clear", self -> {
            ((PyList) self).clear();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "copy", self -> new PyList(((PyList) self).toArray()));
        MethodDef.noArgs(t, "reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject tmp = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = tmp;
            }
            return PySingleton.NONE;
        });
        MethodDef.method(t, "sort", (self, args, kw) -> {
            if (args.length - (kw == null ? 0 : kw.length) > 0) {
                throw PyErr.typeError("sort() takes no positional arguments");
            }
            PyObject[] a = SORT.parse(args, kw);
            ListSort.sort((PyList) self, a[0] == null ? PySingleton.NONE : a[0], a[1] != null && ObjectProtocol.isTrue(a[1]));
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "__reversed__", self -> new SeqIterator(self, null, SeqIterator.LIST_REVERSE_ITER));
        MethodDef.noArgs(t, "__sizeof__", self -> PyInt.of(40 + 8L * ((PyList) self).items.length));
    }

    private static final ArgParser SORT = new ArgParser("sort", 0, 0, 0, "key", "reverse");
}
