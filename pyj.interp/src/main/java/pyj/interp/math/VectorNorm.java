// math.hypot and math.dist: Euclidean norms that neither overflow nor lose precision, as CPython computes them.
package pyj.interp.math;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyObject;
import pyj.interp.numerics.DoubleDouble;

/**
 * sqrt(sum of squares), made almost always correctly rounded: the coordinates are scaled by a
 * power of two so the largest lies in [0.5, 1), each square is split exactly into two doubles,
 * the heads are summed against a running total that starts at 1.0 (so each addition's error is
 * exact too) while the error terms are summed apart, and the square root gets one differential
 * correction. The same steps in the same order give CPython's last bits.
 */
final class VectorNorm {
    private VectorNorm() {}

    static void define(FunctionTable t) {
        t.vector("dist", """
                Return the Euclidean distance between two points p and q.

                The points should be specified as sequences (or iterables) of
                coordinates.  Both inputs must have the same dimension.

                Roughly equivalent to:
                    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))""", (self, args, kw) -> {
                    CallingConventions.positional("dist", args, kw, 2, 2);
                    return new PyFloat(dist(args[0], args[1]));
                });
        t.vector("hypot", """
                hypot(*coordinates) -> value

                Multidimensional Euclidean distance from the origin to a point.

                Roughly equivalent to:
                    sqrt(sum(x**2 for x in coordinates))

                For a two dimensional point (x, y), gives the hypotenuse
                using the Pythagorean theorem:  sqrt(x*x + y*y).

                For example, the hypotenuse of a 3/4/5 right triangle is:

                    >>> hypot(3.0, 4.0)
                    5.0
                """, (self, args, kw) -> {
                    CallingConventions.noKeywords("hypot", kw);
                    return new PyFloat(hypot(args));
                });
    }

    private static double hypot(PyObject[] args) {
        double[] coordinates = new double[args.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(FloatArgument.of(args[i]));
            coordinates[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return norm(coordinates, max, foundNan);
    }

    private static double dist(PyObject p, PyObject q) {
        PyObject[] ps = ObjectProtocol.toArray(p);
        PyObject[] qs = ObjectProtocol.toArray(q);
        if (ps.length != qs.length) throw PyErr.valueError("both points must have the same number of dimensions");
        double[] diffs = new double[ps.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < ps.length; i++) {
            double px = FloatArgument.of(ps[i]);
            double qx = FloatArgument.of(qs[i]);
            double x = Math.abs(px - qx);
            diffs[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return norm(diffs, max, foundNan);
    }

    /** The norm of non-negative values whose largest is {@code max}. */
    private static double norm(double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || vec.length <= 1) return max;
        int maxE = frexpExponent(max);
        if (maxE < -1023) {
            // Subnormal maximum: 2^-maxE would overflow, so bring everything into the normal range.
            for (int i = 0; i < vec.length; i++) vec[i] /= Double.MIN_NORMAL;
            return Double.MIN_NORMAL * norm(vec, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double v : vec) {
            double x = v * scale;
            DoubleDouble pr = DoubleDouble.twoProduct(x, x);
            DoubleDouble sm = DoubleDouble.fastTwoSum(csum, pr.hi());
            csum = sm.hi();
            frac1 += pr.lo();
            frac2 += sm.lo();
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        DoubleDouble pr = DoubleDouble.twoProduct(-h, h);
        DoubleDouble sm = DoubleDouble.fastTwoSum(csum, pr.hi());
        csum = sm.hi();
        frac1 += pr.lo();
        frac2 += sm.lo();
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /** The exponent frexp gives: x = m * 2^e with m in [0.5, 1), subnormals included. */
    private static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) return Math.getExponent(x * 0x1p54) - 54 + 1;
        return e + 1;
    }
}
