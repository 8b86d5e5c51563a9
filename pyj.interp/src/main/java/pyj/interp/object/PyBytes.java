// Python bytes: an immutable sequence of bytes.
package pyj.interp.object;

import java.util.Arrays;

public class PyBytes extends PyBytesLike {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT,
            PyType.BASETYPE | PyType.BYTES_SUBCLASS, BytesMethods::defineBytes);

    static {
        BytesMethods.fillBytesSlots(TYPE);
    }

    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    final byte[] data;
    private long hash = -1;

    /** Takes ownership of the array. */
    public PyBytes(byte[] data) {
        this.data = data;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public byte[] toArray() { return data.clone(); }

    /** The backing array; callers must not modify it. */
    public byte[] data() { return data; }

    @Override
    public int size() { return data.length; }

    @Override
    public int byteAt(int i) { return data[i] & 0xff; }

    public long hash() {
        if (hash == -1) hash = StrHash.hash(data, 0, data.length);
        return hash;
    }

    @Override
    public boolean equals(Object o) { return o instanceof PyBytes b && Arrays.equals(b.data, data); }

    @Override
    public int hashCode() { return Arrays.hashCode(data); }
}
