// The hash function of str and bytes: 64-bit, seeded once per process, like CPython's randomized hash.
package pyj.interp.object;

/**
 * String hashing. CPython randomizes str hashes per process (unless PYTHONHASHSEED is set), so no
 * program may rely on particular values; pyj uses a seeded 64-bit hash with good avalanche, with
 * the same seed rules: {@code PYTHONHASHSEED=0} disables randomization.
 */
public final class StrHash {
    private StrHash() {}

    private static final long SEED = seed();

    private static long seed() {
        String env = System.getenv("PYTHONHASHSEED");
        if (env != null && !env.equals("random")) {
            try {
                long v = Long.parseLong(env);
                return v == 0 ? 0x9E3779B97F4A7C15L : mix(v);
            } catch (NumberFormatException e) {
                // An invalid value is reported by the launcher; fall back to random here.
            }
        }
        return mix(System.nanoTime() ^ ProcessHandle.current().pid());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static long hash(String s) {
        if (s.isEmpty()) return 0;
        long h = SEED;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h = mix(h);
        return h == -1 ? -2 : h;
    }

    public static long hash(byte[] b, int from, int to) {
        if (to == from) return 0;
        long h = SEED ^ 0x5bd1e995L;
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x100000001B3L;
        }
        h = mix(h);
        return h == -1 ? -2 : h;
    }
}
