// Python dict: an insertion-ordered hash table laid out like CPython's compact dict.
package pyj.interp.object;

import java.util.Arrays;

/**
 * A Python {@code dict}. Entries are kept in insertion order in parallel arrays; a separate
 * open-addressed index table (power-of-two size, CPython's perturbed probe sequence) maps hashes
 * to entry positions. Deleted entries leave a null key behind until the next resize.
 *
 * <p>{@link #keysVersion()} changes whenever the set of keys changes (not on value updates), the
 * property LOAD_GLOBAL's specializations guard on.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT,
            PyType.BASETYPE | PyType.DICT_SUBCLASS, DictMethods::define);

    static {
        DictMethods.fillSlots(TYPE);
    }

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;
    private static int nextKeysVersion = 1;

    private int[] indices;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used, including deleted ones. */
    private int used;
    /** Live entries. */
    private int size;
    private int keysVersion;
    /** Bumped on every mutation; iterators compare it to detect changes. */
    private int modCount;

    public PyDict() {
        this(MIN_SIZE);
    }

    public PyDict(int expected) {
        int cap = MIN_SIZE;
        while (cap * 2 < expected * 3) cap <<= 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        indices = new int[cap];
        Arrays.fill(indices, EMPTY);
        int entries = (cap * 2) / 3 + 1;
        hashes = new long[entries];
        keys = new PyObject[entries];
        values = new PyObject[entries];
        used = 0;
    }

    @Override
    public PyType type() { return TYPE; }

    public int size() { return size; }

    public int modCount() { return modCount; }

    /** A number identifying the current set of keys; 0 is never used. */
    public int keysVersion() {
        if (keysVersion == 0) keysVersion = nextKeysVersion++;
        return keysVersion;
    }

    private void keysChanged() {
        keysVersion = 0;
        modCount++;
    }

    // ---- lookup ----------------------------------------------------------------------------

    /** Entry index of the key, or -1. Runs the key's __eq__ for hash collisions. */
    private int find(PyObject key, long hash) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        for (;;) {
            int ix = indices[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return ix;
                if (hashes[ix] == hash && k != null) {
                    if (ObjectProtocol.equalsForLookup(k, key)) return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Lookup specialized for exact str keys: no Python code can run. */
    private int findStr(PyStr key, long hash) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        for (;;) {
            int ix = indices[i];
            if (ix == EMPTY) return -1;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return ix;
                if (hashes[ix] == hash && k instanceof PyStr s && s.value().equals(key.value())) return ix;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The slot in the index table where a new entry with this hash goes. */
    private int freeSlot(long hash) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    public PyObject get(PyObject key) {
        if (key.getClass() == PyStr.class) return getStr((PyStr) key);
        long h = ObjectProtocol.hash(key);
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    public PyObject getStr(PyStr key) {
        int ix = findStr(key, key.hash());
        return ix < 0 ? null : values[ix];
    }

    /** Entry index of an exact-str key (for inline caches), or -1. */
    public int indexOfStr(PyStr key) { return findStr(key, key.hash()); }

    /** The value at an entry index found by {@link #indexOfStr}; null if deleted since. */
    public PyObject valueAt(int entry) { return entry < used ? values[entry] : null; }

    public boolean containsKey(PyObject key) { return get(key) != null; }

    // ---- mutation --------------------------------------------------------------------------

    public void put(PyObject key, PyObject value) {
        if (key.getClass() == PyStr.class) {
            putStr((PyStr) key, value);
            return;
        }
        long h = ObjectProtocol.hash(key);
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            modCount++;
            return;
        }
        insertNew(key, h, value);
    }

    public void putStr(PyStr key, PyObject value) {
        long h = key.hash();
        int ix = findStr(key, h);
        if (ix >= 0) {
            values[ix] = value;
            modCount++;
            return;
        }
        insertNew(key, h, value);
    }

    private void insertNew(PyObject key, long h, PyObject value) {
        if (used == keys.length) resize(growthSize());
        int slot = freeSlot(h);
        indices[slot] = used;
        hashes[used] = h;
        keys[used] = key;
        values[used] = value;
        used++;
        size++;
        keysChanged();
    }

    /** CPython's GROWTH_RATE: the smallest power of two at least three times the live entries. */
    private int growthSize() {
        int cap = MIN_SIZE;
        while (cap < size * 3) cap <<= 1;
        return cap;
    }

    private void resize(int cap) {
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int ou = used;
        allocate(cap);
        for (int i = 0; i < ou; i++) {
            if (ok[i] == null) continue;
            int slot = freeSlot(oh[i]);
            indices[slot] = used;
            hashes[used] = oh[i];
            keys[used] = ok[i];
            values[used] = ov[i];
            used++;
        }
    }

    /** Removes a key; returns the old value or null when absent. */
    public PyObject remove(PyObject key) {
        long h = key.getClass() == PyStr.class ? ((PyStr) key).hash() : ObjectProtocol.hash(key);
        int ix = key.getClass() == PyStr.class ? findStr((PyStr) key, h) : find(key, h);
        if (ix < 0) return null;
        return removeEntry(ix, h);
    }

    public PyObject delStr(PyStr key) {
        long h = key.hash();
        int ix = findStr(key, h);
        return ix < 0 ? null : removeEntry(ix, h);
    }

    private PyObject removeEntry(int ix, long h) {
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = DUMMY;
        PyObject old = values[ix];
        keys[ix] = null;
        values[ix] = null;
        size--;
        keysChanged();
        return old;
    }

    public void clear() {
        allocate(MIN_SIZE);
        size = 0;
        keysChanged();
    }

    /** Removes and returns the last entry as {key, value}, or null when empty. */
    public PyObject[] popLast() {
        for (int i = used - 1; i >= 0; i--) {
            if (keys[i] != null) {
                PyObject k = keys[i];
                PyObject v = values[i];
                removeEntry(i, hashes[i]);
                used = i;
                return new PyObject[] {k, v};
            }
        }
        return null;
    }

    // ---- iteration -------------------------------------------------------------------------

    /** Entry positions run from 0 to {@link #entryLimit()}; deleted ones have a null key. */
    public int entryLimit() { return used; }

    public PyObject keyAt(int entry) { return keys[entry]; }

    public PyObject entryValue(int entry) { return values[entry]; }

    public PyDict copy() {
        PyDict d = new PyDict(size);
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) d.insertNew(keys[i], hashes[i], values[i]);
        }
        return d;
    }

    /** Copies every entry of {@code other} in, as dict.update with a dict argument. */
    public void update(PyDict other) {
        for (int i = 0; i < other.used; i++) {
            PyObject k = other.keys[i];
            if (k == null) continue;
            int ix = k.getClass() == PyStr.class ? findStr((PyStr) k, other.hashes[i]) : find(k, other.hashes[i]);
            if (ix >= 0) {
                values[ix] = other.values[i];
                modCount++;
            } else {
                insertNew(k, other.hashes[i], other.values[i]);
            }
        }
    }
}
