// Substituting bytes in bytes and bytearray: replace, translate (with delete) and the maketrans table builder.
package pyj.interp.object;

import java.io.ByteArrayOutputStream;

final class BytesTranslate {
    private BytesTranslate() {}

    private static final ArgParser TRANSLATE = new ArgParser("translate", 1, 1, 2, "table", "delete");

    static void define(PyType t) {
        MethodDef.method(t, "replace", BytesTranslate::replace);
        MethodDef.method(t, "translate", BytesTranslate::translate);
        MethodDef.staticMethod(t, "maketrans", (self, args, kw) -> {
            ArgParser.noKeywords(t.name() + ".maketrans", kw);
            ArgParser.checkPositional("maketrans", args, kw, 2, 2);
            return new PyBytes(table(BytesArgs.buffer(args[0]), BytesArgs.buffer(args[1])));
        });
    }

    /** The 256-byte identity table with each byte of {@code from} mapped to its partner in {@code to}. */
    private static byte[] table(byte[] from, byte[] to) {
        if (from.length != to.length) throw PyErr.valueError("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = to[i];
        return table;
    }

    private static PyObject replace(PyObject self, PyObject[] args, String[] kw) {
        BytesArgs.positional(self, "replace", args, kw, 2, 3);
        byte[] old = BytesArgs.buffer(args[0]);
        byte[] with = BytesArgs.buffer(args[1]);
        long max = args.length > 2 ? BytesArgs.ssize(args[2]) : -1;
        if (max < 0) max = Long.MAX_VALUE;
        byte[] d = BytesArgs.data(self);
        if (max == 0 || d.length < old.length || (old.length == 0 && with.length == 0)) {
            return BytesArgs.unchanged(self, d);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = old.length == 0 ? interleave(d, with, max, out) : substitute(d, old, with, max, out);
        if (i < 0) return BytesArgs.unchanged(self, d);
        out.write(d, i, d.length - i);
        return BytesArgs.make(self, out.toByteArray());
    }

    /** An empty pattern matches before every byte and at the end; returns where the untouched tail starts. */
    private static int interleave(byte[] d, byte[] with, long max, ByteArrayOutputStream out) {
        int i = 0;
        for (long n = 0; n < max && i <= d.length; n++) {
            out.writeBytes(with);
            if (i < d.length) out.write(d[i]);
            i++;
        }
        return Math.min(i, d.length);
    }

    /** Replaces up to {@code max} occurrences; returns where the untouched tail starts, or -1 when none matched. */
    private static int substitute(byte[] d, byte[] old, byte[] with, long max, ByteArrayOutputStream out) {
        int i = 0;
        long n = 0;
        for (int j; n < max && (j = BytesSearch.indexOf(d, old, i, d.length)) >= 0; n++) {
            out.write(d, i, j - i);
            out.writeBytes(with);
            i = j + old.length;
        }
        return n == 0 ? -1 : i;
    }

    private static PyObject translate(PyObject self, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        // CPython checks the positional-only table before looking at keywords.
        if (npos < 1) throw PyErr.typeError("translate() takes at least 1 positional argument (0 given)");
        PyObject[] a = TRANSLATE.parse(args, kw);
        byte[] table = null;
        if (a[0] != PySingleton.NONE) {
            table = BytesArgs.buffer(a[0]);
            if (table.length != 256) throw PyErr.valueError("translation table must be 256 characters long");
        }
        boolean[] deleted = new boolean[256];
        if (a[1] != null) for (byte b : BytesArgs.buffer(a[1])) deleted[b & 0xff] = true;
        byte[] d = BytesArgs.data(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        boolean changed = false;
        for (byte b : d) {
            if (deleted[b & 0xff]) {
                changed = true;
                continue;
            }
            byte mapped = table == null ? b : table[b & 0xff];
            changed |= mapped != b;
            out.write(mapped);
        }
        return changed ? BytesArgs.make(self, out.toByteArray()) : BytesArgs.unchanged(self, d);
    }
}
