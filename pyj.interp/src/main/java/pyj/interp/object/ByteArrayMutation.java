// Changing a bytearray in place: item and slice assignment and deletion, the list-like mutators, += and *=.
package pyj.interp.object;

import java.io.ByteArrayOutputStream;

final class ByteArrayMutation {
    private ByteArrayMutation() {}

    static void define(PyType t) {
        MethodDef.method(t, "insert", ByteArrayMutation::insert);
        MethodDef.oneArg(t, "append", (self, x) -> {
            ba(self).append(BytesArgs.byteValue(x));
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "extend", (self, x) -> {
            byte[] more = extension(self, x);
            PyByteArray ba = ba(self);
            ba.replace(ba.size, ba.size, more);
            return PySingleton.NONE;
        });
        MethodDef.method(t, "pop", ByteArrayMutation::pop);
        MethodDef.oneArg(t, "remove", ByteArrayMutation::remove);
        MethodDef.noArgs(t, "reverse", self -> {
            PyByteArray ba = ba(self);
            for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                byte x = ba.data[i];
                ba.data[i] = ba.data[j];
                ba.data[j] = x;
            }
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "clear", self -> {
            ba(self).setAll(new byte[0]);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "copy", self -> new PyByteArray(ba(self).toArray()));
        MethodDef.noArgs(t, "__alloc__", self -> PyInt.of(ba(self).allocated()));
    }

    static void fillSlots(PyType t) {
        t.setitem = ByteArrayMutation::setItem;
        t.inplaceConcat = ByteArrayMutation::inplaceConcat;
        t.inplaceRepeat = (self, n) -> {
            PyByteArray ba = ba(self);
            ba.setAll(BytesMethods.repeat(ba.toArray(), n));
            return self;
        };
    }

    private static PyByteArray ba(PyObject o) { return (PyByteArray) o; }

    private static PyObject inplaceConcat(PyObject self, PyObject other) {
        // CPython holds a view of the right operand while it grows the left, so growing a bytearray by itself fails.
        if (other == self) throw PyErr.newException(ExceptionTypes.BUFFER_ERROR,
                "Existing exports of data: object cannot be re-sized");
        byte[] more = PyBytesLike.bytesOrNull(other);
        if (more == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't concat %s to bytearray", other.type().name());
        }
        PyByteArray ba = ba(self);
        ba.replace(ba.size, ba.size, more);
        return self;
    }

    /** The bytes extend() appends: a buffer's contents or an iterable's ints, all converted before any change. */
    private static byte[] extension(PyObject self, PyObject x) {
        if (PyBytesLike.hasBuffer(x)) {
            byte[] b = PyBytesLike.bytesOrNull(x);
            if (b == null) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't set bytearray slice from %s",
                    x.type().name());
            return b;
        }
        if (x instanceof PyStr) throw PyErr.typeError("expected iterable of integers; got: 'str'");
        PyObject it;
        try {
            it = ObjectProtocol.getIter(x);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.TYPE_ERROR)) throw e;
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't extend bytearray with %s", x.type().name());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject v; (v = ObjectProtocol.next(it)) != null; ) out.write(BytesArgs.byteValue(v));
        return out.toByteArray();
    }

    private static PyObject insert(PyObject self, PyObject[] args, String[] kw) {
        BytesArgs.positional(self, "insert", args, kw, 2, 2);
        long where = BytesArgs.ssize(args[0]);
        int value = BytesArgs.byteValue(args[1]);
        PyByteArray ba = ba(self);
        if (where < 0) where = Math.max(0, where + ba.size);
        ba.insert((int) Math.min(where, ba.size), value);
        return PySingleton.NONE;
    }

    private static PyObject pop(PyObject self, PyObject[] args, String[] kw) {
        BytesArgs.positional(self, "pop", args, kw, 0, 1);
        long i = args.length > 0 ? BytesArgs.ssize(args[0]) : -1;
        PyByteArray ba = ba(self);
        if (ba.size == 0) throw PyErr.indexError("pop from empty bytearray");
        if (i < 0) i += ba.size;
        if (i < 0 || i >= ba.size) throw PyErr.indexError("pop index out of range");
        int v = ba.byteAt((int) i);
        ba.delete((int) i, (int) i + 1);
        return PyInt.of(v);
    }

    private static PyObject remove(PyObject self, PyObject x) {
        int v = BytesArgs.byteValue(x);
        PyByteArray ba = ba(self);
        for (int i = 0; i < ba.size; i++) {
            if (ba.byteAt(i) == v) {
                ba.delete(i, i + 1);
                return PySingleton.NONE;
            }
        }
        throw PyErr.valueError("value not found in bytearray");
    }

    /** mp_ass_subscript; a null value deletes. */
    private static void setItem(PyObject self, PyObject key, PyObject value) {
        PyByteArray ba = ba(self);
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(ba.size);
            setSlice(ba, r, value == null ? new byte[0] : sliceSource(value));
            return;
        }
        if (!BytesArgs.isIndex(key)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "bytearray indices must be integers or slices, not %s",
                    key.type().name());
        }
        PyInt k = NumberProtocol.index(key);
        if (k.big != null) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        // CPython converts the value before checking the index, as converting it may resize the bytearray.
        int v = value == null ? -1 : BytesArgs.byteValue(value);
        int i = PySlice.checkIndex(k, ba.size, "bytearray");
        if (value == null) ba.delete(i, i + 1);
        else ba.data[i] = (byte) v;
    }

    /** What a slice may be set from: numbers and str are refused up front, other objects go through bytearray(). */
    private static byte[] sliceSource(PyObject value) {
        if (value instanceof PyStr || value instanceof PyInt || value instanceof PyFloat || value instanceof PyComplex
                || value.type().index != null || value.type().intFn != null || value.type().floatFn != null) {
            throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        if (value instanceof PyBytesLike b) return b.toArray();
        return BytesMethods.construct(new PyObject[] {value, null, null}, "bytearray");
    }

    /** Step 1 slices may change the length; extended slices take exactly as many bytes as they select, or none. */
    private static void setSlice(PyByteArray ba, long[] r, byte[] src) {
        int start = (int) r[0];
        int step = (int) r[2];
        int count = (int) r[3];
        if (step == 1) {
            ba.replace(start, start + count, src);
        } else if (src.length == 0) {
            deleteExtended(ba, start, step, count);
        } else if (src.length != count) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR,
                    "attempt to assign bytes of size %d to extended slice of size %d", src.length, count);
        } else {
            for (int k = 0; k < count; k++) ba.data[start + k * step] = src[k];
        }
    }

    private static void deleteExtended(PyByteArray ba, int start, int step, int count) {
        boolean[] gone = new boolean[ba.size];
        for (int k = 0; k < count; k++) gone[start + k * step] = true;
        int w = 0;
        for (int i = 0; i < ba.size; i++) if (!gone[i]) ba.data[w++] = ba.data[i];
        ba.replace(w, ba.size, new byte[0]);
    }
}
