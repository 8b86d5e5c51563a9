// Python's repr() of the constant kinds the compiler knows: str, bytes, float, complex, tuples.
package pyj.compiler.code;

import java.util.List;

/**
 * The single implementation of CPython's repr rules for literal values. The compiler needs it for
 * dis and ast.dump; the runtime's str, bytes and float reprs delegate here.
 */
public final class Reprs {
    private Reprs() {}

    public static String of(Constant c) {
        return switch (c) {
            case Constant.Singleton s -> switch (s) {
                case NONE -> "None";
                case TRUE -> "True";
                case FALSE -> "False";
                case ELLIPSIS -> "Ellipsis";
            };
            case Constant.Int i -> i.value().toString();
            case Constant.Float f -> floatRepr(f.value());
            case Constant.Complex x -> complexRepr(x.real(), x.imag());
            case Constant.Str s -> str(s.value());
            case Constant.Bytes b -> bytes(b.value(), 0, b.value().length);
            case Constant.Tuple t -> tuple(t.items());
            case Constant.FrozenSet fs -> fs.items().isEmpty() ? "frozenset()" : "frozenset({" + join(fs.items()) + "})";
            case Constant.Code code -> "<code object " + code.code().name() + ">";
        };
    }

    private static String tuple(List<Constant> items) {
        if (items.size() == 1) return "(" + of(items.get(0)) + ",)";
        return "(" + join(items) + ")";
    }

    private static String join(List<Constant> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(of(items.get(i)));
        }
        return sb.toString();
    }

    /** repr(str): quotes chosen as CPython does, non-printable characters escaped. */
    public static String str(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** CPython's Py_UNICODE_ISPRINTABLE. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** repr(bytes): b'...' with CPython's quoting and escapes. */
    public static String bytes(byte[] b, int from, int to) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = from; i < to; i++) {
            if (b[i] == '\'') hasSingle = true;
            if (b[i] == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }

    /** The shortest round-trip digits of a finite non-zero |d| and its decimal exponent (d.ddd x 10^exp). */
    public record Digits(String digits, int exponent) {}

    public static Digits shortestDigits(double d) {
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        String mant = e < 0 ? s : s.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String digits = intPart + mant.substring(dot + 1);
        int pointPos = intPart.length() + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            pointPos--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Double.toString never prints fewer than two significant digits, but Python's repr
            // prints one when one round-trips (5e-324, not 4.9e-324).
            Digits one = oneDigit(Math.abs(d), digits, pointPos - 1);
            if (one != null) return one;
        }
        return new Digits(digits, pointPos - 1);
    }

    /** The one-digit decimal closest to d that still reads back as d, if there is one. */
    private static Digits oneDigit(double d, String twoDigits, int exp) {
        int first = twoDigits.charAt(0) - '0';
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        Digits best = null;
        java.math.BigDecimal bestDistance = null;
        for (int c = first; c <= first + 1; c++) {
            int digit = c == 10 ? 1 : c;
            int e = c == 10 ? exp + 1 : exp;
            String text = digit + "E" + e;
            if (Double.parseDouble(text) != d) continue;
            java.math.BigDecimal distance = new java.math.BigDecimal(text).subtract(exact).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = new Digits(String.valueOf(digit), e);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** repr(float): shortest round-trip digits, positional for exponents in [-4, 16), else scientific. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        Digits dg = shortestDigits(d);
        String sign = d < 0 ? "-" : "";
        int exp = dg.exponent();
        if (exp >= -4 && exp < 16) return sign + positional(dg.digits(), exp, true);
        return sign + scientific(dg.digits(), exp);
    }

    /** Digits d1d2.. with value d1.d2.. x 10^exp in positional form; addPointZero keeps a trailing ".0". */
    public static String positional(String digits, int exp, boolean addPointZero) {
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

    public static String scientific(String digits, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) sb.append('0');
        sb.append(a);
        return sb.toString();
    }

    /** repr(complex): "(1+2j)", "1j", "(-0-1j)". */
    public static String complexRepr(double re, double im) {
        if (re == 0 && 1 / re > 0) return complexPart(im) + "j";
        String r = complexPart(re);
        String i = complexPart(im);
        String sign = (im < 0 || (im == 0 && 1 / im < 0)) && !Double.isNaN(im) ? "" : "+";
        return "(" + r + sign + i + "j)";
    }

    private static String complexPart(double d) {
        String s = floatRepr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
