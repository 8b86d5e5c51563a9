// A number carried as the unevaluated sum of two doubles (about 106 bits), for correctly rounded results.
package pyj.interp.numerics;

/**
 * {@code hi + lo} with {@code hi} the double nearest the sum, so {@code |lo| <= ulp(hi)/2}. The
 * operations are the classic error-free transformations (Dekker, Knuth, Shewchuk) with
 * {@link Math#fma} for exact products; each loses at most a few units of 2^-104 relative, which
 * is what lets a double result be rounded correctly from a double-double approximation.
 */
public record DoubleDouble(double hi, double lo) {
    public static final DoubleDouble ZERO = new DoubleDouble(0.0, 0.0);
    public static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);

    public static DoubleDouble of(double x) { return new DoubleDouble(x, 0.0); }

    /** The exact sum of two doubles. */
    public static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bv = s - a;
        double av = s - bv;
        return new DoubleDouble(s, (a - av) + (b - bv));
    }

    /** The exact sum of two doubles when {@code |a| >= |b|} (or a is zero). */
    public static DoubleDouble fastTwoSum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    /** The exact product of two doubles (barring underflow). */
    public static DoubleDouble twoProduct(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    /** The quotient of two doubles to double-double precision. */
    public static DoubleDouble quotient(double a, double b) {
        double q = a / b;
        double r = Math.fma(-q, b, a);
        return fastTwoSum(q, r / b);
    }

    DoubleDouble add(DoubleDouble o) {
        DoubleDouble s = twoSum(hi, o.hi);
        DoubleDouble t = twoSum(lo, o.lo);
        DoubleDouble u = fastTwoSum(s.hi, s.lo + t.hi);
        return fastTwoSum(u.hi, u.lo + t.lo);
    }

    DoubleDouble add(double b) {
        DoubleDouble s = twoSum(hi, b);
        return fastTwoSum(s.hi, s.lo + lo);
    }

    DoubleDouble subtract(DoubleDouble o) { return add(o.negate()); }

    DoubleDouble negate() { return new DoubleDouble(-hi, -lo); }

    DoubleDouble multiply(DoubleDouble o) {
        DoubleDouble p = twoProduct(hi, o.hi);
        return fastTwoSum(p.hi, p.lo + (hi * o.lo + lo * o.hi));
    }

    DoubleDouble multiply(double b) {
        DoubleDouble p = twoProduct(hi, b);
        return fastTwoSum(p.hi, p.lo + lo * b);
    }

    DoubleDouble divide(DoubleDouble o) {
        double q1 = hi / o.hi;
        DoubleDouble r = subtract(o.multiply(q1));
        double q2 = r.hi / o.hi;
        r = r.subtract(o.multiply(q2));
        double q3 = r.hi / o.hi;
        return fastTwoSum(q1, q2).add(q3);
    }

    /** The square root, by one Newton step from the double square root. */
    DoubleDouble sqrt() {
        if (hi <= 0) return of(Math.sqrt(hi));
        double s = Math.sqrt(hi);
        DoubleDouble sq = twoProduct(s, s);
        double e = (((hi - sq.hi) - sq.lo) + lo) / (2 * s);
        return fastTwoSum(s, e);
    }

    /** Multiplication by 2^n, exact while both parts stay normal. */
    DoubleDouble scale(int n) { return new DoubleDouble(Math.scalb(hi, n), Math.scalb(lo, n)); }
}
