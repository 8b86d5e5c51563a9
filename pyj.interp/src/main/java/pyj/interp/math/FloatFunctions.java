// The math module's functions of floats: trigonometric, hyperbolic, exponential, power, error and gamma functions.
package pyj.interp.math;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyObject;
import pyj.interp.numerics.CubeRoot;
import pyj.interp.numerics.ErrorFunction;
import pyj.interp.numerics.ExpLog;
import pyj.interp.numerics.Exponential;
import pyj.interp.numerics.Fdlibm;
import pyj.interp.numerics.GammaFunction;
import pyj.interp.numerics.Trigonometry;

/**
 * Each function converts its arguments with {@link FloatArgument}, computes what C's libm (glibc)
 * computes, and turns NaNs and infinities into Python's errors by CPython's rules (math_1,
 * math_1a, math_2 and the special wrappers of pow, fmod and fma).
 */
final class FloatFunctions {
    private FloatFunctions() {}

    private static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;
    private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;

    private static final CallingConventions.KeywordSignature ISCLOSE =
            new CallingConventions.KeywordSignature("isclose", 0, 2, 2, "a", "b", "rel_tol", "abs_tol");

    static void define(FunctionTable t) {
        unary(t, "acos", "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.",
                x -> Math.abs(x) <= 1 ? Trigonometry.acos(x) : Double.NaN, false);
        unary(t, "acosh", "Return the inverse hyperbolic cosine of x.", Fdlibm::acosh, false);
        unary(t, "asin", "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.",
                x -> Math.abs(x) <= 1 ? Trigonometry.asin(x) : Double.NaN, false);
        unary(t, "asinh", "Return the inverse hyperbolic sine of x.", Fdlibm::asinh, false);
        unary(t, "atan", "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.",
                Trigonometry::atan, false);
        binary(t, "atan2", "Return the arc tangent (measured in radians) of y/x.\n\n"
                + "Unlike atan(y/x), the signs of both x and y are considered.", Trigonometry::atan2);
        unary(t, "atanh", "Return the inverse hyperbolic tangent of x.", Fdlibm::atanh, false);
        unary(t, "cbrt", "Return the cube root of x.", CubeRoot::cbrt, false);
        binary(t, "copysign", "Return a float with the magnitude (absolute value) of x but the sign of y.\n\n"
                + "On platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n", Math::copySign);
        unary(t, "cos", "Return the cosine of x (measured in radians).",
                x -> Double.isFinite(x) ? Trigonometry.cos(x) : x - x, false);
        unary(t, "cosh", "Return the hyperbolic cosine of x.", Fdlibm::cosh, true);
        t.single("degrees", "Convert angle x from radians to degrees.",
                x -> new PyFloat(FloatArgument.of(x) * DEGREES_PER_RADIAN));
        t.single("erf", "Error function at x.", x -> new PyFloat(ErrorFunction.erf(FloatArgument.of(x))));
        t.single("erfc", "Complementary error function at x.",
                x -> new PyFloat(ErrorFunction.erfc(FloatArgument.of(x))));
        unary(t, "exp", "Return e raised to the power of x.", Exponential::exp, true);
        unary(t, "exp2", "Return 2 raised to the power of x.", Exponential::exp2, true);
        unary(t, "expm1", "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct "
                + "evaluation of exp(x)-1 for small x.", Fdlibm::expm1, true);
        unary(t, "fabs", "Return the absolute value of the float x.", Math::abs, false);
        t.vector("fma", "Fused multiply-add operation.\n\nCompute (x * y) + z with a single round.",
                (self, args, kw) -> {
                    CallingConventions.positional("fma", args, kw, 3, 3);
                    return fma(FloatArgument.of(args[0]), FloatArgument.of(args[1]), FloatArgument.of(args[2]));
                });
        t.vector("fmod", "Return fmod(x, y), according to platform C.\n\nx % y may differ.", (self, args, kw) -> {
            CallingConventions.positional("fmod", args, kw, 2, 2);
            return new PyFloat(fmod(FloatArgument.of(args[0]), FloatArgument.of(args[1])));
        });
        t.single("gamma", "Gamma function at x.", FloatFunctions::gamma);
        t.vector("isclose", ISCLOSE_DOC, FloatFunctions::isclose);
        t.single("lgamma", "Natural logarithm of absolute value of Gamma function at x.", FloatFunctions::lgamma);
        unary(t, "log1p", "Return the natural logarithm of 1+x (base e).\n\n"
                + "The result is computed in a way which is accurate for x near zero.", Fdlibm::log1p, false);
        t.vector("pow", "Return x**y (x to the power of y).", (self, args, kw) -> {
            CallingConventions.positional("pow", args, kw, 2, 2);
            return new PyFloat(pow(FloatArgument.of(args[0]), FloatArgument.of(args[1])));
        });
        t.single("radians", "Convert angle x from degrees to radians.",
                x -> new PyFloat(FloatArgument.of(x) * RADIANS_PER_DEGREE));
        binary(t, "remainder", "Difference between x and the closest integer multiple of y.\n\n"
                + "Return x - n*y where n*y is the closest integer multiple of y.\n"
                + "In the case where x is exactly halfway between two multiples of\n"
                + "y, the nearest even value of n is used. The result is always exact.", FloatFunctions::remainder);
        unary(t, "sin", "Return the sine of x (measured in radians).",
                x -> Double.isFinite(x) ? Trigonometry.sin(x) : x - x, false);
        unary(t, "sinh", "Return the hyperbolic sine of x.", Fdlibm::sinh, true);
        unary(t, "sqrt", "Return the square root of x.", Math::sqrt, false);
        unary(t, "tan", "Return the tangent of x (measured in radians).",
                x -> Double.isFinite(x) ? Trigonometry.tan(x) : x - x, false);
        unary(t, "tanh", "Return the hyperbolic tangent of x.", Fdlibm::tanh, false);
    }

    private static final String ISCLOSE_DOC = """
            Determine whether two floating-point numbers are close in value.

              rel_tol
                maximum difference for being considered "close", relative to the
                magnitude of the input values
              abs_tol
                maximum difference for being considered "close", regardless of the
                magnitude of the input values

            Return True if a is close in value to b, and False otherwise.

            For the values to be considered close, the difference between them
            must be smaller than at least one of the tolerances.

            -inf, inf and NaN behave similarly to the IEEE 754 Standard.  That
            is, NaN is not close to anything, even itself.  inf and -inf are
            only close to themselves.""";

    /** math_1: a libm function of one double, errors inferred from the result. */
    private static void unary(FunctionTable t, String name, String doc, DoubleUnaryOperator f, boolean canOverflow) {
        t.single(name, doc, arg -> {
            double x = FloatArgument.of(arg);
            return new PyFloat(MathErrors.checkUnary(x, f.applyAsDouble(x), canOverflow));
        });
    }

    /** math_2: a libm function of two doubles. */
    private static void binary(FunctionTable t, String name, String doc, DoubleBinaryOperator f) {
        t.vector(name, doc, (self, args, kw) -> {
            CallingConventions.positional(name, args, kw, 2, 2);
            double x = FloatArgument.of(args[0]);
            double y = FloatArgument.of(args[1]);
            return new PyFloat(MathErrors.checkBinary(x, y, f.applyAsDouble(x, y)));
        });
    }

    // ---- functions with their own error rules ----------------------------------------------

    /** tgamma sets EDOM at poles and for -inf, ERANGE on overflow. */
    private static PyObject gamma(PyObject arg) {
        double x = FloatArgument.of(arg);
        double r = GammaFunction.gamma(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw MathErrors.domain();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw x == 0 ? MathErrors.domain() : MathErrors.range();
        return new PyFloat(r);
    }

    /** lgamma sets EDOM at the poles (the non-positive integers), ERANGE on overflow. */
    private static PyObject lgamma(PyObject arg) {
        double x = FloatArgument.of(arg);
        double r = GammaFunction.lgamma(x);
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw x <= 0 && x == Math.floor(x) ? MathErrors.domain() : MathErrors.range();
        }
        return new PyFloat(r);
    }

    /** math.pow: C99's pow, with CPython's errors where finite arguments give NaN or infinity. */
    private static double pow(double x, double y) {
        double r = ExpLog.pow(x, y);
        if (!Double.isFinite(x) || !Double.isFinite(y)) return r;
        if (Double.isNaN(r)) throw MathErrors.domain();
        if (Double.isInfinite(r)) throw x == 0 ? MathErrors.domain() : MathErrors.range();
        return r;
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) return x;
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw MathErrors.domain();
        return r;
    }

    /** IEEE 754 remainder, exact: x minus the nearest multiple of y (ties to the even multiple). */
    private static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0) return Double.NaN;
            double ax = Math.abs(x);
            double ay = Math.abs(y);
            double m = ax % ay;
            // Comparing m with ay - m rather than with ay/2, which may not be representable.
            double c = ay - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (ax - m)) % ay);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x)) return Double.NaN;
        return x;
    }

    private static PyObject fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (Double.isFinite(r)) return new PyFloat(r);
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                throw PyErr.valueError("invalid operation in fma");
            }
        } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "overflow in fma");
        }
        return new PyFloat(r);
    }

    private static PyObject isclose(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = ISCLOSE.bind(args, kwnames);
        double x = FloatArgument.of(a[0]);
        double y = FloatArgument.of(a[1]);
        double relTol = a[2] == null ? 1e-09 : FloatArgument.of(a[2]);
        double absTol = a[3] == null ? 0.0 : FloatArgument.of(a[3]);
        if (relTol < 0.0 || absTol < 0.0) throw PyErr.valueError("tolerances must be non-negative");
        if (x == y) return PyBool.TRUE;
        // Infinities of the same sign were equal above; any other infinity is close to nothing.
        if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
    }
}
