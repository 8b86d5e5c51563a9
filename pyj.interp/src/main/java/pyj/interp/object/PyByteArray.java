// Python bytearray: a mutable sequence of bytes.
package pyj.interp.object;

import java.util.Arrays;

public class PyByteArray extends PyBytesLike {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyType.BASETYPE,
            BytesMethods::defineByteArray);

    static {
        BytesMethods.fillByteArraySlots(TYPE);
    }

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
        if (size == data.length) data = Arrays.copyOf(data, Math.max(8, size * 2));
        data[size++] = (byte) b;
    }

    public void setAll(byte[] newData) {
        data = newData;
        size = newData.length;
    }
}
