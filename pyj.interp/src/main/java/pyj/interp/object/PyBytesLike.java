// Common ground of bytes and bytearray: a byte array, its repr and conversions.
package pyj.interp.object;

import java.nio.charset.StandardCharsets;

public abstract class PyBytesLike extends PyObject {

    /** The live bytes (for bytearray, a copy of the used part). */
    public abstract byte[] toArray();

    public abstract int size();

    public abstract int byteAt(int i);

    /** The bytes as a Latin-1 string, one char per byte (for parsing routines). */
    public String asLatin1() { return new String(toArray(), StandardCharsets.ISO_8859_1); }

    public static PyBytes newBytes(byte[] b) { return new PyBytes(b); }

    /** The contents of a bytes-like argument, or TypeError. */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytesLike b) return b.toArray();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "a bytes-like object is required, not '%s'", o.type().name());
    }

    /** repr of bytes content, b'...'. */
    public static String repr(byte[] b, int from, int to) { return pyj.compiler.code.Reprs.bytes(b, from, to); }
}
