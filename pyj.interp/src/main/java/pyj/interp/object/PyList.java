// Python list: a growable array of objects.
package pyj.interp.object;

import java.util.Arrays;

public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT,
            PyType.BASETYPE | PyType.LIST_SUBCLASS, SequenceMethods::defineList);

    static {
        SequenceMethods.fillListSlots(TYPE);
    }

    private static final PyObject[] NO_ITEMS = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        this.items = NO_ITEMS;
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public static PyList copyOf(PyObject[] src, int from, int to) {
        return new PyList(Arrays.copyOfRange(src, from, to));
    }

    @Override
    public PyType type() { return TYPE; }

    public int size() { return size; }

    public PyObject get(int i) { return items[i]; }

    public void set(int i, PyObject v) { items[i] = v; }

    public void append(PyObject v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        items[size++] = v;
    }

    public void insert(int index, PyObject v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size + (size >> 1) + 1));
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public PyObject removeAt(int index) {
        PyObject v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = NO_ITEMS;
        size = 0;
    }

    /** A copy of the live items. */
    public PyObject[] toArray() { return Arrays.copyOf(items, size); }

    /** Replaces the contents with the given array (taking ownership). */
    public void setItems(PyObject[] newItems, int newSize) {
        items = newItems;
        size = newSize;
    }

    /** The backing array (length may exceed size); for fast iteration in the runtime. */
    public PyObject[] rawItems() { return items; }

    @Override
    public String toString() { return Arrays.toString(toArray()); }
}
