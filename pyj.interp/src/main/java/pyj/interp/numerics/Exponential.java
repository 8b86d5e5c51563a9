// exp and exp2 as glibc 2.28+ computes them: a 128-entry table of 2^(k/128) and a short polynomial.
package pyj.interp.numerics;

import java.math.BigInteger;

/**
 * glibc's exp and exp2 (contributed by Arm) reduce x to k/128 plus a small r, take 2^(k/128) from a
 * table as a double {@code H} and a relative correction {@code T} (2^(k/128) = H(1+T)), and add a
 * degree-5 polynomial in r. The result is within 0.511 ulp, so it is not always the correctly
 * rounded one; computing it the same way is the only way to print what CPython prints. The table
 * is computed here from its definition rather than copied. On x86-64 CPUs with FMA glibc runs
 * an exp compiled with fused multiply-adds (reproduced below, as read from the compiled code);
 * its exp2 is compiled without them.
 */
public final class Exponential {
    private Exponential() {}

    private static final int N = 128;
    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    private static final double SHIFT = 0x1.8p52;
    private static final double C2 = 0x1.ffffffffffdbdp-2;
    private static final double C3 = 0x1.555555555543cp-3;
    private static final double C4 = 0x1.55555cf172b91p-5;
    private static final double C5 = 0x1.1111167a4d017p-7;
    private static final double EXP2_SHIFT = 0x1.8p52 / N;
    private static final double E1 = 0x1.62e42fefa39efp-1;
    private static final double E2 = 0x1.ebfbdff82c424p-3;
    private static final double E3 = 0x1.c6b08d70cf4b5p-5;
    private static final double E4 = 0x1.3b2abd24650ccp-7;
    private static final double E5 = 0x1.5d7e09b4e3a84p-10;

    /**
     * For k in [0, 128): TABLE[2k] holds the bits of T[k] and TABLE[2k+1] those of H[k] minus
     * k*2^45, so that adding k << 45 (for any integer k) lands on the bits of 2^(k/128) scaled.
     */
    private static final long[] TABLE = table();

    /**
     * The table from 2^(j/128) in 192-bit fixed point (BigInteger, which is cheap even before the
     * JIT has compiled it): H rounds to 53 bits, and T is the nearest double to (2^(j/128) - H)/H,
     * with a sticky bit so that the quotient's truncation cannot change its rounding.
     */
    private static long[] table() {
        int bits = 192;
        BigInteger step = BigInteger.TWO.shiftLeft(bits);
        for (int i = 0; i < 7; i++) step = step.shiftLeft(bits).sqrt();
        long[] t = new long[2 * N];
        BigInteger v = BigInteger.ONE.shiftLeft(bits);
        for (int k = 0; k < N; k++) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.ONE.shiftLeft(bits - 52));
            long mantissa = qr[0].longValueExact();
            int half = qr[1].compareTo(BigInteger.ONE.shiftLeft(bits - 53));
            if (half > 0 || (half == 0 && (mantissa & 1) != 0)) mantissa++;
            double h = Math.scalb((double) mantissa, -52);
            BigInteger hFixed = BigInteger.valueOf(mantissa).shiftLeft(bits - 52);
            BigInteger diff = v.subtract(hFixed);
            // Scale the quotient to 62 bits, so that converting it to a double is its only rounding.
            int scale = 62 + bits - diff.abs().bitLength();
            BigInteger[] q = diff.abs().shiftLeft(scale).divideAndRemainder(hFixed);
            long quotient = q[0].longValueExact();
            if (q[1].signum() != 0) quotient |= 1;
            double tail = Math.scalb((double) quotient, -scale);
            t[2 * k] = Double.doubleToRawLongBits(diff.signum() < 0 ? -tail : tail);
            t[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << 45);
            v = v.multiply(step).shiftRight(bits);
        }
        return t;
    }

    /** 2^(j/128) for j in [0, 128), as the double-double H + H*T (good to about 2^-106). */
    public static DoubleDouble twoToThe(int j) {
        double h = Double.longBitsToDouble(TABLE[2 * j + 1] + ((long) j << 45));
        double t = Double.longBitsToDouble(TABLE[2 * j]);
        return new DoubleDouble(h, h * t);
    }

    private static int top12(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 52); }

    private static final int TOP_TINY = top12(0x1p-54);
    private static final int TOP_512 = top12(512.0);
    private static final int TOP_1024 = top12(1024.0);

    public static double exp(double x) {
        int abstop = top12(x) & 0x7ff;
        boolean special = false;
        if (Integer.compareUnsigned(abstop - TOP_TINY, TOP_512 - TOP_TINY) >= 0) {
            if (abstop - TOP_TINY < 0) return 1.0 + x;
            if (abstop >= TOP_1024) {
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x;
                return x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            special = true;
        }
        double kd = Math.fma(x, INV_LN2_N, SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int idx = 2 * (int) (ki & (N - 1));
        long top = ki << 45;
        double tail = Double.longBitsToDouble(TABLE[idx]);
        long sbits = TABLE[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(Math.fma(r, C3, C2), r2, r + tail));
        if (special) return specialCase(tmp, sbits, ki, true);
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    public static double exp2(double x) {
        int abstop = top12(x) & 0x7ff;
        boolean special = false;
        if (Integer.compareUnsigned(abstop - TOP_TINY, TOP_512 - TOP_TINY) >= 0) {
            if (abstop - TOP_TINY < 0) return 1.0 + x;
            if (abstop >= TOP_1024) {
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x;
                if (x > 0) return Double.POSITIVE_INFINITY;
                if (x <= -1075.0) return 0.0;
            }
            if (Math.abs(x) > 928.0) special = true;
        }
        double kd = x + EXP2_SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP2_SHIFT;
        double r = x - kd;
        int idx = 2 * (int) (ki & (N - 1));
        long top = ki << 45;
        double tail = Double.longBitsToDouble(TABLE[idx]);
        long sbits = TABLE[idx + 1] + top;
        double r2 = r * r;
        double tmp = tail + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
        if (special) return specialCase(tmp, sbits, ki, false);
        double scale = Double.longBitsToDouble(sbits);
        return scale + scale * tmp;
    }

    /**
     * scale*(1+tmp) when the scale's exponent has overflowed (k > 0) or the result may be
     * subnormal (k < 0), where it is rounded once at the subnormal precision.
     */
    private static double specialCase(double tmp, long sbits, long ki, boolean exp) {
        if ((ki & 0x80000000L) == 0) {
            if (exp) {
                double scale = Double.longBitsToDouble(sbits - (1009L << 52));
                return 0x1p1009 * Math.fma(scale, tmp, scale);
            }
            double scale = Double.longBitsToDouble(sbits - (1L << 52));
            return 2 * (scale + scale * tmp);
        }
        double scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double scaledTmp = scale * tmp;
        double y = scale + scaledTmp;
        if (y < 1.0) {
            double lo = scale - y + scaledTmp;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) y = 0.0;
        }
        return 0x1p-1022 * y;
    }
}
