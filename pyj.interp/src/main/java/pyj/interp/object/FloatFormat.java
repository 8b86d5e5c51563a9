// Converts doubles to text the way CPython does: repr's shortest round-trip form and format specs.
package pyj.interp.object;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Float to string conversion. {@link #repr} produces the shortest string that round-trips (taken
 * from Java's {@code Double.toString}, which is shortest since JDK 19) laid out by CPython's rules:
 * positional notation when the decimal exponent is in [-4, 16), scientific otherwise.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** The shortest round-trip digits and decimal exponent of a finite, non-zero |d|. */
    record Digits(String digits, int exponent) {}

    static Digits shortest(double d) {
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        String mant = e < 0 ? s : s.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String digits = intPart + frac;
        int pointPos = intPart.length() + exp; // value = 0.digits * 10^pointPos
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            pointPos--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        return new Digits(digits, pointPos - 1);
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        Digits dg = shortest(d);
        String sign = d < 0 ? "-" : "";
        int exp = dg.exponent();
        if (exp >= -4 && exp < 16) return sign + positional(dg.digits(), exp, true);
        return sign + scientific(dg.digits(), exp);
    }

    /** digits d1d2d3 with value d1.d2d3 * 10^exp, in positional form; addPointZero keeps a ".0". */
    static String positional(String digits, int exp, boolean addPointZero) {
        StringBuilder sb = new StringBuilder();
        if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) sb.append('0');
            sb.append(digits);
        } else if (exp + 1 >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) sb.append('0');
            if (addPointZero) sb.append(".0");
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    static String scientific(String digits, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) sb.append('0');
        sb.append(a);
        return sb.toString();
    }

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
