// Python bytearray: a mutable sequence of bytes.
package pyj.interp.object;

import java.util.Arrays;

public class PyByteArray extends PyBytesLike {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyType.BASETYPE,
            BytesMethods::defineByteArray);

    static {
        BytesMethods.fillByteArraySlots(TYPE);
    }

    /** Storage; may be longer than size. memoryviews read it afresh on every access, as it is replaced on growth. */
    byte[] data;
    int size;

    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public byte[] toArray() { return Arrays.copyOf(data, size); }

    @Override
    public int size() { return size; }

    @Override
    public int byteAt(int i) { return data[i] & 0xff; }

    public void append(int b) {
        ensureCapacity(size + 1);
        data[size++] = (byte) b;
    }

    public void setAll(byte[] newData) {
        data = newData;
        size = newData.length;
    }

    /** Replaces bytes [from, to) with {@code src}, moving the tail as needed. */
    void replace(int from, int to, byte[] src) {
        int newSize = size - (to - from) + src.length;
        ensureCapacity(newSize);
        System.arraycopy(data, to, data, from + src.length, size - to);
        System.arraycopy(src, 0, data, from, src.length);
        if (newSize < size) Arrays.fill(data, newSize, size, (byte) 0);
        size = newSize;
    }

    void insert(int at, int b) { replace(at, at, new byte[] {(byte) b}); }

    void delete(int from, int to) { replace(from, to, new byte[0]); }

    /** __alloc__: CPython counts the allocation's trailing NUL, and an empty bytearray owns no allocation. */
    int allocated() { return data.length == 0 ? 0 : data.length + 1; }

    private void ensureCapacity(int n) {
        if (n < 0) throw PyErr.memoryError();
        if (n > data.length) data = Arrays.copyOf(data, Math.max(n, Math.max(8, data.length + (data.length >> 1))));
    }
}
