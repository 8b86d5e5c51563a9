// math.fsum, math.prod and math.sumprod: exact float summation, products, and extended-precision dot products.
package pyj.interp.math;

import java.util.Arrays;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.numerics.DoubleDouble;

/**
 * fsum keeps Shewchuk's non-overlapping partial sums, so the only rounding is the final one
 * (half to even, across partials too). sumprod runs three accumulators in turn, as CPython does:
 * exact C longs while the pairs are ints that do not overflow, then a triple-length float sum
 * (Ogita, Rump and Oishi's compensated dot product) while they are floats or float/int pairs,
 * then plain Python arithmetic; each hands its total on when the next item does not fit it, so
 * where the switches happen is part of the result.
 */
final class Summation {
    private Summation() {}

    private static final CallingConventions.KeywordSignature PROD =
            new CallingConventions.KeywordSignature("prod", 1, 1, 1, "iterable", "start");

    static void define(FunctionTable t) {
        t.single("fsum", "Return an accurate floating-point sum of values in the iterable seq.\n\n"
                + "Assumes IEEE-754 floating-point arithmetic.", Summation::fsum);
        t.vector("prod", """
                Calculate the product of all the elements in the input iterable.

                The default start value for the product is 1.

                When the iterable is empty, return the start value.  This function is
                intended specifically for use with numeric values and may reject
                non-numeric types.""", Summation::prod);
        t.vector("sumprod", """
                Return the sum of products of values from two iterables p and q.

                Roughly equivalent to:

                    sum(itertools.starmap(operator.mul, zip(p, q, strict=True)))

                For float and mixed int/float inputs, the intermediate products
                and sums are computed with extended precision.""", (self, args, kw) -> {
                    CallingConventions.positional("sumprod", args, kw, 2, 2);
                    return sumprod(args[0], args[1]);
                });
    }

    // ---- fsum ------------------------------------------------------------------------------

    private static PyObject fsum(PyObject seq) {
        PyObject it = ObjectProtocol.getIter(seq);
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (PyObject item; (item = ObjectProtocol.next(it)) != null; ) {
            double x = FloatArgument.of(item);
            double original = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double swap = x;
                    x = y;
                    y = swap;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // From overflow of finite summands, or from an inf or nan among them.
                    if (Double.isFinite(original)) {
                        throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(original)) infSum += original;
                    specialSum += original;
                    n = 0;
                } else {
                    if (n == partials.length) partials = Arrays.copyOf(partials, 2 * n);
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw PyErr.valueError("-inf + inf in fsum");
            return new PyFloat(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0.0;
            // Add the partials from the top down while the sum stays exact.
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Round half to even across partials: a tie in hi + lo is broken by the next partial's sign.
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return new PyFloat(hi);
    }

    // ---- prod ------------------------------------------------------------------------------

    private static PyObject prod(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = PROD.bind(args, kwnames);
        PyObject it = ObjectProtocol.getIter(a[0]);
        PyObject result = a[1] == null ? PyInt.ONE : a[1];
        for (PyObject item; (item = ObjectProtocol.next(it)) != null; ) {
            result = NumberProtocol.multiply(result, item);
        }
        return result;
    }

    // ---- sumprod ---------------------------------------------------------------------------

    /** A sum carried in three doubles, hi + lo + tiny. */
    private record TripleLength(double hi, double lo, double tiny) {
        static final TripleLength ZERO = new TripleLength(0.0, 0.0, 0.0);

        /** total + x*y: the product split exactly, then summed with K=3 vertical compensation. */
        TripleLength plusProduct(double x, double y) {
            DoubleDouble pr = DoubleDouble.twoProduct(x, y);
            DoubleDouble sm = DoubleDouble.twoSum(hi, pr.hi());
            DoubleDouble r1 = DoubleDouble.twoSum(lo, pr.lo());
            DoubleDouble r2 = DoubleDouble.twoSum(r1.hi(), sm.lo());
            return new TripleLength(sm.hi(), r2.hi(), tiny + r1.lo() + r2.lo());
        }

        double value() {
            DoubleDouble last = DoubleDouble.twoSum(lo, hi);
            return tiny + last.lo() + last.hi();
        }
    }

    private static boolean exactInt(PyObject o) { return o.getClass() == PyInt.class; }

    private static boolean exactFloat(PyObject o) { return o.getClass() == PyFloat.class; }

    private static PyObject sumprod(PyObject p, PyObject q) {
        PyObject pIt = ObjectProtocol.getIter(p);
        PyObject qIt = ObjectProtocol.getIter(q);
        PyObject total = PyInt.ZERO;
        boolean intPath = true;
        boolean intInUse = false;
        long intTotal = 0;
        boolean floatPath = true;
        boolean floatInUse = false;
        TripleLength floatTotal = TripleLength.ZERO;
        while (true) {
            PyObject pi = ObjectProtocol.next(pIt);
            PyObject qi = ObjectProtocol.next(qIt);
            if ((pi == null) != (qi == null)) throw PyErr.valueError("Inputs are not the same length");
            boolean finished = pi == null;
            if (intPath) {
                if (!finished && exactInt(pi) && exactInt(qi)) {
                    Long sum = addProduct(intTotal, (PyInt) pi, (PyInt) qi);
                    if (sum != null) {
                        intTotal = sum;
                        intInUse = true;
                        continue;
                    }
                }
                intPath = false;
                if (intInUse) {
                    total = NumberProtocol.add(total, PyInt.of(intTotal));
                    intInUse = false;
                }
            }
            if (floatPath) {
                if (!finished) {
                    double[] pair = floatPair(pi, qi);
                    if (pair != null) {
                        TripleLength next = floatTotal.plusProduct(pair[0], pair[1]);
                        if (Double.isFinite(next.hi())) {
                            floatTotal = next;
                            floatInUse = true;
                            continue;
                        }
                    }
                }
                floatPath = false;
                if (floatInUse) {
                    total = NumberProtocol.add(total, new PyFloat(floatTotal.value()));
                    floatInUse = false;
                }
            }
            if (finished) return total;
            total = NumberProtocol.add(total, NumberProtocol.multiply(pi, qi));
        }
    }

    /** total + p*q in a C long, or null on overflow. */
    private static Long addProduct(long total, PyInt p, PyInt q) {
        if (!p.isSmall() || !q.isSmall()) return null;
        long hi = Math.multiplyHigh(p.value, q.value);
        long product = p.value * q.value;
        if (hi != (product >> 63)) return null;
        long sum = total + product;
        if (((total ^ sum) & (product ^ sum)) < 0) return null;
        return sum;
    }

    /** The pair as doubles when it is two floats or a float and an int (or bool) that converts. */
    private static double[] floatPair(PyObject p, PyObject q) {
        boolean pFloat = exactFloat(p);
        boolean qFloat = exactFloat(q);
        if (pFloat && qFloat) return new double[] {((PyFloat) p).value, ((PyFloat) q).value};
        if (pFloat && (exactInt(q) || q instanceof PyBool)) {
            double d = intToDouble((PyInt) q);
            return Double.isInfinite(d) ? null : new double[] {((PyFloat) p).value, d};
        }
        if (qFloat && (exactInt(p) || p instanceof PyBool)) {
            double d = intToDouble((PyInt) p);
            return Double.isInfinite(d) ? null : new double[] {d, ((PyFloat) q).value};
        }
        return null;
    }

    /** PyLong_AsDouble, with infinity standing for its OverflowError. */
    private static double intToDouble(PyInt i) { return i.isSmall() ? (double) i.value : i.big.doubleValue(); }
}
