// Object identity numbers: id(), default hashes and the "at 0x..." of default reprs.
package pyj.interp.object;

import java.util.concurrent.atomic.AtomicLong;

/**
 * id() values. The JVM moves objects, so addresses cannot serve as ids; each object gets a number
 * from a counter the first time one is asked for, kept in a weak identity map. Numbers are spaced
 * like 16-byte-aligned addresses so they look familiar in reprs.
 */
public final class Identity {
    private Identity() {}

    private static final AtomicLong NEXT = new AtomicLong(0x7f0000001000L);
    private static final WeakIdentityMap IDS = new WeakIdentityMap();

    public static synchronized long id(PyObject o) {
        long v = IDS.get(o);
        if (v == 0) {
            v = NEXT.getAndAdd(0x30);
            IDS.put(o, v);
        }
        return v;
    }

    /** object.__hash__: any stable per-object number serves; the JVM's identity hash is cheapest. */
    public static long hash(PyObject o) {
        return System.identityHashCode(o);
    }

    public static String hex(PyObject o) { return "0x" + Long.toHexString(id(o)); }
}
