// The bytes-like objects (bytes, bytearray, memoryview): what CPython reaches through the buffer protocol.
package pyj.interp.object;

import java.nio.charset.StandardCharsets;

public abstract class PyBytesLike extends PyObject {

    /** A copy of the bytes (for a strided memoryview, its items gathered in order). */
    public abstract byte[] toArray();

    public abstract int size();

    public abstract int byteAt(int i);

    /** The bytes as a Latin-1 string, one char per byte (for parsing routines). */
    public String asLatin1() { return new String(toArray(), StandardCharsets.ISO_8859_1); }

    public static PyBytes newBytes(byte[] b) { return new PyBytes(b); }

    /**
     * The contents of a bytes-like argument, as CPython's PyBUF_SIMPLE request sees them: TypeError for
     * objects without the buffer protocol, ValueError for a released memoryview, BufferError for a strided one.
     */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyMemoryView m) return m.contiguousBytes();
        if (o instanceof PyBytesLike b) return b.toArray();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "a bytes-like object is required, not '%s'", o.type().name());
    }

    /** Whether the object supports the buffer protocol (PyObject_CheckBuffer). */
    public static boolean hasBuffer(PyObject o) { return o instanceof PyBytesLike; }

    /**
     * The contents of a bytes-like object, or null when it has none or cannot hand them out simply; for
     * callers that replace any buffer failure with their own TypeError (concatenation, join, extend).
     */
    static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyMemoryView m) return m.isReleased() || !m.isContiguous() ? null : m.toArray();
        return o instanceof PyBytesLike b ? b.toArray() : null;
    }

    /** repr of bytes content, b'...'. */
    public static String repr(byte[] b, int from, int to) { return pyj.compiler.code.Reprs.bytes(b, from, to); }
}
