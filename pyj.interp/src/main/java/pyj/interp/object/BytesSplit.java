// Splitting and joining bytes and bytearray: split, rsplit, splitlines, partition, rpartition and join.
package pyj.interp.object;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

final class BytesSplit {
    private BytesSplit() {}

    private static final ArgParser SPLIT = new ArgParser("split", 0, "sep", "maxsplit");
    private static final ArgParser RSPLIT = new ArgParser("rsplit", 0, "sep", "maxsplit");
    private static final ArgParser SPLITLINES = new ArgParser("splitlines", 0, "keepends");

    static void define(PyType t) {
        MethodDef.method(t, "split", (self, args, kw) -> split(self, SPLIT.parse(args, kw), false));
        MethodDef.method(t, "rsplit", (self, args, kw) -> split(self, RSPLIT.parse(args, kw), true));
        MethodDef.method(t, "splitlines", (self, args, kw) -> {
            PyObject keep = SPLITLINES.parse(args, kw)[0];
            return splitLines(self, keep != null && ObjectProtocol.isTrue(keep));
        });
        MethodDef.oneArg(t, "partition", (self, sep) -> partition(self, sep, false));
        MethodDef.oneArg(t, "rpartition", (self, sep) -> partition(self, sep, true));
        MethodDef.oneArg(t, "join", BytesSplit::join);
    }

    private static PyObject part(PyObject self, byte[] d, int from, int to) {
        return BytesArgs.make(self, Arrays.copyOfRange(d, from, to));
    }

    private static PyList split(PyObject self, PyObject[] a, boolean fromEnd) {
        long max = a[1] == null ? -1 : BytesArgs.ssize(a[1]);
        if (max < 0) max = Long.MAX_VALUE;
        byte[] d = BytesArgs.data(self);
        if (a[0] == null || a[0] == PySingleton.NONE) {
            return fromEnd ? rsplitWhitespace(self, d, max) : splitWhitespace(self, d, max);
        }
        byte[] sep = BytesArgs.buffer(a[0]);
        if (sep.length == 0) throw PyErr.valueError("empty separator");
        return fromEnd ? rsplitOn(self, d, sep, max) : splitOn(self, d, sep, max);
    }

    private static PyList splitOn(PyObject self, byte[] d, byte[] sep, long max) {
        PyList out = new PyList();
        int i = 0;
        for (int j; max-- > 0 && (j = BytesSearch.indexOf(d, sep, i, d.length)) >= 0; i = j + sep.length) {
            out.append(part(self, d, i, j));
        }
        out.append(part(self, d, i, d.length));
        return out;
    }

    private static PyList rsplitOn(PyObject self, byte[] d, byte[] sep, long max) {
        PyList out = new PyList();
        int end = d.length;
        for (int j; max-- > 0 && (j = BytesSearch.lastIndexOf(d, sep, 0, end)) >= 0; end = j) {
            out.insert(0, part(self, d, j + sep.length, end));
        }
        out.insert(0, part(self, d, 0, end));
        return out;
    }

    /** Runs of non-whitespace; once maxsplit is used up, the rest after the next whitespace is one last piece. */
    private static PyList splitWhitespace(PyObject self, byte[] d, long max) {
        PyList out = new PyList();
        int i = 0;
        while (max-- > 0) {
            while (i < d.length && BytesCase.isSpace(d[i])) i++;
            if (i == d.length) return out;
            int j = i;
            while (i < d.length && !BytesCase.isSpace(d[i])) i++;
            out.append(part(self, d, j, i));
        }
        while (i < d.length && BytesCase.isSpace(d[i])) i++;
        if (i < d.length) out.append(part(self, d, i, d.length));
        return out;
    }

    private static PyList rsplitWhitespace(PyObject self, byte[] d, long max) {
        PyList out = new PyList();
        int i = d.length;
        while (max-- > 0) {
            while (i > 0 && BytesCase.isSpace(d[i - 1])) i--;
            if (i == 0) return out;
            int j = i;
            while (i > 0 && !BytesCase.isSpace(d[i - 1])) i--;
            out.insert(0, part(self, d, i, j));
        }
        while (i > 0 && BytesCase.isSpace(d[i - 1])) i--;
        if (i > 0) out.insert(0, part(self, d, 0, i));
        return out;
    }

    /** Lines end at \n, \r or \r\n only: bytes know no other line boundaries. */
    private static PyList splitLines(PyObject self, boolean keepEnds) {
        byte[] d = BytesArgs.data(self);
        PyList out = new PyList();
        int i = 0;
        while (i < d.length) {
            int start = i;
            while (i < d.length && d[i] != '\n' && d[i] != '\r') i++;
            int eol = i;
            if (i < d.length) i += d[i] == '\r' && i + 1 < d.length && d[i + 1] == '\n' ? 2 : 1;
            out.append(part(self, d, start, keepEnds ? i : eol));
        }
        return out;
    }

    /**
     * bytes (subclasses too) hands back the separator object itself and, when it is absent, itself as the head,
     * as CPython does; bytearray always makes new bytearrays.
     */
    private static PyTuple partition(PyObject self, PyObject sepObj, boolean fromEnd) {
        byte[] sep = BytesArgs.buffer(sepObj);
        if (sep.length == 0) throw PyErr.valueError("empty separator");
        byte[] d = BytesArgs.data(self);
        int at = fromEnd ? BytesSearch.lastIndexOf(d, sep, 0, d.length) : BytesSearch.indexOf(d, sep, 0, d.length);
        PyObject empty = BytesArgs.make(self, new byte[0]);
        if (at < 0) {
            PyObject whole = self instanceof PyBytes ? self : BytesArgs.make(self, d.clone());
            return fromEnd ? PyTuple.of(empty, BytesArgs.make(self, new byte[0]), whole)
                    : PyTuple.of(whole, empty, BytesArgs.make(self, new byte[0]));
        }
        PyObject middle = self instanceof PyBytes ? sepObj : BytesArgs.make(self, sep);
        return PyTuple.of(part(self, d, 0, at), middle, part(self, d, at + sep.length, d.length));
    }

    private static PyObject join(PyObject self, PyObject iterable) {
        PyObject[] items;
        try {
            items = ObjectProtocol.toArray(iterable);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.TYPE_ERROR) || iterable.type().iter != null) throw e;
            throw PyErr.typeError("can only join an iterable");
        }
        if (items.length == 1 && BytesArgs.isExactBytes(items[0]) && self instanceof PyBytes) return items[0];
        byte[] sep = BytesArgs.data(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] item = PyBytesLike.bytesOrNull(items[i]);
            if (item == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "sequence item %d: expected a bytes-like object, %s found", i, items[i].type().name());
            }
            if (i > 0) out.writeBytes(sep);
            out.writeBytes(item);
        }
        return BytesArgs.make(self, out.toByteArray());
    }
}
