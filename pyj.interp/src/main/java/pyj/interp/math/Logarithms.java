// math.log (with an optional base), log2 and log10, including ints too large for a double.
package pyj.interp.math;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import pyj.interp.object.NumberProtocol;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.numerics.ExpLog;
import pyj.interp.numerics.Fdlibm;

/**
 * An int argument is handled apart from the float conversion, so 10**400 has a logarithm: when it
 * does not fit in a double it is split as m * 2**e (m rounded to a double in [0.5, 1)) and the
 * log is func(m) + func(2.0) * e, evaluated as CPython 3.13 evaluates it. Anything else is
 * converted like any math argument, so an __index__ object too large for a double is an
 * OverflowError.
 */
final class Logarithms {
    private Logarithms() {}

    static void define(FunctionTable t) {
        t.vector("log", "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\n"
                + "If the base is not specified, returns the natural logarithm (base e) of x.", (self, args, kw) -> {
                    CallingConventions.positional("log", args, kw, 1, 2);
                    PyObject num = log(args[0], Logarithms::naturalLog);
                    if (args.length == 1) return num;
                    PyObject den = log(args[1], Logarithms::naturalLog);
                    return NumberProtocol.binary(num, den, NumberProtocol.NB_TRUE_DIVIDE, "/");
                });
        t.single("log10", "Return the base 10 logarithm of x.", x -> log(x, Logarithms::commonLog));
        t.single("log2", "Return the base 2 logarithm of x.", x -> log(x, Logarithms::binaryLog));
    }

    private static PyObject log(PyObject arg, DoubleUnaryOperator func) {
        if (arg instanceof PyInt n) {
            if (n.signum() <= 0) throw MathErrors.domain();
            if (n.isSmall()) return new PyFloat(func.applyAsDouble((double) n.value));
            double x = n.big.doubleValue();
            if (!Double.isInfinite(x)) return new PyFloat(func.applyAsDouble(x));
            int e = n.big.bitLength();
            double m = mantissa(n.big, e);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return new PyFloat(func.applyAsDouble(m) + func.applyAsDouble(2.0) * e);
        }
        double x = FloatArgument.of(arg);
        return new PyFloat(MathErrors.checkUnary(x, func.applyAsDouble(x), false));
    }

    /** n / 2**bits rounded to the nearest double (half to even), keeping a sticky bit for the discarded ones. */
    private static double mantissa(BigInteger n, int bits) {
        int shift = bits - 62;
        long top = n.shiftRight(shift).longValueExact();
        if (n.getLowestSetBit() < shift) top |= 1;
        return Math.scalb((double) top, -62);
    }

    /** C's log with its special values: -inf at zero, NaN below it. */
    private static double naturalLog(double x) {
        if (x > 0 && x < Double.POSITIVE_INFINITY) return ExpLog.log(x);
        return special(x);
    }

    private static double binaryLog(double x) {
        if (x > 0 && x < Double.POSITIVE_INFINITY) return ExpLog.log2(x);
        return special(x);
    }

    private static double commonLog(double x) {
        if (x > 0 && x < Double.POSITIVE_INFINITY) return Fdlibm.log10(x);
        return special(x);
    }

    private static double special(double x) {
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x == Double.POSITIVE_INFINITY || Double.isNaN(x)) return x;
        return Double.NaN;
    }
}
