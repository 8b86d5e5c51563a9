// Converts doubles to text the way CPython does: repr's shortest round-trip form and format specs.
package pyj.interp.object;

import java.math.BigDecimal;
import java.math.RoundingMode;

import pyj.compiler.code.Reprs;

/**
 * Float to string conversion for format specs ('f', 'e', 'g', ...), exactly rounded. repr() itself
 * lives in the compiler's {@link Reprs}, shared with dis.
 */
public final class FloatFormat {
    private FloatFormat() {}

    public static String repr(double d) { return Reprs.floatRepr(d); }

    static String positional(String digits, int exp, boolean addPointZero) {
        return Reprs.positional(digits, exp, addPointZero);
    }

    static String scientific(String digits, int exp) { return Reprs.scientific(digits, exp); }

    /** Exactly rounded digits of |d| with {@code precision} digits after the point ('f' format). */
    public static String fixed(double d, int precision) {
        BigDecimal bd = new BigDecimal(Math.abs(d)).setScale(precision, RoundingMode.HALF_EVEN);
        return bd.toPlainString();
    }

    /** |d| in 'e' format with {@code precision} digits after the point. */
    public static String exponent(double d, int precision, boolean upper) {
        double a = Math.abs(d);
        String digits;
        int exp;
        if (a == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a);
            BigDecimal rounded = bd.round(new java.math.MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = rounded.unscaledValue().toString();
            exp = digits.length() - 1 - rounded.scale();
            if (digits.length() < precision + 1) digits = digits + "0".repeat(precision + 1 - digits.length());
            else digits = digits.substring(0, precision + 1);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (precision > 0) sb.append('.').append(digits, 1, precision + 1);
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) sb.append('0');
        sb.append(ae);
        return sb.toString();
    }

    /**
     * |d| in 'g' format: {@code precision} significant digits, scientific when the exponent is
     * below -4 or at least the precision; trailing zeros removed unless {@code alternate}.
     */
    public static String general(double d, int precision, boolean upper, boolean alternate) {
        if (precision == 0) precision = 1;
        double a = Math.abs(d);
        int exp;
        String digits;
        if (a == 0) {
            exp = 0;
            digits = "0";
        } else {
            BigDecimal rounded = new BigDecimal(a).round(new java.math.MathContext(precision, RoundingMode.HALF_EVEN));
            digits = rounded.unscaledValue().toString();
            exp = digits.length() - 1 - rounded.scale();
        }
        if (!alternate) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') end--;
            digits = digits.substring(0, end);
        } else if (digits.length() < precision) {
            digits = digits + "0".repeat(precision - digits.length());
        }
        String body;
        if (exp < -4 || exp >= precision) {
            body = scientific(digits, exp);
            if (alternate && digits.length() == 1) body = body.replaceFirst("e", ".e");
            if (upper) body = body.toUpperCase();
        } else {
            body = positional(digits, exp, false);
            if (alternate && body.indexOf('.') < 0) body = body + ".";
        }
        return body;
    }
}
