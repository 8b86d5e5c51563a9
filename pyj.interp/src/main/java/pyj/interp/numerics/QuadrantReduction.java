// Reduction of a trigonometric argument modulo pi/2, exact enough for correctly rounded results.
package pyj.interp.numerics;

import java.math.BigInteger;

/**
 * {@code x = n*(pi/2) + r} with {@code |r| <= pi/4} (or a hair more), r as a double-double. A
 * double can lie within about 2^-61 of a multiple of pi/2, so r needs pi/2 to far more than 106
 * bits: moderate arguments subtract {@code n*pi/2} with pi/2 split into 33-bit pieces (each product
 * exact) and sum the pieces exactly; huge ones multiply by 1200 bits of 2/pi (Payne and Hanek).
 */
public final class QuadrantReduction {
    private QuadrantReduction() {}

    record Reduced(int quadrant, DoubleDouble r) {}

    private static final double QUARTER_PI = Math.PI / 4;
    private static final double TWO_OVER_PI = 2 / Math.PI;
    /** Up to this size n fits in 20 bits, so n times a 33-bit piece is exact. */
    private static final double FAST_LIMIT = 0x1p20;
    /** pi/2 as four pieces of at most 33 bits and a full double: about 198 bits in all. */
    private static final double[] HALF_PI_PIECES = {0x1.921fb544p0, 0x1.0b4611a6p-34, 0x1.3198a2ep-69,
        0x1.b839a252p-104, 0x1.27044533e63ap-142};
    private static final DoubleDouble HALF_PI = new DoubleDouble(0x1.921fb54442d18p0, 0x1.1a62633145c07p-54);

    public static Reduced reduce(double x) {
        if (Math.abs(x) <= QUARTER_PI) return new Reduced(0, DoubleDouble.of(x));
        double n = Math.rint(x * TWO_OVER_PI);
        if (Math.abs(n) < FAST_LIMIT) {
            int quadrant = (int) ((long) n & 3);
            // x - n*p0 is exact (the operands are within a factor of two), and so is the two-sum
            // with n*p1; unless those cancel to almost nothing, double-double arithmetic on the
            // rest is accurate relative to r.
            DoubleDouble head = DoubleDouble.twoSum(x - n * HALF_PI_PIECES[0], -n * HALF_PI_PIECES[1]);
            if (Math.abs(head.hi()) > 0x1p-40) {
                DoubleDouble r = head.add(-n * HALF_PI_PIECES[2]).add(-n * HALF_PI_PIECES[3])
                        .subtract(DoubleDouble.twoProduct(n, HALF_PI_PIECES[4]));
                return new Reduced(quadrant, r);
            }
            DoubleDouble tail = DoubleDouble.twoProduct(n, HALF_PI_PIECES[4]);
            double[] terms = {x, -n * HALF_PI_PIECES[0], -n * HALF_PI_PIECES[1], -n * HALF_PI_PIECES[2],
                -n * HALF_PI_PIECES[3], -tail.hi(), -tail.lo()};
            return new Reduced(quadrant, exactSum(terms));
        }
        return x > 0 ? reduceLarge(x) : negate(reduceLarge(-x));
    }

    private static Reduced negate(Reduced r) { return new Reduced((4 - r.quadrant()) & 3, r.r().negate()); }

    /** Bits of 2/pi: floor(2/pi * 2^TWO_OVER_PI_SCALE), enough for any double's reduction. */
    private static final int TWO_OVER_PI_SCALE = 1200;

    /** Computed on the first huge argument, from {@link HighPrecision}'s pi. */
    private static final class TwoOverPi {
        static final BigInteger BITS = HighPrecision.twoOverPi(TWO_OVER_PI_SCALE);
    }

    /**
     * Payne and Hanek's reduction for a positive x of 2^20 or more: with x = m * 2^e exactly,
     * x * 2/pi = m * BITS * 2^(e - SCALE); its integer part gives the quadrant and its fraction,
     * kept to well over 170 bits, times pi/2 gives r.
     */
    private static Reduced reduceLarge(double x) {
        int e = Math.getExponent(x) - 52;
        long m = (Double.doubleToRawLongBits(x) & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
        BigInteger product = TwoOverPi.BITS.multiply(BigInteger.valueOf(m));
        int fractionBits = TWO_OVER_PI_SCALE - e;
        long quadrant = product.shiftRight(fractionBits).longValue() & 3;
        BigInteger fraction = product.subtract(product.shiftRight(fractionBits).shiftLeft(fractionBits));
        // Round to the nearest quadrant: a fraction of a half or more belongs to the next one.
        if (fraction.testBit(fractionBits - 1)) {
            quadrant = (quadrant + 1) & 3;
            fraction = fraction.subtract(BigInteger.ONE.shiftLeft(fractionBits));
        }
        DoubleDouble f = fractionToDoubleDouble(fraction, fractionBits);
        return new Reduced((int) quadrant, f.multiply(HALF_PI));
    }

    /** fraction / 2^bits as a double-double, from its leading 110 bits. */
    private static DoubleDouble fractionToDoubleDouble(BigInteger fraction, int bits) {
        boolean negative = fraction.signum() < 0;
        BigInteger a = fraction.abs();
        int shift = Math.max(0, a.bitLength() - 110);
        BigInteger top = a.shiftRight(shift);
        double hi = top.shiftRight(57).longValue();
        double lo = top.and(BigInteger.ONE.shiftLeft(57).subtract(BigInteger.ONE)).longValue();
        DoubleDouble v = DoubleDouble.fastTwoSum(Math.scalb(hi, 57), lo).scale(shift - bits);
        return negative ? v.negate() : v;
    }

    /**
     * The sum of a few doubles as a double-double, keeping exact non-overlapping partial sums
     * (Shewchuk's method) so that cancellation between the terms costs nothing.
     */
    private static DoubleDouble exactSum(double[] terms) {
        double[] partials = new double[terms.length];
        int count = 0;
        for (double t : terms) {
            double x = t;
            int i = 0;
            for (int j = 0; j < count; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double swap = x;
                    x = y;
                    y = swap;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) partials[i++] = lo;
                x = hi;
            }
            partials[i] = x;
            count = i + 1;
        }
        DoubleDouble sum = DoubleDouble.ZERO;
        for (int i = 0; i < count; i++) sum = sum.add(partials[i]);
        return sum;
    }
}
