// collections.deque's storage: a growable ring buffer with an optional length bound and a mutation counter.
package pyj.interp.collections;

import pyj.interp.object.HeapObject;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * A double-ended queue of references. CPython uses a linked list of blocks; a power-of-two ring
 * buffer gives the same O(1) work at both ends and O(1) indexing. {@link #state} changes whenever
 * the ends move, which is what iterators and searches compare to detect mutation, as CPython's
 * {@code deque->state} does (replacing an item in place does not count).
 *
 * <p>The class also carries the heap-instance state, so Python subclasses of deque use it directly.
 */
final class PyDeque extends PyObject implements HeapObject {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    private PyObject[] items = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    long maxlen = -1;
    long state;

    PyDeque(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) dict = new PyDict();
        PyStr[] names = type.slotNames();
        slots = names == null || names.length == 0 ? null : new PyObject[names.length];
    }

    @Override public PyType type() { return type; }
    @Override public void setType(PyType t) { type = t; }
    @Override public PyDict dict() { return dict; }
    @Override public void setDict(PyDict d) { dict = d; }
    @Override public PyObject[] slots() { return slots; }

    int size() { return size; }

    PyObject get(int i) { return items[(head + i) & (items.length - 1)]; }

    void set(int i, PyObject v) { items[(head + i) & (items.length - 1)] = v; }

    PyObject first() { return items[head]; }

    private void ensureRoom() {
        if (size < items.length) return;
        PyObject[] bigger = new PyObject[items.length * 2];
        for (int i = 0; i < size; i++) bigger[i] = get(i);
        items = bigger;
        head = 0;
    }

    /** append(): adds on the right, dropping the leftmost item when the bound is exceeded. */
    void append(PyObject v) {
        ensureRoom();
        items[(head + size) & (items.length - 1)] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) popLeft();
    }

    void appendLeft(PyObject v) {
        ensureRoom();
        head = (head - 1) & (items.length - 1);
        items[head] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) pop();
    }

    /** Removes the rightmost item; the caller checks for emptiness. */
    PyObject pop() {
        int i = (head + size - 1) & (items.length - 1);
        PyObject v = items[i];
        items[i] = null;
        size--;
        state++;
        return v;
    }

    PyObject popLeft() {
        PyObject v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return v;
    }

    void clear() {
        if (size == 0) return;
        items = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    /** rotate(n): n steps to the right (left when negative); counts as a mutation when len > 1. */
    void rotate(long n) {
        if (size <= 1) return;
        long half = size >> 1;
        if (n > half || n < -half) {
            n %= size;
            if (n > half) n -= size;
            else if (n < -half) n += size;
        }
        state++;
        int mask = items.length - 1;
        // Moves |n| <= len/2 references from one end to the other, like CPython's block moves.
        for (; n > 0; n--) {
            int last = (head + size - 1) & mask;
            PyObject v = items[last];
            items[last] = null;
            head = (head - 1) & mask;
            items[head] = v;
        }
        for (; n < 0; n++) {
            PyObject v = items[head];
            items[head] = null;
            head = (head + 1) & mask;
            items[(head + size - 1) & mask] = v;
        }
    }

    /** Removes the item at a valid index, as CPython's rotate/popleft/rotate does. */
    void delete(int index) {
        for (int i = index; i > 0; i--) set(i, get(i - 1));
        popLeft();
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) out[i] = get(i);
        return out;
    }
}
