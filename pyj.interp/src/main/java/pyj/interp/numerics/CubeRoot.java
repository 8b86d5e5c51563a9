// cbrt as glibc 2.36 computes it on x86-64, which is not correctly rounded, so its steps are the specification.
package pyj.interp.numerics;

/**
 * glibc's cube root: a degree-6 polynomial guess on the mantissa in [0.5, 1), one Halley step, and
 * a scale by the cube root of 2 for the exponent's remainder modulo 3. It is off by an ulp for
 * about half of all arguments compared with the correctly rounded root, so CPython on Linux prints
 * these values and pyj reproduces them.
 */
public final class CubeRoot {
    private CubeRoot() {}

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    public static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        // frexp: |x| = xm * 2^xe with xm in [0.5, 1).
        double ax = Math.abs(x);
        int xe;
        if (Math.getExponent(ax) == Double.MIN_EXPONENT - 1) {
            ax *= 0x1p54;
            xe = Math.getExponent(ax) + 1 - 54;
        } else {
            xe = Math.getExponent(ax) + 1;
        }
        double xm = Math.scalb(ax, -(Math.getExponent(ax) + 1));
        double u = 0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }
}
