// Hidden classes: the attribute layout shared by instances that gained the same attributes in the same order.
package pyj.interp.object;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link PyInstance} keeps its attributes in a plain array whose layout a Shape describes, as
 * CPython 3.13 keeps instance values inline against keys shared by the class. Adding an attribute
 * moves the instance along a transition to a child shape; every instance built the same way ends
 * up with the same shape, so a cache keyed on (type version, shape) can find {@code self.x} at a
 * fixed index. Deleting an attribute, asking for {@code __dict__}, or growing past
 * {@link #MAX_ATTRIBUTES} turns the instance into an ordinary dict-backed one for good.
 */
public final class Shape {
    /** Past this many attributes an instance is better served by a hash table. */
    static final int MAX_ATTRIBUTES = 64;
    /** Shapes at least this large answer {@link #indexOf} from a hash map rather than a scan. */
    private static final int INDEXED_FROM = 9;

    private final PyStr[] keys;
    private Map<PyStr, Integer> index;
    /** The most recent transition, checked before {@link #transitions}: most shapes have one child. */
    private PyStr lastKey;
    private Shape lastChild;
    private Map<PyStr, Shape> transitions;

    private Shape(PyStr[] keys) {
        this.keys = keys;
    }

    /** The empty layout every instance of a class starts from. */
    static Shape root() {
        return new Shape(new PyStr[0]);
    }

    /** The number of attributes. */
    public int size() { return keys.length; }

    /** The attribute name at {@code i}, in insertion order. */
    public PyStr key(int i) { return keys[i]; }

    /** The position of {@code name}, or -1. Names are usually interned, so identity settles most lookups. */
    public int indexOf(PyStr name) {
        PyStr[] k = keys;
        if (k.length >= INDEXED_FROM) {
            Integer i = indexMap().get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < k.length; i++) if (k[i] == name) return i;
        for (int i = 0; i < k.length; i++) if (k[i].equals(name)) return i;
        return -1;
    }

    private Map<PyStr, Integer> indexMap() {
        Map<PyStr, Integer> m = index;
        if (m == null) {
            m = new HashMap<>();
            for (int i = 0; i < keys.length; i++) m.put(keys[i], i);
            index = m;
        }
        return m;
    }

    /** The shape after adding {@code name}, or null when the instance should switch to a dict. */
    synchronized Shape with(PyStr name) {
        if (name == lastKey) return lastChild;
        if (keys.length >= MAX_ATTRIBUTES) return null;
        Shape child = transitions == null ? null : transitions.get(name);
        if (child == null) {
            PyStr[] k = java.util.Arrays.copyOf(keys, keys.length + 1);
            k[keys.length] = name;
            child = new Shape(k);
            if (transitions == null) transitions = new HashMap<>();
            transitions.put(name, child);
        }
        lastKey = name;
        lastChild = child;
        return child;
    }
}
