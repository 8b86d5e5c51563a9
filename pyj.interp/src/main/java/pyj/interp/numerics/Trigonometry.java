// Correctly rounded sin, cos, tan, atan, asin, acos and atan2, matching glibc's nearly correctly rounded ones.
package pyj.interp.numerics;

import java.math.BigDecimal;

/**
 * glibc's trigonometric functions (IBM's Accurate Mathematical Library) return the correctly rounded
 * result in all but rare cases, where Java's fdlibm-derived ones are off by an ulp in a few percent
 * of arguments. These evaluate in double-double arithmetic and round correctly; the inverse
 * functions take one Newton step from StrictMath's value using the double-double sine and cosine.
 */
public final class Trigonometry {
    private Trigonometry() {}

    private static final double ERR = ExpLog.ERR;
    public static final DoubleDouble PI = new DoubleDouble(0x1.921fb54442d18p1, 0x1.1a62633145c07p-53);
    public static final DoubleDouble HALF_PI = PI.scale(-1);
    private static final double QUARTER_PI = Math.PI / 4;
    /** (-1)^k / (2k+1)! and (-1)^k / (2k)!, enough Taylor terms for |r| up to 0.8 (used to build the table). */
    private static final DoubleDouble[] SIN_COEFFICIENTS = coefficients(1, 15);
    private static final DoubleDouble[] COS_COEFFICIENTS = coefficients(0, 16);
    /** sin(j/64) and cos(j/64) for j = 0..52, which covers |r| <= pi/4 with room to spare. */
    private static final DoubleDouble[] SIN_TABLE = new DoubleDouble[53];
    private static final DoubleDouble[] COS_TABLE = new DoubleDouble[53];
    private static final DoubleDouble SIXTH = SIN_COEFFICIENTS[1].negate();
    private static final DoubleDouble ONE_120TH = SIN_COEFFICIENTS[2];
    private static final DoubleDouble ONE_24TH = COS_COEFFICIENTS[2];

    static {
        for (int j = 0; j < SIN_TABLE.length; j++) {
            DoubleDouble a = DoubleDouble.of(j / 64.0);
            SIN_TABLE[j] = taylorSin(a);
            COS_TABLE[j] = taylorCos(a);
        }
    }

    /** (-1)^k / (first + 2k)! for first 0 or 1, each from the one before by a double-double division. */
    private static DoubleDouble[] coefficients(int first, int count) {
        DoubleDouble[] out = new DoubleDouble[count];
        DoubleDouble c = DoubleDouble.ONE;
        for (int k = 0; k < count; k++) {
            int n = first + 2 * k;
            if (k > 0) c = c.divide(DoubleDouble.of(-(double) (n - 1) * n));
            out[k] = c;
        }
        return out;
    }

    private static DoubleDouble taylorSin(DoubleDouble r) {
        DoubleDouble z = r.multiply(r);
        DoubleDouble p = SIN_COEFFICIENTS[SIN_COEFFICIENTS.length - 1];
        for (int k = SIN_COEFFICIENTS.length - 2; k >= 0; k--) p = p.multiply(z).add(SIN_COEFFICIENTS[k]);
        return p.multiply(r);
    }

    private static DoubleDouble taylorCos(DoubleDouble r) {
        DoubleDouble z = r.multiply(r);
        DoubleDouble p = COS_COEFFICIENTS[COS_COEFFICIENTS.length - 1];
        for (int k = COS_COEFFICIENTS.length - 2; k >= 0; k--) p = p.multiply(z).add(COS_COEFFICIENTS[k]);
        return p;
    }

    // ---- kernels on a reduced argument -----------------------------------------------------

    private record SinCos(DoubleDouble sin, DoubleDouble cos) {}

    /**
     * sin and cos of |r| <= 0.8 or so: r = j/64 + b with |b| <= 1/128, the table giving the
     * functions of j/64 and short series those of b. The series carry their leading terms in
     * double-double and the rest, below 2^-50 of the result, in plain doubles.
     */
    private static SinCos sinCos(DoubleDouble r) {
        int j = (int) Math.rint(r.hi() * 64);
        DoubleDouble b = j == 0 ? r : DoubleDouble.twoSum(r.hi() - j / 64.0, r.lo());
        DoubleDouble z = b.multiply(b);
        double zh = z.hi();
        double sinTail = -1.0 / 5040 + zh * (1.0 / 362880 - zh * (1.0 / 39916800));
        DoubleDouble sinInner = z.multiply(ONE_120TH.add(zh * sinTail)).subtract(SIXTH);
        DoubleDouble sb = b.multiply(DoubleDouble.ONE.add(z.multiply(sinInner)));
        double cosTail = -1.0 / 720 + zh * (1.0 / 40320 - zh * (1.0 / 3628800));
        DoubleDouble cosInner = z.multiply(ONE_24TH.add(zh * cosTail)).add(-0.5);
        DoubleDouble cb = DoubleDouble.ONE.add(z.multiply(cosInner));
        if (j == 0) return new SinCos(sb, cb);
        DoubleDouble sa = SIN_TABLE[Math.abs(j)];
        DoubleDouble ca = COS_TABLE[Math.abs(j)];
        if (j < 0) sa = sa.negate();
        return new SinCos(sa.multiply(cb).add(ca.multiply(sb)), ca.multiply(cb).subtract(sa.multiply(sb)));
    }

    /** sin of n*pi/2 + r. */
    private static DoubleDouble sinOf(QuadrantReduction.Reduced red) {
        SinCos sc = sinCos(red.r());
        return switch (red.quadrant()) {
            case 0 -> sc.sin();
            case 1 -> sc.cos();
            case 2 -> sc.sin().negate();
            default -> sc.cos().negate();
        };
    }

    private static DoubleDouble cosOf(QuadrantReduction.Reduced red) {
        SinCos sc = sinCos(red.r());
        return switch (red.quadrant()) {
            case 0 -> sc.cos();
            case 1 -> sc.sin().negate();
            case 2 -> sc.cos().negate();
            default -> sc.sin();
        };
    }

    /** An angle within [-pi/2, pi/2], as a reduced argument. */
    private static QuadrantReduction.Reduced reduceSmall(double a) {
        if (Math.abs(a) <= QUARTER_PI) return new QuadrantReduction.Reduced(0, DoubleDouble.of(a));
        return a > 0 ? new QuadrantReduction.Reduced(1, DoubleDouble.of(a).subtract(HALF_PI))
                : new QuadrantReduction.Reduced(3, DoubleDouble.of(a).add(HALF_PI));
    }

    // ---- sin, cos, tan ---------------------------------------------------------------------

    /** sin of a finite double. */
    public static double sin(double x) {
        // Below 2^-27, x - x^3/6 is within half an ulp of x.
        if (Math.abs(x) < 0x1p-27) return x;
        double r = NearestDouble.round(sinOf(QuadrantReduction.reduce(x)), ERR);
        return NearestDouble.undecided(r) ? HighPrecision.round(HighPrecision.sin(x)) : r;
    }

    /** cos of a finite double. */
    public static double cos(double x) {
        if (Math.abs(x) < 0x1p-27) return 1.0;
        double r = NearestDouble.round(cosOf(QuadrantReduction.reduce(x)), ERR);
        return NearestDouble.undecided(r) ? HighPrecision.round(HighPrecision.cos(x)) : r;
    }

    /** tan of a finite double. */
    public static double tan(double x) {
        if (Math.abs(x) < 0x1p-27) return x;
        QuadrantReduction.Reduced red = QuadrantReduction.reduce(x);
        SinCos sc = sinCos(red.r());
        DoubleDouble t = (red.quadrant() & 1) == 0 ? sc.sin().divide(sc.cos()) : sc.cos().divide(sc.sin()).negate();
        double r = NearestDouble.round(t, ERR);
        return NearestDouble.undecided(r) ? HighPrecision.round(HighPrecision.tan(x)) : r;
    }

    // ---- inverse functions -----------------------------------------------------------------

    /**
     * atan(q) from a close first guess y0: the exact correction is atan(tan(y - y0)) with
     * tan(y - y0) = (q cos y0 - sin y0) / (cos y0 + q sin y0); the correction is about 2^-53 y0, so
     * dropping its cube leaves nothing.
     */
    private static DoubleDouble atanFrom(DoubleDouble q, double y0) {
        QuadrantReduction.Reduced red = reduceSmall(y0);
        SinCos sc = sinCos(red.r());
        boolean shifted = red.quadrant() != 0;
        // A shifted angle is y0 -+ pi/2: its sine and cosine trade places, one changing sign.
        DoubleDouble s = !shifted ? sc.sin() : red.quadrant() == 1 ? sc.cos() : sc.cos().negate();
        DoubleDouble c = !shifted ? sc.cos() : red.quadrant() == 1 ? sc.sin().negate() : sc.sin();
        DoubleDouble num = q.multiply(c).subtract(s);
        DoubleDouble den = c.add(q.multiply(s));
        return DoubleDouble.of(y0).add(num.divide(den));
    }

    /** atan of a non-negative double-double, not tiny (the callers handle those). */
    private static DoubleDouble atanPositive(DoubleDouble q) {
        if (q.hi() > 0x1p27) {
            // atan(q) = pi/2 - u + u^3/3 with u = 1/q below 2^-27; the next term is below 2^-135.
            DoubleDouble u = DoubleDouble.ONE.divide(q);
            DoubleDouble u3 = u.multiply(u).multiply(u).multiply(1.0 / 3);
            return HALF_PI.subtract(u).add(u3.hi());
        }
        return atanFrom(q, StrictMath.atan(q.hi()));
    }

    public static double atan(double x) {
        if (x != x) return x;
        if (Math.abs(x) < 0x1p-27) return x;
        if (Double.isInfinite(x)) return Math.copySign(HALF_PI.hi(), x);
        DoubleDouble a = atanPositive(DoubleDouble.of(Math.abs(x)));
        double r = NearestDouble.round(a, ERR);
        if (NearestDouble.undecided(r)) r = HighPrecision.round(HighPrecision.atan(new BigDecimal(Math.abs(x))));
        return Math.copySign(r, x);
    }

    /** asin of a double in [-1, 1]. */
    public static double asin(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-27) return x;
        if (ax == 1) return Math.copySign(HALF_PI.hi(), x);
        // asin x = atan(x / sqrt((1-x)(1+x))); both factors are exact double-doubles.
        DoubleDouble w = DoubleDouble.twoSum(1, -ax).multiply(DoubleDouble.twoSum(1, ax));
        DoubleDouble q = DoubleDouble.of(ax).divide(w.sqrt());
        DoubleDouble a = atanFrom(q, StrictMath.asin(ax));
        double r = NearestDouble.round(a, ERR);
        if (NearestDouble.undecided(r)) {
            BigDecimal bx = new BigDecimal(ax);
            BigDecimal root = HighPrecision.sqrt(BigDecimal.ONE.subtract(bx.multiply(bx)));
            r = HighPrecision.round(HighPrecision.atan(bx.divide(root, HighPrecision.MC)));
        }
        return Math.copySign(r, x);
    }

    /** acos of a double in [-1, 1]. */
    public static double acos(double x) {
        if (x == 1) return 0.0;
        if (x == -1) return PI.hi();
        if (Math.abs(x) < 0x1p-57) return HALF_PI.hi();
        // acos x = 2 atan(sqrt((1-x)/(1+x))).
        DoubleDouble ratio = DoubleDouble.twoSum(1, -x).divide(DoubleDouble.twoSum(1, x));
        DoubleDouble a = atanFrom(ratio.sqrt(), StrictMath.acos(x) / 2).scale(1);
        double r = NearestDouble.round(a, ERR);
        if (NearestDouble.undecided(r)) {
            BigDecimal bx = new BigDecimal(x);
            BigDecimal q = BigDecimal.ONE.subtract(bx).divide(BigDecimal.ONE.add(bx), HighPrecision.MC);
            r = HighPrecision.round(HighPrecision.atan(HighPrecision.sqrt(q)).multiply(BigDecimal.valueOf(2)));
        }
        return r;
    }

    /** atan2 with C99's special values. */
    public static double atan2(double y, double x) {
        if (x != x || y != y) return x + y;
        if (y == 0) {
            boolean xNegative = x < 0 || (x == 0 && 1 / x < 0);
            return xNegative ? Math.copySign(PI.hi(), y) : y;
        }
        if (x == 0) return Math.copySign(HALF_PI.hi(), y);
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                double angle = x > 0 ? QUARTER_PI : roundedThreeQuarterPi();
                return Math.copySign(angle, y);
            }
            return Math.copySign(HALF_PI.hi(), y);
        }
        if (Double.isInfinite(x)) return x > 0 ? Math.copySign(0.0, y) : Math.copySign(PI.hi(), y);
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (Math.max(ax, ay) < 0x1p-900) {
            // Scaling both up changes no angle and keeps the quotient's residual exact.
            ax *= 0x1p600;
            ay *= 0x1p600;
        }
        int gap = Math.getExponent(ay) - Math.getExponent(ax);
        DoubleDouble a;
        if (gap > 60) {
            // |y| dwarfs |x|: pi/2 -+ |x/y|, the cube of the ratio far below the last bit.
            DoubleDouble u = DoubleDouble.quotient(ax, ay);
            a = x > 0 ? HALF_PI.subtract(u) : HALF_PI.add(u);
        } else if (gap < -60) {
            if (x > 0) return y / x;
            a = PI.subtract(DoubleDouble.quotient(ay, ax));
        } else {
            // Bring the larger to [1, 2) so that neither is subnormal and the quotient's residual is exact.
            int s = -Math.getExponent(Math.max(ax, ay));
            DoubleDouble t = atanPositive(DoubleDouble.quotient(Math.scalb(ay, s), Math.scalb(ax, s)));
            a = x > 0 ? t : PI.subtract(t);
        }
        double r = NearestDouble.round(a, ERR);
        if (NearestDouble.undecided(r)) {
            BigDecimal t = HighPrecision.atan(new BigDecimal(ay).divide(new BigDecimal(ax), HighPrecision.MC));
            r = HighPrecision.round(x > 0 ? t : HighPrecision.PI.subtract(t, HighPrecision.MC));
        }
        return Math.copySign(r, y);
    }

    private static double roundedThreeQuarterPi() { return NearestDouble.round(PI.multiply(0.75), ERR); }
}
