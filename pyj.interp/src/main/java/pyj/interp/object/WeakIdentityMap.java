// A map from objects (by identity, weakly held) to longs, for id().
package pyj.interp.object;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/** Open hashing on identity hash codes; entries of collected objects are purged as they are queued. */
final class WeakIdentityMap {
    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final long value;
        Entry next;

        Entry(Object key, long value, ReferenceQueue<Object> q, Entry next) {
            super(key, q);
            this.hash = System.identityHashCode(key);
            this.value = value;
            this.next = next;
        }
    }

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private Entry[] table = new Entry[64];
    private int size;

    long get(Object key) {
        purge();
        int h = System.identityHashCode(key);
        for (Entry e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && e.get() == key) return e.value;
        }
        return 0;
    }

    void put(Object key, long value) {
        if (size * 2 > table.length) grow();
        int i = System.identityHashCode(key) & (table.length - 1);
        table[i] = new Entry(key, value, queue, table[i]);
        size++;
    }

    private void grow() {
        Entry[] old = table;
        table = new Entry[old.length * 2];
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int i = e.hash & (table.length - 1);
                e.next = table[i];
                table[i] = e;
                e = next;
            }
        }
    }

    private void purge() {
        for (Object r; (r = queue.poll()) != null; ) {
            Entry dead = (Entry) r;
            int i = dead.hash & (table.length - 1);
            Entry prev = null;
            for (Entry e = table[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) table[i] = e.next;
                    else prev.next = e.next;
                    size--;
                    break;
                }
            }
        }
    }
}
