// Rounding a double-double approximation to the nearest double, or reporting that it is too close to call.
package pyj.interp.numerics;

/**
 * Ziv's rounding test. Given an approximation {@code v} of a real number with relative error at most
 * {@code err}, the nearest double of {@code v * 2^scale} is certain unless the error interval around
 * {@code v} contains a point halfway between two doubles; then {@link #UNDECIDED} asks the caller for
 * a more precise value. The scale lets results that overflow or fall among the subnormals be
 * rounded once, at their own precision, instead of rounding a rounded value.
 */
public final class NearestDouble {
    private NearestDouble() {}

    /** Returned when the approximation cannot decide the rounding (never a legitimate result here). */
    public static final double UNDECIDED = Double.NaN;

    public static boolean undecided(double r) { return r != r; }

    public static double round(DoubleDouble v, double err) { return round(v, 0, err); }

    public static double round(DoubleDouble v, int scale, double err) {
        DoubleDouble n = DoubleDouble.twoSum(v.hi(), v.lo());
        double h = n.hi();
        double l = n.lo();
        if (h == 0) return h;
        int e = Math.getExponent(h) + scale;
        if (e < Double.MIN_EXPONENT) return roundSubnormal(h, l, scale, err);
        // Work with a positive head so "up" means away from zero.
        double ah = Math.abs(h);
        double al = h < 0 ? -l : l;
        double bound = err * ah;
        double halfUp = Math.ulp(ah) / 2;
        double halfDown = isPowerOfTwo(ah) ? halfUp / 2 : halfUp;
        if (al + bound >= halfUp || al - bound <= -halfDown) return UNDECIDED;
        return Math.scalb(h, scale);
    }

    /** Rounding on the fixed grid of multiples of 2^-1074. */
    private static double roundSubnormal(double h, double l, int scale, double err) {
        if (Math.getExponent(h) + scale < Double.MIN_EXPONENT - 54) {
            // Below a quarter of the smallest subnormal: certainly rounds to zero.
            return Math.copySign(0.0, h);
        }
        int q = scale + 1074;
        double a = Math.scalb(h, q);
        double b = Math.scalb(l, q);
        double n = Math.rint(a);
        double d = (a - n) + b;
        if (d > 0.5) {
            n += 1;
            d -= 1;
        } else if (d < -0.5) {
            n -= 1;
            d += 1;
        }
        if (Math.abs(d) + err * Math.abs(a) >= 0.5) return UNDECIDED;
        return n == 0 ? Math.copySign(0.0, h) : Math.scalb(n, -1074);
    }

    private static boolean isPowerOfTwo(double a) {
        return (Double.doubleToRawLongBits(a) & 0x000F_FFFF_FFFF_FFFFL) == 0;
    }
}
