// Python set and frozenset: an open-addressed hash table laid out exactly like CPython's setobject.c.
package pyj.interp.object;

/**
 * A set or frozenset. The table, probing (nine linear probes, then perturbation), fill and resize
 * policy follow CPython, so iteration order matches CPython for keys whose hashes match (ints,
 * floats, tuples of those).
 */
public class PySet extends PyObject {
    public static final PyType SET_TYPE = PyType.builtin("set", PyType.OBJECT, PyType.BASETYPE, SetOps::defineSet);
    public static final PyType FROZENSET_TYPE = PyType.builtin("frozenset", PyType.OBJECT, PyType.BASETYPE,
            SetOps::defineFrozenSet);

    static {
        SetOps.fillSlots(SET_TYPE, false);
        SetOps.fillSlots(FROZENSET_TYPE, true);
        SET_TYPE.setInstancesHaveWeakref(true);
        FROZENSET_TYPE.setInstancesHaveWeakref(true);
    }

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** The key stored in a deleted entry. */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() { return PyType.OBJECT; }
    };

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Active entries plus dummies. */
    private int fill;
    /** Active entries. */
    private int used;
    private final boolean frozen;
    private long cachedHash = -1;
    private int modCount;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() { return frozen ? FROZENSET_TYPE : SET_TYPE; }

    public boolean isFrozen() { return frozen; }

    public int size() { return used; }

    public int modCount() { return modCount; }

    public boolean contains(PyObject key) {
        long h = hashOf(key);
        return find(key, h) >= 0;
    }

    private static long hashOf(PyObject key) {
        if (key.getClass() == PyStr.class) return ((PyStr) key).hash();
        return ObjectProtocol.hash(key);
    }

    private int find(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        for (;;) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            for (;;) {
                PyObject k = keys[j];
                if (k == null) return -1;
                if (hashes[j] == hash && k != DUMMY) {
                    if (k == key || ObjectProtocol.equalsForLookup(k, key)) return j;
                }
                if (probes-- == 0) break;
                j++;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public void add(PyObject key) {
        addEntry(key, hashOf(key));
    }

    private void addEntry(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeslot = -1;
        for (;;) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            for (;;) {
                PyObject k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        modCount++;
                        return;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    modCount++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) freeslot = j;
                } else if (hashes[j] == hash && (k == key || ObjectProtocol.equalsForLookup(k, key))) {
                    return;
                }
                if (probes-- == 0) break;
                j++;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int k = 0; k < oldKeys.length; k++) {
            PyObject key = oldKeys[k];
            if (key != null && key != DUMMY) insertClean(key, oldHashes[k]);
        }
    }

    private void insertClean(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        for (;;) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    i++;
                    if (keys[i] == null) {
                        keys[i] = key;
                        hashes[i] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes a key; returns whether it was present. */
    public boolean discard(PyObject key) {
        int j = find(key, hashOf(key));
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        modCount++;
        return true;
    }

    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        modCount++;
    }

    /** Removes and returns an arbitrary element (CPython's set_pop order), or null when empty. */
    private int popFinger;

    public PyObject pop() {
        if (used == 0) return null;
        int i = popFinger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) i = 0;
        }
        PyObject key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        modCount++;
        popFinger = i + 1;
        return key;
    }

    /** Table positions run from 0 to {@link #tableSize()}; empty or deleted ones give null. */
    public int tableSize() { return mask + 1; }

    public PyObject keyAt(int i) {
        PyObject k = keys[i];
        return k == DUMMY ? null : k;
    }

    public long hashAt(int i) { return hashes[i]; }

    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        if (used > 0) {
            for (int k = 0; k <= mask; k++) {
                PyObject key = keys[k];
                if (key != null && key != DUMMY) s.addEntry(key, hashes[k]);
            }
        }
        return s;
    }

    void addAllFrom(PySet other) {
        for (int k = 0; k <= other.mask; k++) {
            PyObject key = other.keys[k];
            if (key != null && key != DUMMY) addEntry(key, other.hashes[k]);
        }
    }

    boolean containsHashed(PyObject key, long hash) { return find(key, hash) >= 0; }

    void addHashed(PyObject key, long hash) { addEntry(key, hash); }

    /** CPython's frozenset_hash. */
    long frozenHash() {
        if (cachedHash != -1) return cachedHash;
        long hash = 0;
        for (int k = 0; k <= mask; k++) hash ^= shuffleBits(keys[k] == null ? 0 : hashes[k]);
        if (((mask + 1 - fill) & 1) != 0) hash ^= shuffleBits(0);
        if (((fill - used) & 1) != 0) hash ^= shuffleBits(-1);
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        cachedHash = hash;
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
