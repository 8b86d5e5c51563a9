// Argument conversions shared by bytes and bytearray methods, with the messages of CPython's converters.
package pyj.interp.object;

import java.util.Arrays;

final class BytesArgs {
    private BytesArgs() {}

    /** The contents of a bytes or bytearray receiver; callers must not modify the array. */
    static byte[] data(PyObject self) { return self instanceof PyBytes b ? b.data : ((PyBytesLike) self).toArray(); }

    /** A result of the receiver's kind: bytes methods make bytes, bytearray methods a new bytearray. */
    static PyObject make(PyObject self, byte[] d) {
        return self instanceof PyByteArray ? new PyByteArray(d) : new PyBytes(d);
    }

    /** The receiver's bytes [from, to) as a result; exact bytes share themselves when that is all of it (CPython). */
    static PyObject slice(PyObject self, byte[] d, int from, int to) {
        if (from == 0 && to == d.length && isExactBytes(self)) return self;
        return make(self, Arrays.copyOfRange(d, from, to));
    }

    /** PyBytes_CheckExact: subclass instances never stand in for a plain bytes result. */
    static boolean isExactBytes(PyObject o) { return o.getClass() == PyBytes.class; }

    /** An unchanged result: the same bytes object, or a copy of a bytearray or bytes subclass instance. */
    static PyObject unchanged(PyObject self, byte[] d) { return slice(self, d, 0, d.length); }

    /** A bytes-like argument (PyBUF_SIMPLE). */
    static byte[] buffer(PyObject o) { return PyBytesLike.bytesOf(o); }

    static boolean isIndex(PyObject o) { return o instanceof PyInt || o.type().index != null; }

    /** _getbytevalue: an int-like object in range(256). */
    static int byteValue(PyObject x) {
        PyInt v = NumberProtocol.index(x);
        if (v.big != null || v.value < 0 || v.value > 255) throw PyErr.valueError("byte must be in range(0, 256)");
        return (int) v.value;
    }

    /** PyNumber_AsSsize_t with OverflowError, for counts, widths and positions. */
    static long ssize(PyObject o) { return ObjectProtocol.index(o); }

    /** _PyEval_SliceIndex: None keeps the default; ints beyond the index range clip to it. */
    static long sliceIndex(PyObject o, long dflt) {
        if (o == null || o == PySingleton.NONE) return dflt;
        if (!isIndex(o)) throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        PyInt i = NumberProtocol.index(o);
        if (i.big == null) return i.value;
        return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * The optional start and end of a search, adjusted to the data's length like CPython's ADJUST_INDICES:
     * negatives count from the end, end clips to the length, start may stay beyond it.
     */
    static long[] bounds(PyObject start, PyObject end, int len) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, Long.MAX_VALUE);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e = Math.max(0, e + len);
        }
        if (s < 0) s = Math.max(0, s + len);
        return new long[] {s, e};
    }

    /** A positional-only method's arguments: no keywords, {@code min..max} of them. */
    static void positional(PyObject self, String name, PyObject[] args, String[] kw, int min, int max) {
        ArgParser.noKeywords(self.type().name() + "." + name, kw);
        ArgParser.checkPositional(name, args, kw, min, max);
    }

    static PyObject arg(PyObject[] args, int i) { return i < args.length ? args[i] : null; }

    /** How argument clinic names a wrongly typed argument: None by itself, anything else by its type. */
    static String typeName(PyObject o) { return o == PySingleton.NONE ? "None" : o.type().name(); }
}
