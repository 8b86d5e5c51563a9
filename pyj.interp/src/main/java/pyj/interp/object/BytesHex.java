// Hexadecimal text for bytes, bytearray and memoryview: hex() with separators and the fromhex() class method.
package pyj.interp.object;

import java.io.ByteArrayOutputStream;

final class BytesHex {
    private BytesHex() {}

    private static final ArgParser HEX = new ArgParser("hex", 0, "sep", "bytes_per_sep");
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    static void define(PyType t) {
        MethodDef.method(t, "hex", (self, args, kw) -> hex(BytesArgs.data(self), args, kw));
        MethodDef.classMethod(t, "fromhex", (cls, args, kw) -> {
            ArgParser.noKeywords(t.name() + ".fromhex", kw);
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.fromhex() takes exactly one argument (%d given)",
                        t.name(), args.length);
            }
            byte[] d = fromHex(args[0]);
            PyType type = (PyType) cls;
            PyObject r = type.isSubtypeOf(PyByteArray.TYPE) ? new PyByteArray(d) : new PyBytes(d);
            // Subclasses get the plain result passed through their constructor, as in CPython.
            return type == PyBytes.TYPE || type == PyByteArray.TYPE ? r : ObjectProtocol.call(type, r);
        });
    }

    /** hex(sep=, bytes_per_sep=1) over the given bytes; memoryview shares it. */
    static PyObject hex(byte[] d, PyObject[] args, String[] kw) {
        PyObject[] a = HEX.parse(args, kw);
        int group = a[1] == null ? 1 : NumberProtocol.index(a[1]).intValue();
        if (a[0] == null) return PyStr.of(hex(d, (char) 0, 0));
        return PyStr.of(hex(d, separator(a[0]), group));
    }

    /** CPython measures the separator with len() before it checks its type, hence the order of these errors. */
    private static char separator(PyObject sep) {
        long n = ObjectProtocol.length(sep);
        if (n != 1) throw PyErr.valueError("sep must be length 1.");
        int c;
        if (sep instanceof PyStr s) c = s.codePointAt(0);
        else if (sep instanceof PyBytes b) c = b.byteAt(0);
        else throw PyErr.typeError("sep must be str or bytes.");
        if (c > 127) throw PyErr.valueError("sep must be ASCII.");
        return (char) c;
    }

    /**
     * Groups of {@code |group|} bytes between separators, counted from the right for a positive group and
     * from the left for a negative one; no separator when the group covers everything.
     */
    private static String hex(byte[] d, char sep, int group) {
        int per = Math.abs(group);
        boolean separate = sep != 0 && per != 0 && per < d.length;
        StringBuilder sb = new StringBuilder(d.length * 3);
        for (int i = 0; i < d.length; i++) {
            int fromStart = group < 0 ? i : d.length - i;
            if (separate && i > 0 && fromStart % per == 0) sb.append(sep);
            sb.append(DIGITS[(d[i] >> 4) & 0xf]).append(DIGITS[d[i] & 0xf]);
        }
        return sb.toString();
    }

    /** Pairs of ASCII hex digits, optionally separated by ASCII whitespace; errors name the offending position. */
    private static byte[] fromHex(PyObject arg) {
        if (!(arg instanceof PyStr s)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "fromhex() argument must be str, not %s", arg.type().name());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        for (int i = 0; i < n; i += 2) {
            while (i < n && s.codePointAt(i) < 128 && BytesCase.isSpace(s.codePointAt(i))) i++;
            if (i >= n) break;
            int high = digit(s, i);
            int low = i + 1 < n ? digit(s, i + 1) : -1;
            if (high < 0 || low < 0) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR,
                        "non-hexadecimal number found in fromhex() arg at position %d", high < 0 ? i : i + 1);
            }
            out.write(high * 16 + low);
        }
        return out.toByteArray();
    }

    private static int digit(PyStr s, int i) {
        int c = s.codePointAt(i);
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
