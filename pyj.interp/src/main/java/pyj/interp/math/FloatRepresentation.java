// The math functions about a float's representation: frexp, ldexp, modf, nextafter, ulp and the classification tests.
package pyj.interp.math;

import java.math.BigInteger;

import pyj.interp.object.NumberProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyTuple;

/** All exact operations on the bits of a double; none can round except ldexp into the subnormals. */
final class FloatRepresentation {
    private FloatRepresentation() {}

    private static final CallingConventions.KeywordSignature NEXTAFTER =
            new CallingConventions.KeywordSignature("nextafter", 2, 2, 2, "x", "y", "steps");
    private static final BigInteger UNSIGNED_LONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static void define(FunctionTable t) {
        t.single("frexp", "Return the mantissa and exponent of x, as pair (m, e).\n\n"
                + "m is a float and e is an int, such that x = m * 2.**e.\n"
                + "If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.", x -> frexp(FloatArgument.of(x)));
        t.single("isfinite", "Return True if x is neither an infinity nor a NaN, and False otherwise.",
                x -> PyBool.of(Double.isFinite(FloatArgument.of(x))));
        t.single("isinf", "Return True if x is a positive or negative infinity, and False otherwise.",
                x -> PyBool.of(Double.isInfinite(FloatArgument.of(x))));
        t.single("isnan", "Return True if x is a NaN (not a number), and False otherwise.",
                x -> PyBool.of(Double.isNaN(FloatArgument.of(x))));
        t.vector("ldexp", "Return x * (2**i).\n\nThis is essentially the inverse of frexp().", (self, args, kw) -> {
            CallingConventions.positional("ldexp", args, kw, 2, 2);
            return new PyFloat(ldexp(FloatArgument.of(args[0]), args[1]));
        });
        t.single("modf", "Return the fractional and integer parts of x.\n\n"
                + "Both results carry the sign of x and are floats.", x -> modf(FloatArgument.of(x)));
        t.vector("nextafter", "Return the floating-point value the given number of steps after x towards y.\n\n"
                + "If steps is not specified or is None, it defaults to 1.\n\n"
                + "Raises a TypeError, if x or y is not a double, or if steps is not an integer.\n"
                + "Raises ValueError if steps is negative.", FloatRepresentation::nextafter);
        t.single("ulp", "Return the value of the least significant bit of the float x.",
                x -> new PyFloat(ulp(FloatArgument.of(x))));
    }

    private static PyObject frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) return PyTuple.of(new PyFloat(x), PyInt.ZERO);
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54;
        return PyTuple.of(new PyFloat(Math.scalb(x, -(e + 1))), PyInt.of(e + 1));
    }

    /** ldexp takes only an int exponent; one beyond C's long is clamped, as PyLong_AsLongAndOverflow does. */
    private static double ldexp(double x, PyObject i) {
        if (!(i instanceof PyInt n)) throw PyErr.typeError("Expected an int as second argument to ldexp.");
        long exp = n.isSmall() ? n.value : n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (x == 0 || !Double.isFinite(x)) return x;
        if (exp > Integer.MAX_VALUE) throw MathErrors.range();
        if (exp < Integer.MIN_VALUE) return Math.copySign(0.0, x);
        double r = Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) throw MathErrors.range();
        return r;
    }

    private static PyObject modf(double x) {
        if (Double.isInfinite(x)) return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        if (Double.isNaN(x)) return PyTuple.of(new PyFloat(x), new PyFloat(x));
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        x = Math.abs(x);
        if (Double.isInfinite(x)) return x;
        double next = Math.nextUp(x);
        if (Double.isInfinite(next)) return x - Math.nextDown(x);
        return next - x;
    }

    private static PyObject nextafter(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = NEXTAFTER.bind(args, kwnames);
        double x = FloatArgument.of(a[0]);
        double y = FloatArgument.of(a[1]);
        if (a[2] == null || a[2] == PySingleton.NONE) return new PyFloat(Math.nextAfter(x, y));
        PyInt steps = NumberProtocol.index(a[2]);
        if (steps.signum() < 0) throw PyErr.valueError("steps must be a non-negative integer");
        // Steps are counted as an unsigned 64-bit integer; more than that many all reach y.
        BigInteger big = steps.bigValue();
        long usteps = big.compareTo(UNSIGNED_LONG_MAX) >= 0 ? -1L : big.longValue();
        return new PyFloat(stepTowards(x, y, usteps));
    }

    /**
     * x moved {@code usteps} (unsigned) representable values towards y, stopping at y: doubles of one
     * sign are ordered like their bit patterns, so the steps are integer arithmetic on the bits.
     */
    private static double stepTowards(double x, double y, long usteps) {
        if (usteps == 0 || Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        long ux = Double.doubleToRawLongBits(x);
        long uy = Double.doubleToRawLongBits(y);
        if (ux == uy) return x;
        long signBit = Long.MIN_VALUE;
        long ax = ux & ~signBit;
        long ay = uy & ~signBit;
        if (((ux ^ uy) & signBit) != 0) {
            // Opposite signs: through zero (ax + ay cannot overflow, neither has its top bit set).
            if (Long.compareUnsigned(ax + ay, usteps) <= 0) return y;
            if (Long.compareUnsigned(ax, usteps) < 0) {
                return Double.longBitsToDouble((uy & signBit) | (usteps - ax));
            }
            return Double.longBitsToDouble(ux - usteps);
        }
        if (Long.compareUnsigned(ax, ay) > 0) {
            if (Long.compareUnsigned(ax - ay, usteps) >= 0) return Double.longBitsToDouble(ux - usteps);
            return y;
        }
        if (Long.compareUnsigned(ay - ax, usteps) >= 0) return Double.longBitsToDouble(ux + usteps);
        return y;
    }
}
