// The MT19937 generator with CPython's seeding (init_by_array) and its 53-bit float and k-bit integer outputs.
package pyj.interp.random;

import java.math.BigInteger;

/**
 * Matsumoto and Nishimura's Mersenne Twister as CPython's _random uses it, so that equal seeds give
 * equal sequences. Words are Java ints read as unsigned 32-bit values; {@code index == N} means the
 * next output regenerates the whole state first.
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    /** A fresh object is all zeros with index 0, as CPython's zero-filled allocation leaves it. */
    private final int[] mt = new int[N];
    private int index;

    int nextWord() {
        if (index >= N) twist();
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        index = 0;
    }

    /** A float in [0, 1) from 27 bits of one word and 26 of the next. */
    double nextDouble() {
        long a = (nextWord() & 0xffffffffL) >>> 5;
        long b = (nextWord() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * A non-negative integer of {@code k} random bits (k > 32): one word per 32 bits, filled from the
     * least significant word up; the top word keeps the high bits of its output.
     */
    BigInteger nextBits(int k) {
        int words = (k - 1) / 32 + 1;
        byte[] magnitude = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = nextWord();
            if (k < 32) r >>>= 32 - k;
            int at = (words - 1 - i) * 4;
            magnitude[at] = (byte) (r >>> 24);
            magnitude[at + 1] = (byte) (r >>> 16);
            magnitude[at + 2] = (byte) (r >>> 8);
            magnitude[at + 3] = (byte) r;
        }
        return new BigInteger(1, magnitude);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        index = N;
    }

    /** Seeds from a key of 32-bit words; every bit of every word affects the state. */
    void seed(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The 32-bit words of a non-negative integer, least significant first; zero is one zero word. */
    static int[] keyOf(BigInteger n) {
        int bits = n.bitLength();
        int[] key = new int[bits == 0 ? 1 : (bits - 1) / 32 + 1];
        byte[] be = n.toByteArray();
        for (int b = 0; b < be.length; b++) {
            int fromLow = be.length - 1 - b;
            int word = fromLow / 4;
            if (word < key.length) key[word] |= (be[b] & 0xff) << (8 * (fromLow % 4));
        }
        return key;
    }

    int[] words() { return mt.clone(); }

    int index() { return index; }

    void restore(int[] words, int newIndex) {
        System.arraycopy(words, 0, mt, 0, N);
        index = newIndex;
    }
}
