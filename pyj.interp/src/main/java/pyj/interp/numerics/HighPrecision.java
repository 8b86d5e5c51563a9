// Slow BigDecimal evaluation: the constants the fast paths start from, and the rare results they cannot round.
package pyj.interp.numerics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions to about 110 significant digits. The double-double paths in
 * {@link ExpLog} and {@link Trigonometry} round correctly unless their approximation falls within
 * about 2^-90 of a rounding boundary; then the result is decided here, where the same test would
 * need a value within 10^-100 of the boundary.
 */
public final class HighPrecision {
    private HighPrecision() {}

    public static final MathContext MC = new MathContext(110, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * pi and ln 2 to more digits than anything here needs. Their decimal expansions are written out
     * (computing them by series at start-up cost tens of milliseconds on a cold JVM); any
     * arbitrary-precision package reproduces them.
     */
    private static final String PI_DIGITS =
            "3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348"
            + "253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055"
            + "596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486"
            + "104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903"
            + "600113305305488204665213841469519415116094330572703657595919530921861173819326117931051185"
            + "48074462379962749567351886";
    private static final String LN2_DIGITS =
            "0.6931471805599453094172321214581765680755001343602552541206800094933936219696947156058633"
            + "2699641868754200148102057068573368552";

    public static final BigDecimal PI = new BigDecimal(PI_DIGITS).round(MC);
    public static final BigDecimal LN2 = new BigDecimal(LN2_DIGITS).round(MC);

    /** pi to enough digits to reduce any finite double modulo pi/2 with 110 digits to spare. */
    private static final class WidePi {
        static final MathContext WIDE = new MathContext(460, RoundingMode.HALF_EVEN);
        static final BigDecimal HALF_PI = new BigDecimal(PI_DIGITS).round(WIDE).multiply(HALF);
    }

    /** A constant split into doubles whose sum carries its first 150 or so bits. */
    public static double[] split(BigDecimal c, int parts) {
        double[] out = new double[parts];
        BigDecimal rest = c;
        for (int i = 0; i < parts; i++) {
            out[i] = rest.doubleValue();
            rest = rest.subtract(new BigDecimal(out[i]));
        }
        return out;
    }

    /** The nearest double of a high-precision value (BigDecimal's conversion rounds correctly). */
    public static double round(BigDecimal v) { return v.doubleValue(); }

    // ---- series ----------------------------------------------------------------------------

    /** 2*atanh(x) for |x| well below 1. */
    private static BigDecimal twiceAtanh(BigDecimal x, MathContext mc) {
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        BigDecimal power = x;
        BigDecimal sum = x;
        for (int k = 1; ; k++) {
            power = power.multiply(x2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            if (term.abs().compareTo(eps) < 0) break;
            sum = sum.add(term, mc);
        }
        return sum.multiply(TWO, mc);
    }

    /** 2^n exactly. */
    public static BigDecimal powerOfTwo(int n) {
        BigDecimal p = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(n)));
        return n >= 0 ? p : BigDecimal.ONE.divide(p);
    }

    // ---- functions -------------------------------------------------------------------------

    public static BigDecimal exp(BigDecimal x) {
        BigDecimal k = x.divide(LN2, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = x.subtract(k.multiply(LN2, MC), MC);
        // exp(r) = exp(r/2^10)^(2^10): the series converges fast on the small argument.
        BigDecimal s = r.divide(BigDecimal.valueOf(1024), MC);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 8);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(s, MC).divide(BigDecimal.valueOf(n), MC);
            if (term.abs().compareTo(eps) < 0) break;
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < 10; i++) sum = sum.multiply(sum, MC);
        return sum.multiply(powerOfTwo(k.intValueExact()), MC);
    }

    /** The natural logarithm of a positive finite double. */
    public static BigDecimal log(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.5) {
            m /= 2;
            e++;
        }
        BigDecimal bm = new BigDecimal(m);
        BigDecimal s = bm.subtract(BigDecimal.ONE).divide(bm.add(BigDecimal.ONE), MC);
        return twiceAtanh(s, MC).add(LN2.multiply(BigDecimal.valueOf(e), MC), MC);
    }

    /** x reduced modulo pi/2: the quotient's last two bits and the remainder. */
    record Reduced(int quadrant, BigDecimal remainder) {}

    /** floor(2/pi * 2^scale), for Payne-Hanek reduction. */
    public static BigInteger twoOverPi(int scale) {
        BigDecimal v = BigDecimal.ONE.divide(WidePi.HALF_PI, WidePi.WIDE);
        return v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(scale))).toBigInteger();
    }

    public static Reduced reduce(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal n = bx.divide(WidePi.HALF_PI, WidePi.WIDE).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = bx.subtract(n.multiply(WidePi.HALF_PI));
        return new Reduced(n.toBigIntegerExact().intValue() & 3, r.round(MC));
    }

    /** sin of a reduced argument (|r| <= pi/4 or so). */
    public static BigDecimal sinReduced(BigDecimal r) {
        if (r.signum() == 0) return r;
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 8);
        BigDecimal term = r;
        BigDecimal sum = r;
        for (int n = 1; ; n++) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), MC).negate();
            if (term.abs().compareTo(eps.multiply(r.abs())) < 0) break;
            sum = sum.add(term, MC);
        }
        return sum;
    }

    /** cos of a reduced argument. */
    public static BigDecimal cosReduced(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 8);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), MC).negate();
            if (term.abs().compareTo(eps) < 0) break;
            sum = sum.add(term, MC);
        }
        return sum;
    }

    public static BigDecimal sin(double x) {
        Reduced red = reduce(x);
        return switch (red.quadrant()) {
            case 0 -> sinReduced(red.remainder());
            case 1 -> cosReduced(red.remainder());
            case 2 -> sinReduced(red.remainder()).negate();
            default -> cosReduced(red.remainder()).negate();
        };
    }

    public static BigDecimal cos(double x) {
        Reduced red = reduce(x);
        return switch (red.quadrant()) {
            case 0 -> cosReduced(red.remainder());
            case 1 -> sinReduced(red.remainder()).negate();
            case 2 -> cosReduced(red.remainder()).negate();
            default -> sinReduced(red.remainder());
        };
    }

    public static BigDecimal tan(double x) {
        Reduced red = reduce(x);
        BigDecimal s = sinReduced(red.remainder());
        BigDecimal c = cosReduced(red.remainder());
        return (red.quadrant() & 1) == 0 ? s.divide(c, MC) : c.divide(s, MC).negate();
    }

    public static BigDecimal atan(BigDecimal x) {
        if (x.signum() == 0) return x;
        if (x.signum() < 0) return atan(x.negate()).negate();
        if (x.compareTo(BigDecimal.ONE) > 0) {
            return PI.multiply(HALF).subtract(atan(BigDecimal.ONE.divide(x, MC)), MC);
        }
        // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))), twice, brings x below tan(pi/16).
        for (int i = 0; i < 2; i++) {
            BigDecimal root = BigDecimal.ONE.add(x.multiply(x, MC)).sqrt(MC);
            x = x.divide(BigDecimal.ONE.add(root), MC);
        }
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 8);
        BigDecimal power = x;
        BigDecimal sum = x;
        for (int k = 1; ; k++) {
            power = power.multiply(x2, MC).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), MC);
            if (term.abs().compareTo(eps.multiply(x)) < 0) break;
            sum = sum.add(term, MC);
        }
        return sum.multiply(BigDecimal.valueOf(4), MC);
    }

    public static BigDecimal sqrt(BigDecimal x) { return x.sqrt(MC); }
}
