// Correctly rounded log, log2 and pow, which is what glibc's versions return in all but rare cases.
package pyj.interp.numerics;

import java.math.BigDecimal;

/**
 * glibc (2.28 and later) computes log, log2 and pow to within about 0.52 units in the last place,
 * so it returns the correctly rounded result nearly always; Java's Math and StrictMath versions
 * are only faithful (under 1 ulp) and differ from it in one case in a few hundred. These versions
 * evaluate in double-double arithmetic and round correctly, falling back to {@link HighPrecision}
 * when the approximation is too close to a rounding boundary to decide. (glibc's log and pow use
 * tables tuned by a search, which cannot be rederived, so unlike {@link Exponential} they are not
 * reproduced step by step.) The exp kernels here serve pow and the logarithm's Newton step.
 */
public final class ExpLog {
    private ExpLog() {}

    /** Bound on the relative error of the double-double evaluations below (with a wide margin). */
    public static final double ERR = 0x1p-90;

    public static final DoubleDouble LN2 = new DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    private static final double INV_LN2_128 = 128 / Math.log(2);
    /** ln2/128 in three pieces, the first short enough (34 bits) that k times it is exact for |k| < 2^18. */
    private static final double LN2_128_1 = 0x1.62e42fef8p-8;
    private static final double LN2_128_2 = 0x1.1cf79abc9e3b4p-43;
    private static final double LN2_128_3 = -0x1.9ff0342542fc3p-97;
    /** 1/2, 1/6 and 1/24; the series' later coefficients only need doubles. */
    private static final DoubleDouble HALF = DoubleDouble.of(0.5);
    private static final DoubleDouble SIXTH = DoubleDouble.ONE.divide(DoubleDouble.of(6));
    private static final DoubleDouble TWENTY_FOURTH = DoubleDouble.ONE.divide(DoubleDouble.of(24));
    /** 2^(j/128) for j in [0, 128). */
    private static final DoubleDouble[] TWO_TO_J_128 = new DoubleDouble[128];

    static {
        for (int j = 0; j < 128; j++) TWO_TO_J_128[j] = Exponential.twoToThe(j);
    }

    // ---- kernels ---------------------------------------------------------------------------

    /**
     * exp(r) - 1 for |r| <= ln2/256 (plus a little), to relative precision near 2^-100: terms up
     * to r^4/24 in double-double, the rest (below 2^-49 of the result) in doubles.
     */
    private static DoubleDouble expm1Reduced(DoubleDouble r) {
        double x = r.hi();
        double tail = 1.0 / 120 + x * (1.0 / 720 + x * (1.0 / 5040 + x * (1.0 / 40320 + x * (1.0 / 362880
                + x * (1.0 / 3628800)))));
        DoubleDouble p = TWENTY_FOURTH.add(x * tail);
        p = SIXTH.add(r.multiply(p));
        p = HALF.add(r.multiply(p));
        p = DoubleDouble.ONE.add(r.multiply(p));
        return r.multiply(p);
    }

    /** exp(x) as {@code mantissa * 2^exponent}, the mantissa within [0.99, 2.01]. */
    record Scaled(DoubleDouble mantissa, int exponent) {}

    /**
     * exp of a double-double whose value lies within about +-1100: x = k*ln2/128 + r with |r| at
     * most ln2/256, exp(x) = 2^(k div 128) * 2^((k mod 128)/128) * exp(r).
     */
    public static Scaled expScaled(DoubleDouble x) {
        double k = Math.rint(x.hi() * INV_LN2_128);
        // x.hi - k*LN2_128_1 is exact: the product is, and the operands are within a factor of two.
        DoubleDouble r = DoubleDouble.twoSum(x.hi() - k * LN2_128_1, x.lo())
                .subtract(DoubleDouble.twoProduct(k, LN2_128_2))
                .add(-k * LN2_128_3);
        long kl = (long) k;
        DoubleDouble table = TWO_TO_J_128[(int) (kl & 127)];
        DoubleDouble m = table.add(table.multiply(expm1Reduced(r)));
        return new Scaled(m, (int) (kl >> 7));
    }

    /** exp(x) - 1 for |x| up to about 0.5, to relative precision near 2^-100 even near zero. */
    public static DoubleDouble expm1(DoubleDouble x) {
        if (Math.abs(x.hi()) <= 0x1.62e42fefa39efp-9) return expm1Reduced(x);
        Scaled s = expScaled(x);
        return s.mantissa().scale(s.exponent()).add(-1.0);
    }

    /** log(x) = log(mantissa) + exponent*ln 2 for a positive finite double. */
    record LogParts(DoubleDouble logMantissa, int exponent, double mantissa) {}

    public static LogParts logParts(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.5) {
            m /= 2;
            e++;
        }
        if (m == 1.0) return new LogParts(DoubleDouble.ZERO, e, m);
        // One Newton step on exp from the library logarithm: log m = y0 + log1p(t) with
        // t = m*exp(-y0) - 1 = (m - 1) + m*expm1(-y0), tiny; m - 1 is exact for m in [0.75, 1.5].
        double y0 = Math.log(m);
        DoubleDouble t = expm1(DoubleDouble.of(-y0)).multiply(m).add(m - 1.0);
        DoubleDouble log = DoubleDouble.of(y0).add(t).add(-0.5 * t.hi() * t.hi());
        return new LogParts(log, e, m);
    }

    // ---- log, log2 -------------------------------------------------------------------------

    /** Natural logarithm of a positive finite double. */
    public static double log(double x) {
        if (x == 1.0) return 0.0;
        LogParts p = logParts(x);
        DoubleDouble v = p.logMantissa().add(LN2.multiply(p.exponent()));
        double r = NearestDouble.round(v, ERR);
        if (!NearestDouble.undecided(r)) return r;
        return HighPrecision.round(HighPrecision.log(x));
    }

    /** Base-2 logarithm of a positive finite double. */
    public static double log2(double x) {
        LogParts p = logParts(x);
        if (p.mantissa() == 1.0) return p.exponent();
        DoubleDouble v = p.logMantissa().divide(LN2).add(p.exponent());
        double r = NearestDouble.round(v, ERR);
        if (!NearestDouble.undecided(r)) return r;
        return HighPrecision.round(HighPrecision.log(x).divide(HighPrecision.LN2, HighPrecision.MC));
    }

    // ---- pow -------------------------------------------------------------------------------

    /**
     * x**y as C99's pow (Annex F), correctly rounded: NaN for a negative x with a non-integer y,
     * infinity for zero to a negative power and on overflow. Both float ** float and math.pow use it.
     */
    public static double pow(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) return powFinite(x, y);
        if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
        if (Double.isNaN(y)) return x == 1 ? 1.0 : y;
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0) return oddY ? x : Math.abs(x);
            if (y == 0) return 1.0;
            return oddY ? Math.copySign(0.0, x) : 0.0;
        }
        if (Math.abs(x) == 1.0) return 1.0;
        if (y > 0 && Math.abs(x) > 1.0) return y;
        if (y < 0 && Math.abs(x) < 1.0) return -y;
        return 0.0;
    }

    private static double powFinite(double x, double y) {
        if (y == 0 || x == 1) return 1.0;
        boolean yInteger = y == Math.rint(y);
        boolean yOdd = yInteger && Math.abs(y) < 0x1p53 && ((long) y & 1) != 0;
        if (x == 0) {
            if (y < 0) return yOdd ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            return yOdd ? x : 0.0;
        }
        if (x < 0 && !yInteger) return Double.NaN;
        double ax = Math.abs(x);
        double sign = x < 0 && yOdd ? -1.0 : 1.0;
        if (y == 1) return x;
        if (yInteger && isPowerOfTwo(ax) && Math.abs(y) < 0x1p20) {
            // 2^(e*y) exactly, rounded once (2^-1075 is halfway to the smallest subnormal: it rounds to 0).
            return sign * Math.scalb(1.0, (int) Math.max(-2000, Math.min(2000, exponentOf(ax) * (long) y)));
        }
        LogParts p = logParts(ax);
        DoubleDouble log = p.logMantissa().add(LN2.multiply(p.exponent()));
        DoubleDouble t = log.multiply(y);
        if (t.hi() > 710) return sign * Double.POSITIVE_INFINITY;
        if (t.hi() < -746) return sign * 0.0;
        Scaled s = expScaled(t);
        double r = NearestDouble.round(s.mantissa(), s.exponent(), ERR);
        if (NearestDouble.undecided(r)) r = powSlow(ax, y, yInteger);
        return sign * r;
    }

    private static boolean isPowerOfTwo(double a) {
        long bits = Double.doubleToRawLongBits(a);
        if (Math.getExponent(a) < Double.MIN_EXPONENT) return Long.bitCount(bits) == 1;
        return (bits & 0x000F_FFFF_FFFF_FFFFL) == 0;
    }

    /** e with a == 2^e, for a power of two (subnormals included). */
    private static int exponentOf(double a) {
        if (Math.getExponent(a) >= Double.MIN_EXPONENT) return Math.getExponent(a);
        return Long.numberOfTrailingZeros(Double.doubleToRawLongBits(a)) - 1074;
    }

    /**
     * The undecided cases of pow. Unlike exp's, pow's results can be exactly halfway between two
     * doubles ((2^27 - 1)**2 has 54 bits), which no approximation can round; those are found by
     * exact arithmetic and rounded half to even.
     */
    private static double powSlow(double ax, double y, boolean yInteger) {
        BigDecimal bx = new BigDecimal(ax);
        if (yInteger && y > 0 && y <= 64) {
            return HighPrecision.round(bx.pow((int) y));
        }
        if (!yInteger && Math.abs(y) <= 4096) {
            // y = p/2^q: the result is exact only if it is a 2^q-th root of x^p; test the
            // halfway point the approximation suggested.
            int q = 0;
            double scaled = y;
            while (scaled != Math.rint(scaled) && q < 7) {
                scaled *= 2;
                q++;
            }
            if (scaled == Math.rint(scaled) && scaled > 0) {
                BigDecimal approx = slowPow(ax, y);
                BigDecimal candidate = halfwayNear(approx);
                if (candidate != null && candidate.pow(1 << q).compareTo(bx.pow((int) scaled)) == 0) {
                    return HighPrecision.round(candidate);
                }
                return HighPrecision.round(approx);
            }
        }
        return HighPrecision.round(slowPow(ax, y));
    }

    private static BigDecimal slowPow(double ax, double y) {
        return HighPrecision.exp(HighPrecision.log(ax).multiply(new BigDecimal(y), HighPrecision.MC));
    }

    /** The point halfway between two adjacent doubles that is nearest v (null at zero or infinity). */
    private static BigDecimal halfwayNear(BigDecimal v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d) || d == 0) return null;
        BigDecimal bd = new BigDecimal(d);
        double a = Math.abs(d);
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal up = bd.add(new BigDecimal(Math.copySign(Math.nextUp(a) - a, d)).multiply(half));
        BigDecimal down = bd.subtract(new BigDecimal(Math.copySign(a - Math.nextDown(a), d)).multiply(half));
        return v.subtract(up).abs().compareTo(v.subtract(down).abs()) < 0 ? up : down;
    }
}
