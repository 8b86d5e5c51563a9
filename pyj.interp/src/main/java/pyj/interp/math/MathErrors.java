// The math module's two floating-point errors and CPython's rules for when a libm result is one.
package pyj.interp.math;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;

/**
 * Following C99 Annex F as CPython reads it: a NaN from non-NaN arguments is a domain error
 * (ValueError), an infinity from finite ones is an overflow (OverflowError) or, at a singularity,
 * a domain error again; underflow to zero is no error.
 */
final class MathErrors {
    private MathErrors() {}

    static PyException domain() { return PyErr.valueError("math domain error"); }

    static PyException range() { return PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "math range error"); }

    /** math_1: the checks for a one-argument function that has no singularity if it can overflow. */
    static double checkUnary(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? range() : domain();
        return r;
    }

    /** math_2: the checks for a two-argument function. */
    static double checkBinary(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw range();
        return r;
    }
}
