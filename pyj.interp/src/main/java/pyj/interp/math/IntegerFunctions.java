// The math module's integer functions: gcd, lcm, factorial, comb, perm and isqrt on arbitrary-precision ints.
package pyj.interp.math;

import java.math.BigInteger;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;

/**
 * Arguments go through __index__ (so floats are refused with "'float' object cannot be
 * interpreted as an integer") and results are plain ints. The products behind factorial, comb and
 * perm are taken as balanced trees so that BigInteger's sub-quadratic multiplication pays off.
 */
final class IntegerFunctions {
    private IntegerFunctions() {}

    static void define(FunctionTable t) {
        t.vector("comb", """
                Number of ways to choose k items from n items without repetition and without order.

                Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates
                to zero when k > n.

                Also called the binomial coefficient because it is equivalent
                to the coefficient of k-th term in polynomial expansion of the
                expression (1 + x)**n.

                Raises TypeError if either of the arguments are not integers.
                Raises ValueError if either of the arguments are negative.""", (self, args, kw) -> {
                    CallingConventions.positional("comb", args, kw, 2, 2);
                    return comb(args[0], args[1]);
                });
        t.single("factorial", "Find n!.\n\nRaise a ValueError if x is negative or non-integral.",
                IntegerFunctions::factorial);
        t.vector("gcd", "Greatest Common Divisor.", (self, args, kw) -> {
            CallingConventions.noKeywords("gcd", kw);
            return gcd(args);
        });
        t.single("isqrt", "Return the integer part of the square root of the input.", IntegerFunctions::isqrt);
        t.vector("lcm", "Least Common Multiple.", (self, args, kw) -> {
            CallingConventions.noKeywords("lcm", kw);
            return lcm(args);
        });
        t.vector("perm", """
                Number of ways to choose k items from n items without repetition and with order.

                Evaluates to n! / (n - k)! when k <= n and evaluates
                to zero when k > n.

                If k is not specified or is None, then k defaults to n
                and the function returns n!.

                Raises TypeError if either of the arguments are not integers.
                Raises ValueError if either of the arguments are negative.""", (self, args, kw) -> {
                    CallingConventions.positional("perm", args, kw, 1, 2);
                    return perm(args[0], args.length > 1 ? args[1] : PySingleton.NONE);
                });
    }

    /** PyNumber_Index, always giving a plain int. */
    private static BigInteger index(PyObject o) { return NumberProtocol.index(o).bigValue(); }

    private static PyObject gcd(PyObject[] args) {
        if (args.length == 0) return PyInt.ZERO;
        BigInteger result = index(args[0]);
        if (args.length == 1) return PyInt.of(result.abs());
        boolean one = false;
        for (int i = 1; i < args.length; i++) {
            BigInteger x = index(args[i]);
            // Once the gcd is 1 the remaining arguments are only checked to be integers.
            if (!one) {
                result = result.gcd(x);
                one = result.equals(BigInteger.ONE);
            }
        }
        return PyInt.of(result);
    }

    private static PyObject lcm(PyObject[] args) {
        if (args.length == 0) return PyInt.ONE;
        BigInteger result = index(args[0]);
        if (args.length == 1) return PyInt.of(result.abs());
        for (int i = 1; i < args.length; i++) {
            BigInteger x = index(args[i]);
            if (result.signum() == 0) continue;
            result = x.signum() == 0 ? BigInteger.ZERO : result.divide(result.gcd(x)).multiply(x).abs();
        }
        return PyInt.of(result);
    }

    private static PyObject factorial(PyObject arg) {
        BigInteger n = index(arg);
        if (n.bitLength() > 63) {
            if (n.signum() > 0) {
                throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "factorial() argument should not exceed %d",
                        Long.MAX_VALUE);
            }
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        long x = n.longValue();
        if (x < 0) throw PyErr.valueError("factorial() not defined for negative values");
        return PyInt.of(rangeProduct(BigInteger.ONE, x));
    }

    private static PyObject perm(PyObject nArg, PyObject kArg) {
        if (kArg == PySingleton.NONE) return factorial(nArg);
        BigInteger n = index(nArg);
        BigInteger k = index(kArg);
        if (n.signum() < 0) throw PyErr.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw PyErr.valueError("k must be a non-negative integer");
        if (n.compareTo(k) < 0) return PyInt.ZERO;
        if (k.bitLength() > 63) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "k must not exceed %d", Long.MAX_VALUE);
        }
        long kv = k.longValue();
        if (kv == 0) return PyInt.ONE;
        return PyInt.of(rangeProduct(n.subtract(k).add(BigInteger.ONE), kv));
    }

    private static PyObject comb(PyObject nArg, PyObject kArg) {
        BigInteger n = index(nArg);
        BigInteger k = index(kArg);
        if (n.signum() < 0) throw PyErr.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw PyErr.valueError("k must be a non-negative integer");
        BigInteger rest = n.subtract(k);
        if (rest.signum() < 0) return PyInt.ZERO;
        if (rest.compareTo(k) < 0) k = rest;
        if (k.bitLength() > 63) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long kv = k.longValue();
        if (kv == 0) return PyInt.ONE;
        BigInteger numerator = rangeProduct(n.subtract(k).add(BigInteger.ONE), kv);
        return PyInt.of(numerator.divide(rangeProduct(BigInteger.ONE, kv)));
    }

    private static PyObject isqrt(PyObject arg) {
        BigInteger n = index(arg);
        if (n.signum() < 0) throw PyErr.valueError("isqrt() argument must be nonnegative");
        return PyInt.of(n.sqrt());
    }

    /** first * (first+1) * ... * (first+count-1), multiplied as a balanced tree. */
    private static BigInteger rangeProduct(BigInteger first, long count) {
        if (count <= 0) return BigInteger.ONE;
        if (first.bitLength() < 32 && count <= 16) {
            BigInteger p = BigInteger.ONE;
            long f = first.longValue();
            long acc = 1;
            for (long i = 0; i < count; i++) {
                long v = f + i;
                if (Math.multiplyHigh(acc, v) != 0 || acc * v < 0) {
                    p = p.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= v;
            }
            return p.multiply(BigInteger.valueOf(acc));
        }
        if (count == 1) return first;
        long half = count / 2;
        return rangeProduct(first, half).multiply(rangeProduct(first.add(BigInteger.valueOf(half)), count - half));
    }
}
