// The gamma function and the log of its absolute value, by CPython's Lanczos approximation.
package pyj.interp.numerics;

/**
 * CPython computes math.gamma and math.lgamma itself rather than with the C library: a Lanczos sum
 * (N=13, g=6.024680040776729583740234375, Boost's parameters) written as a rational function,
 * the reflection formula for negative arguments, and a correction for the rounding of x+g-0.5.
 * The same steps are taken here, with pyj's correctly rounded exp, pow, log, sin and cos standing
 * in for glibc's (which they match except in rare last-bit cases).
 * Special values follow C99 Annex F; the callers turn NaN and infinities into Python's errors.
 */
public final class GammaFunction {
    private GammaFunction() {}

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double G = 6.024680040776729583740234375;
    private static final double G_MINUS_HALF = 5.524680040776729583740234375;

    private static final double[] NUMERATOR = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };

    /** x(x+1)...(x+11) expanded. */
    private static final double[] DENOMINATOR = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    /** Gamma at 1..23, exactly representable. */
    private static final double[] INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    };

    /** The Lanczos sum for positive x, in 1/x past 5 so that neither polynomial overflows. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUMERATOR.length - 1; i >= 0; i--) {
                num = num * x + NUMERATOR[i];
                den = den * x + DENOMINATOR[i];
            }
        } else {
            for (int i = 0; i < NUMERATOR.length; i++) {
                num = num / x + NUMERATOR[i];
                den = den / x + DENOMINATOR[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x) for finite x, exact at integers and accurate near them. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Trigonometry.sin(PI * y);
            case 1 -> Trigonometry.cos(PI * (y - 0.5));
            // -sin(pi*(y-1)) would give -0.0 at y == 1.
            case 2 -> Trigonometry.sin(PI * (1.0 - y));
            case 3 -> -Trigonometry.cos(PI * (y - 1.5));
            default -> Trigonometry.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** C99 tgamma: NaN at -inf and negative integers, +-inf at +-0 and on overflow. */
    public static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY) return Double.NaN;
        if (x == 0.0) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (x == Math.floor(x)) {
            if (x < 0.0) return Double.NaN;
            if (x <= INTEGRAL.length) return INTEGRAL[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0.0 ? 0.0 / sinPi(x) : Double.POSITIVE_INFINITY;
        double y = absx + G_MINUS_HALF;
        // z is the rounding error in y, scaled into the first-order correction e*g/y.
        double z;
        if (absx > G_MINUS_HALF) {
            double q = y - absx;
            z = q - G_MINUS_HALF;
        } else {
            double q = y - G_MINUS_HALF;
            z = q - absx;
        }
        z = z * G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinPi(absx) / absx * Exponential.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= ExpLog.pow(y, absx - 0.5);
            } else {
                double sqrtpow = ExpLog.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Exponential.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= ExpLog.pow(y, absx - 0.5);
            } else {
                double sqrtpow = ExpLog.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /** log|gamma(x)|: +inf at non-positive integers and at +-inf. */
    public static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) return x <= 0.0 ? Double.POSITIVE_INFINITY : 0.0;
        double absx = Math.abs(x);
        if (absx < 1e-20) return -ExpLog.log(absx);
        double r = ExpLog.log(lanczosSum(absx)) - G;
        r += (absx - 0.5) * (ExpLog.log(absx + G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - ExpLog.log(Math.abs(sinPi(absx))) - ExpLog.log(absx) - r;
        return r;
    }
}
