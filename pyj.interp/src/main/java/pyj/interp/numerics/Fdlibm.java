// expm1, log1p, log10 and the hyperbolic functions as glibc computes them: fdlibm's algorithms, step for step.
package pyj.interp.numerics;

/**
 * glibc (2.36, x86-64) still computes these with Sun's fdlibm algorithms (as modified by glibc),
 * which are accurate to under one ulp but not correctly rounded, so matching CPython on Linux bit
 * for bit means performing the same operations in the same order. Two differences from fdlibm
 * proper matter: the calls to exp and log go to glibc's nearly correctly rounded ones
 * ({@link ExpLog} here), and on CPUs with FMA (all current x86-64 ones) glibc selects expm1 and
 * log1p compiled with fused multiply-adds; those contractions, read off the compiled code, are
 * reproduced with {@link Math#fma}. The other functions here are compiled without them.
 * Domain and range errors are left to the callers (NaN and infinities come out as in C).
 */
public final class Fdlibm {
    private Fdlibm() {}

    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
    private static final double LN2 = 6.93147180559945286227e-01;

    public static int high(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 32); }

    public static int low(double x) { return (int) Double.doubleToRawLongBits(x); }

    public static double withHigh(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xFFFF_FFFFL));
    }

    // ---- expm1 -----------------------------------------------------------------------------

    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    public static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | low(x)) != 0) return x + x;
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) return Double.POSITIVE_INFINITY;
            }
            if (negative) return -1.0;
        }
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) { // |x| > ln2/2: reduce
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) {
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1Head = Math.fma(hxs, Q1, 1.0);
        double h2 = hxs * hxs;
        double r2 = Math.fma(hxs, Q3, Q2);
        double h4 = h2 * h2;
        double r3 = Math.fma(hxs, Q5, Q4);
        double r1 = Math.fma(h4, r3, Math.fma(h2, r2, r1Head));
        double t = Math.fma(-r1, hfx, 3.0);
        double e = hxs * ((r1 - t) / Math.fma(-x, t, 6.0));
        if (k == 0) return x - Math.fma(x, e, -hxs);
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) return Math.fma(0.5, x - e, -0.5);
        if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : Math.fma(2.0, x - e, 1.0);
        double y;
        if (k <= -2 || k > 56) {
            y = 1.0 - (e - x);
            return Math.scalb(y, k) - 1.0;
        }
        if (k < 20) {
            t = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32); // 1 - 2^-k
            y = t - (e - x);
        } else {
            t = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32); // 2^-k
            y = x - (e + t);
            y += 1.0;
        }
        return Math.scalb(y, k);
    }

    // ---- log1p -----------------------------------------------------------------------------

    private static final double LP1 = 6.666666666666735130e-01;
    private static final double LP2 = 3.999999999940941908e-01;
    private static final double LP3 = 2.857142874366239149e-01;
    private static final double LP4 = 2.222219843214978396e-01;
    private static final double LP5 = 1.818357216161805012e-01;
    private static final double LP6 = 1.531383769920937332e-01;
    private static final double LP7 = 1.479819860511658591e-01;

    public static double log1p(double x) {
        int hx = high(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        double f = 0;
        double c = 0;
        int hu = 0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1.0
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (ax < 0x3c900000) return x;
                return Math.fma(-(x * x), 0.5, x);
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHigh(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHigh(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0) {
                if (k == 0) return 0.0;
                c = Math.fma(k, LN2_LO, c);
                return Math.fma(k, LN2_HI, c);
            }
            double r = hfsq * Math.fma(-f, 0.66666666666666666, 1.0);
            if (k == 0) return f - r;
            return Math.fma(k, LN2_HI, -((r - Math.fma(k, LN2_LO, c)) - f));
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double z2 = z * z;
        double r2 = Math.fma(z, LP3, LP2);
        double z4 = z2 * z2;
        double r3 = Math.fma(z, LP5, LP4);
        double z6 = z4 * z2;
        double r4 = Math.fma(z, LP7, LP6);
        double r = Math.fma(z6, r4, Math.fma(z4, r3, Math.fma(z, LP1, z2 * r2)));
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return Math.fma(k, LN2_HI, -((hfsq - (s * (hfsq + r) + Math.fma(k, LN2_LO, c))) - f));
    }

    // ---- log10 -----------------------------------------------------------------------------

    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double INV_LN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** log10 of a positive finite double. */
    public static double log10(double x) {
        int hx = high(x);
        int k = 0;
        if (hx < 0x00100000) { // subnormal: scale up
            k -= 54;
            x *= TWO54;
            hx = high(x);
        }
        k += (hx >> 20) - 1023;
        int i = k < 0 ? 1 : 0;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHigh(x, hx);
        double z = y * LOG10_2LO + INV_LN10 * ExpLog.log(x);
        return z + y * LOG10_2HI;
    }

    // ---- hyperbolic functions --------------------------------------------------------------

    private static final double SHUGE = 1.0e307;

    public static double sinh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) return x; // |x| < 2^-28
            double t = expm1(Math.abs(x));
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) return h * Exponential.exp(Math.abs(x));
        int lx = low(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = Exponential.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SHUGE;
    }

    public static double cosh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3fd62e43) { // |x| < ln2/2
                double t = expm1(Math.abs(x));
                double w = 1.0 + t;
                if (ix < 0x3c800000) return w;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Exponential.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) return 0.5 * Exponential.exp(Math.abs(x));
        int lx = low(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = Exponential.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) return x * x;
        return Double.POSITIVE_INFINITY;
    }

    public static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (x == 0) return x;
            if (ix < 0x3c800000) return x * (1.0 + x);
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0;
        }
        return jx >= 0 ? z : -z;
    }

    public static double asinh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x3e300000) return x; // |x| < 2^-28
        double w;
        if (ix > 0x41b00000) { // |x| > 2^28
            if (ix >= 0x7ff00000) return x + x;
            w = ExpLog.log(Math.abs(x)) + LN2;
        } else {
            double xa = Math.abs(x);
            if (ix > 0x40000000) { // 2 < |x| <= 2^28
                w = ExpLog.log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
            } else {
                double t = xa * xa;
                w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
            }
        }
        return Math.copySign(w, x);
    }

    public static double acosh(double x) {
        int hx = high(x);
        if (hx < 0x3ff00000) return Double.NaN; // x < 1
        if (hx >= 0x41b00000) { // x > 2^28
            if (hx >= 0x7ff00000) return x + x;
            return ExpLog.log(x) + LN2;
        }
        if (x == 1.0) return 0.0;
        if (hx > 0x40000000) { // 2 < x <= 2^28
            double t = x * x;
            return ExpLog.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) return x;
            t = xa + xa;
            t = 0.5 * log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * log1p((xa + xa) / (1.0 - xa));
        } else {
            if (xa > 1.0) return Double.NaN;
            return x / 0.0;
        }
        return Math.copySign(t, x);
    }
}
