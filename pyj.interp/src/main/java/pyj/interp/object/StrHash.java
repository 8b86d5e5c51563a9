// The hash of str and bytes: CPython's SipHash-1-3 with its PYTHONHASHSEED rules, bit for bit.
package pyj.interp.object;

import java.security.SecureRandom;

/**
 * CPython hashes the bytes of a string's canonical representation (one byte per character when
 * every code point is below 256, two little-endian bytes below 65536, four otherwise) with
 * SipHash-1-3 keyed by a per-process secret. Using the same function and the same secret
 * derivation makes set and dict iteration order of strings identical to CPython's for any given
 * PYTHONHASHSEED: 0 disables randomization, N seeds CPython's LCG, unset or "random" is random.
 */
public final class StrHash {
    private StrHash() {}

    private static final long K0;
    private static final long K1;

    static {
        byte[] secret = secret(System.getenv("PYTHONHASHSEED"));
        K0 = le64(secret, 0);
        K1 = le64(secret, 8);
    }

    private static byte[] secret(String env) {
        byte[] s = new byte[24];
        if (env != null && !env.equals("random")) {
            try {
                long seed = Long.parseLong(env);
                if (seed >= 0 && seed <= 4294967295L) {
                    if (seed != 0) lcg((int) seed, s);
                    return s;
                }
            } catch (NumberFormatException e) {
                // The launcher reports a malformed PYTHONHASHSEED; hashing falls back to random.
            }
        }
        randomBytes(s);
        return s;
    }

    /**
     * Fills the secret from the kernel's random source, as CPython's getrandom()/urandom does.
     * SecureRandom would do too, but initialising its provider framework costs start-up time that
     * every run would pay.
     */
    private static void randomBytes(byte[] s) {
        try (java.io.FileInputStream in = new java.io.FileInputStream("/dev/urandom")) {
            if (in.readNBytes(s, 0, s.length) == s.length) return;
        } catch (java.io.IOException e) {
            // no /dev/urandom: use the JDK's generator below
        }
        new SecureRandom().nextBytes(s);
    }

    /** CPython's lcg_urandom, which derives the secret from an explicit seed. */
    private static void lcg(int x, byte[] out) {
        for (int i = 0; i < out.length; i++) {
            x = x * 214013 + 2531011;
            out[i] = (byte) ((x >>> 16) & 0xff);
        }
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xffL);
        return v;
    }

    public static long hash(String s) {
        int n = s.length();
        if (n == 0) return 0;
        int kind = 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    kind = 4;
                    break;
                }
                kind = Math.max(kind, 2);
            } else if (c > 0xff) {
                kind = Math.max(kind, 2);
            }
        }
        byte[] data;
        if (kind == 1) {
            data = new byte[n];
            for (int i = 0; i < n; i++) data[i] = (byte) s.charAt(i);
        } else if (kind == 2) {
            data = new byte[n * 2];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                data[2 * i] = (byte) c;
                data[2 * i + 1] = (byte) (c >>> 8);
            }
        } else {
            int[] cps = s.codePoints().toArray();
            data = new byte[cps.length * 4];
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                data[4 * i] = (byte) c;
                data[4 * i + 1] = (byte) (c >>> 8);
                data[4 * i + 2] = (byte) (c >>> 16);
                data[4 * i + 3] = (byte) (c >>> 24);
            }
        }
        return finish(siphash13(data, 0, data.length));
    }

    public static long hash(byte[] b, int from, int to) {
        if (to == from) return 0;
        return finish(siphash13(b, from, to - from));
    }

    private static long finish(long h) {
        return h == -1 ? -2 : h;
    }

    private static long siphash13(byte[] in, int off, int len) {
        long b = ((long) len) << 56;
        long v0 = K0 ^ 0x736f6d6570736575L;
        long v1 = K1 ^ 0x646f72616e646f6dL;
        long v2 = K0 ^ 0x6c7967656e657261L;
        long v3 = K1 ^ 0x7465646279746573L;
        int p = off;
        int remaining = len;
        while (remaining >= 8) {
            long m = le64(in, p);
            p += 8;
            remaining -= 8;
            v3 ^= m;
            // One SipRound.
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long t = 0;
        for (int i = remaining - 1; i >= 0; i--) t = (t << 8) | (in[p + i] & 0xffL);
        b |= t;
        v3 ^= b;
        for (int r = 0; r < 4; r++) {
            if (r == 1) {
                v0 ^= b;
                v2 ^= 0xff;
            }
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
