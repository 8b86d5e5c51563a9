// Searching bytes and bytearray: count, find, index, rfind, rindex, startswith, endswith and the `in` test.
package pyj.interp.object;

final class BytesSearch {
    private BytesSearch() {}

    static void define(PyType t) {
        MethodDef.method(t, "count", (self, args, kw) -> PyInt.of(count(self, args, kw)));
        MethodDef.method(t, "find", (self, args, kw) -> PyInt.of(find(self, "find", args, kw, false)));
        MethodDef.method(t, "rfind", (self, args, kw) -> PyInt.of(find(self, "rfind", args, kw, true)));
        MethodDef.method(t, "index", (self, args, kw) -> PyInt.of(found(find(self, "index", args, kw, false))));
        MethodDef.method(t, "rindex", (self, args, kw) -> PyInt.of(found(find(self, "rindex", args, kw, true))));
        MethodDef.method(t, "startswith", (self, args, kw) -> tailMatch(self, "startswith", args, kw, false));
        MethodDef.method(t, "endswith", (self, args, kw) -> tailMatch(self, "endswith", args, kw, true));
    }

    private static long found(long i) {
        if (i < 0) throw PyErr.valueError("subsection not found");
        return i;
    }

    /** The first byte sequence equal to {@code sub} within [from, to), or -1. */
    static int indexOf(byte[] data, byte[] sub, long from, long to) {
        outer:
        for (long i = Math.max(from, 0); i <= to - sub.length; i++) {
            for (int j = 0; j < sub.length; j++) if (data[(int) i + j] != sub[j]) continue outer;
            return (int) i;
        }
        return -1;
    }

    /** The last byte sequence equal to {@code sub} within [from, to), or -1. */
    static int lastIndexOf(byte[] data, byte[] sub, long from, long to) {
        outer:
        for (long i = to - sub.length; i >= from; i--) {
            for (int j = 0; j < sub.length; j++) if (data[(int) i + j] != sub[j]) continue outer;
            return (int) i;
        }
        return -1;
    }

    /** A search's needle: a bytes-like object, or an int standing for one byte. */
    private static byte[] needle(PyObject sub) {
        if (PyBytesLike.hasBuffer(sub)) return BytesArgs.buffer(sub);
        if (!BytesArgs.isIndex(sub)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "argument should be integer or bytes-like object, not '%s'",
                    sub.type().name());
        }
        return new byte[] {(byte) BytesArgs.byteValue(sub)};
    }

    private static long find(PyObject self, String name, PyObject[] args, String[] kw, boolean last) {
        BytesArgs.positional(self, name, args, kw, 1, 3);
        byte[] d = BytesArgs.data(self);
        long[] r = BytesArgs.bounds(BytesArgs.arg(args, 1), BytesArgs.arg(args, 2), d.length);
        byte[] sub = needle(args[0]);
        if (r[1] - r[0] < sub.length) return -1;
        return last ? lastIndexOf(d, sub, r[0], r[1]) : indexOf(d, sub, r[0], r[1]);
    }

    private static long count(PyObject self, PyObject[] args, String[] kw) {
        BytesArgs.positional(self, "count", args, kw, 1, 3);
        byte[] d = BytesArgs.data(self);
        long[] r = BytesArgs.bounds(BytesArgs.arg(args, 1), BytesArgs.arg(args, 2), d.length);
        byte[] sub = needle(args[0]);
        if (r[1] < r[0]) return 0;
        if (sub.length == 0) return r[1] - r[0] + 1;
        long n = 0;
        for (long i = indexOf(d, sub, r[0], r[1]); i >= 0; i = indexOf(d, sub, i + sub.length, r[1])) n++;
        return n;
    }

    private static PyObject tailMatch(PyObject self, String name, PyObject[] args, String[] kw, boolean atEnd) {
        BytesArgs.positional(self, name, args, kw, 1, 3);
        byte[] d = BytesArgs.data(self);
        long[] r = BytesArgs.bounds(BytesArgs.arg(args, 1), BytesArgs.arg(args, 2), d.length);
        if (args[0] instanceof PyTuple options) {
            for (PyObject option : options.items()) {
                if (matches(d, BytesArgs.buffer(option), r[0], r[1], atEnd)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        if (!PyBytesLike.hasBuffer(args[0])) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s first arg must be bytes or a tuple of bytes, not %s",
                    name, args[0].type().name());
        }
        return PyBool.of(matches(d, BytesArgs.buffer(args[0]), r[0], r[1], atEnd));
    }

    /** Whether {@code sub} starts (or ends) the window [start, end) of the data. */
    private static boolean matches(byte[] d, byte[] sub, long start, long end, boolean atEnd) {
        if (start > d.length || end - start < sub.length) return false;
        long at = atEnd ? end - sub.length : start;
        for (int j = 0; j < sub.length; j++) if (d[(int) at + j] != sub[j]) return false;
        return true;
    }

    /** sq_contains: an int looks for one byte, anything else must be bytes-like. */
    static boolean contains(PyObject self, PyObject x) {
        byte[] d = BytesArgs.data(self);
        if (BytesArgs.isIndex(x)) {
            int v = BytesArgs.byteValue(x);
            for (byte b : d) if ((b & 0xff) == v) return true;
            return false;
        }
        return indexOf(d, BytesArgs.buffer(x), 0, d.length) >= 0;
    }
}
