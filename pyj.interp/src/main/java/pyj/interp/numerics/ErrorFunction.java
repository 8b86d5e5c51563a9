// erf and erfc as glibc 2.36 computes them: fdlibm's rational approximations in glibc's evaluation order.
package pyj.interp.numerics;

/**
 * Sun's fdlibm erf/erfc (freely redistributable, as its notice says), with the polynomial
 * evaluation regrouped the way glibc's copy does it (pairs of terms and even powers, for pipelined
 * processors). The exponentials go to {@link ExpLog#exp}, as glibc's go to its own exp. The
 * results are within an ulp but not correctly rounded, so the order of operations is part of the
 * answer.
 */
public final class ErrorFunction {
    private ErrorFunction() {}

    private static final double TINY = 1e-300;
    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;

    // erf on [0, 0.84375]
    private static final double PP0 = 1.28379167095512558561e-01;
    private static final double PP1 = -3.25042107247001499370e-01;
    private static final double PP2 = -2.84817495755985104766e-02;
    private static final double PP3 = -5.77027029648944159157e-03;
    private static final double PP4 = -2.37630166566501626084e-05;
    private static final double QQ1 = 3.97917223959155352819e-01;
    private static final double QQ2 = 6.50222499887672944485e-02;
    private static final double QQ3 = 5.08130628187576562776e-03;
    private static final double QQ4 = 1.32494738004321644526e-04;
    private static final double QQ5 = -3.96022827877536812320e-06;

    // erf on [0.84375, 1.25]
    private static final double PA0 = -2.36211856075265944077e-03;
    private static final double PA1 = 4.14856118683748331666e-01;
    private static final double PA2 = -3.72207876035701323847e-01;
    private static final double PA3 = 3.18346619901161753674e-01;
    private static final double PA4 = -1.10894694282396677476e-01;
    private static final double PA5 = 3.54783043256182359371e-02;
    private static final double PA6 = -2.16637559486879084300e-03;
    private static final double QA1 = 1.06420880400844228286e-01;
    private static final double QA2 = 5.40397917702171048937e-01;
    private static final double QA3 = 7.18286544141962662868e-02;
    private static final double QA4 = 1.26171219808761642112e-01;
    private static final double QA5 = 1.36370839120290507362e-02;
    private static final double QA6 = 1.19844998467991074170e-02;

    // erfc on [1.25, 1/0.35]
    private static final double RA0 = -9.86494403484714822705e-03;
    private static final double RA1 = -6.93858572707181764372e-01;
    private static final double RA2 = -1.05586262253232909814e+01;
    private static final double RA3 = -6.23753324503260060396e+01;
    private static final double RA4 = -1.62396669462573470355e+02;
    private static final double RA5 = -1.84605092906711035994e+02;
    private static final double RA6 = -8.12874355063065934246e+01;
    private static final double RA7 = -9.81432934416914548592e+00;
    private static final double SA1 = 1.96512716674392571292e+01;
    private static final double SA2 = 1.37657754143519042600e+02;
    private static final double SA3 = 4.34565877475229228821e+02;
    private static final double SA4 = 6.45387271733267880336e+02;
    private static final double SA5 = 4.29008140027567833386e+02;
    private static final double SA6 = 1.08635005541779435134e+02;
    private static final double SA7 = 6.57024977031928170135e+00;
    private static final double SA8 = -6.04244152148580987438e-02;

    // erfc on [1/0.35, 28]
    private static final double RB0 = -9.86494292470009928597e-03;
    private static final double RB1 = -7.99283237680523006574e-01;
    private static final double RB2 = -1.77579549177547519889e+01;
    private static final double RB3 = -1.60636384855821916062e+02;
    private static final double RB4 = -6.37566443368389627722e+02;
    private static final double RB5 = -1.02509513161107724954e+03;
    private static final double RB6 = -4.83519191608651397019e+02;
    private static final double SB1 = 3.03380607434824582924e+01;
    private static final double SB2 = 3.25792512996573918826e+02;
    private static final double SB3 = 1.53672958608443695994e+03;
    private static final double SB4 = 3.19985821950859553908e+03;
    private static final double SB5 = 2.55305040643316442583e+03;
    private static final double SB6 = 4.74528541206955367215e+02;
    private static final double SB7 = -2.24409524465858183362e+01;

    /** (erf(x) - x) / x on |x| < 0.84375, as the ratio of two polynomials in x^2. */
    private static double smallRatio(double x) {
        double z = x * x;
        double r1 = PP0 + z * PP1;
        double z2 = z * z;
        double r2 = PP2 + z * PP3;
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ1;
        double s2 = QQ2 + z * QQ3;
        double s3 = QQ4 + z * QQ5;
        double r = r1 + z2 * r2 + z4 * PP4;
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q with erf(1+s) = erx + P/Q on 0.84375 <= |x| < 1.25. */
    private static double nearOne(double s) {
        double p1 = PA0 + s * PA1;
        double s2 = s * s;
        double q1 = 1.0 + s * QA1;
        double s4 = s2 * s2;
        double p2 = PA2 + s * PA3;
        double s6 = s4 * s2;
        double q2 = QA2 + s * QA3;
        double p3 = PA4 + s * PA5;
        double q3 = QA4 + s * QA5;
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
        return p / q;
    }

    /** exp(-x*x - 0.5625 + R/S) for 1.25 <= x < 28 (x positive), the tail both functions share. */
    private static double tail(double x, boolean narrow) {
        double s = 1.0 / (x * x);
        double r;
        double q;
        if (narrow) { // x < 1/0.35
            double r1 = RA0 + s * RA1;
            double s2 = s * s;
            double q1 = 1.0 + s * SA1;
            double s4 = s2 * s2;
            double r2 = RA2 + s * RA3;
            double s6 = s4 * s2;
            double q2 = SA2 + s * SA3;
            double s8 = s4 * s4;
            double r3 = RA4 + s * RA5;
            double q3 = SA4 + s * SA5;
            double r4 = RA6 + s * RA7;
            double q4 = SA6 + s * SA7;
            r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA8;
        } else {
            double r1 = RB0 + s * RB1;
            double s2 = s * s;
            double q1 = 1.0 + s * SB1;
            double s4 = s2 * s2;
            double r2 = RB2 + s * RB3;
            double s6 = s4 * s2;
            double q2 = SB2 + s * SB3;
            double r3 = RB4 + s * RB5;
            double q3 = SB4 + s * SB5;
            double q4 = SB6 + s * SB7;
            r = r1 + s2 * r2 + s4 * r3 + s6 * RB6;
            q = q1 + s2 * q2 + s4 * q3 + s6 * q4;
        }
        // -x*x split as -z*z + (z-x)(z+x), z being x with its low word cleared, so z*z is exact.
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFF_FFFF_0000_0000L);
        return Exponential.exp(-z * z - 0.5625) * Exponential.exp((z - x) * (z + x) + r / q);
    }

    public static double erf(double x) {
        int hx = Fdlibm.high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) { // NaN, or +-1 at +-inf
            int i = (hx >>> 31) << 1;
            return (1 - i) + 1.0 / x;
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3e300000) { // |x| < 2^-28
                if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                return x + EFX * x;
            }
            return x + x * smallRatio(x);
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = nearOne(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) return hx >= 0 ? 1.0 - TINY : TINY - 1.0; // |x| >= 6
        double ax = Math.abs(x);
        double r = tail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    public static double erfc(double x) {
        int hx = Fdlibm.high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return ((hx >>> 31) << 1) + 1.0 / x; // NaN, 0 at +inf, 2 at -inf
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3c700000) return 1.0 - x; // |x| < 2^-56
            double y = smallRatio(x);
            if (hx < 0x3fd00000) return 1.0 - (x + x * y); // x < 1/4
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = nearOne(Math.abs(x) - 1.0);
            if (hx >= 0) {
                double z = 1.0 - ERX;
                return z - pq;
            }
            double z = ERX + pq;
            return 1.0 + z;
        }
        if (ix < 0x403c0000) { // |x| < 28
            double ax = Math.abs(x);
            if (ix >= 0x4006DB6D && hx < 0 && ix >= 0x40180000) return 2.0 - TINY; // x < -6
            double r = tail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
