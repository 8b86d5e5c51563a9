// format() for int, float and str: the format-spec mini-language applied, with CPython's messages.
package pyj.interp.object;

import java.math.BigInteger;

public final class NumberFormatter {
    private NumberFormatter() {}

    public static String formatInt(PyInt value, String specText) {
        if (specText.isEmpty()) return IntOps.toDecimal(value);
        FormatSpec spec = FormatSpec.parse(specText, 'd', '>');
        char type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(value.doubleValue(), specText);
            case 'n':
                if (spec.grouping() != FormatSpec.NONE) throw PyErr.valueError("Cannot specify ',' with 'n'.");
                break;
            case 'b', 'c', 'd', 'o', 'x', 'X':
                break;
            default:
                throw unknownCode(type, "int");
        }
        if (spec.precision() >= 0) throw PyErr.valueError("Precision not allowed in integer format specifier");
        if (spec.noNegZero()) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != FormatSpec.NONE) {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (spec.grouping() != FormatSpec.NONE) {
                throw PyErr.valueError("Cannot specify '" + spec.grouping() + "' with 'c'.");
            }
            BigInteger v = value.bigValue();
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
            }
            return spec.pad("", new String(Character.toChars(v.intValue())));
        }
        if (spec.grouping() == ',' && type != 'd' && type != 'n') {
            throw PyErr.valueError("Cannot specify ',' with '" + type + "'.");
        }
        BigInteger v = value.bigValue();
        boolean negative = v.signum() < 0;
        BigInteger mag = v.abs();
        String digits;
        String prefix = "";
        switch (type) {
            case 'b' -> {
                digits = mag.toString(2);
                if (spec.alternate()) prefix = "0b";
            }
            case 'o' -> {
                digits = mag.toString(8);
                if (spec.alternate()) prefix = "0o";
            }
            case 'x' -> {
                digits = mag.toString(16);
                if (spec.alternate()) prefix = "0x";
            }
            case 'X' -> {
                digits = mag.toString(16).toUpperCase();
                if (spec.alternate()) prefix = "0X";
            }
            default -> digits = value.big == null ? Long.toString(Math.abs(value.value)).replace("-", "")
                    : mag.toString();
        }
        if (value.big == null && value.value == Long.MIN_VALUE && type == 'd') digits = mag.toString();
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        int groupSize = (type == 'd' || type == 'n') ? 3 : 4;
        return layout(spec, sign + prefix, digits, "", groupSize);
    }

    /** Pads and groups: {@code head} is sign and base prefix, {@code intPart} digits, {@code tail} the rest. */
    private static String layout(FormatSpec spec, String head, String intPart, String tail, int groupSize) {
        char sep = spec.grouping();
        if (sep != FormatSpec.NONE) {
            if (spec.fill() == '0' && spec.align() == '=' && spec.width() > 0) {
                int minDigits = spec.width() - head.length() - tail.length();
                String grouped = group(intPart, sep, groupSize);
                while (grouped.length() < minDigits) {
                    intPart = "0" + intPart;
                    grouped = group(intPart, sep, groupSize);
                }
                return head + grouped + tail;
            }
            intPart = group(intPart, sep, groupSize);
        }
        return spec.pad(head, intPart + tail);
    }

    private static String group(String digits, char sep, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static PyException unknownCode(char type, String typeName) {
        return PyErr.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    public static String formatFloat(double d, String specText) {
        if (specText.isEmpty()) return FloatFormat.repr(d);
        FormatSpec spec = FormatSpec.parse(specText, FormatSpec.NONE, '>');
        char type = spec.type();
        switch (type) {
            case FormatSpec.NONE, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
                break;
            default:
                throw unknownCode(type, "float");
        }
        if (spec.grouping() != FormatSpec.NONE && type == 'n') throw PyErr.valueError("Cannot specify ',' with 'n'.");
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        int precision = spec.precision();
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            negative = Double.isInfinite(d) && d < 0;
            body = Double.isNaN(d) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') body = body.toUpperCase();
            if (type == '%') body = body + "%";
            String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
            return spec.pad(sign, body);
        }
        switch (type) {
            case 'f', 'F' -> body = FloatFormat.fixed(a, precision < 0 ? 6 : precision);
            case 'e', 'E' -> body = FloatFormat.exponent(a, precision < 0 ? 6 : precision, type == 'E');
            case 'g', 'G' -> body = FloatFormat.general(a, precision < 0 ? 6 : precision, type == 'G', spec.alternate());
            case '%' -> body = FloatFormat.fixed(a * 100, precision < 0 ? 6 : precision) + "%";
            case 'n' -> body = FloatFormat.general(a, precision < 0 ? 6 : precision, false, spec.alternate());
            default -> {
                if (precision < 0) {
                    body = FloatFormat.repr(a);
                } else {
                    body = FloatFormat.general(a, precision, false, spec.alternate());
                    int e = body.indexOf('e');
                    String mant = e < 0 ? body : body.substring(0, e);
                    if (mant.indexOf('.') < 0 && e < 0) body = body + ".0";
                }
            }
        }
        if (spec.alternate() && (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == '%')
                && body.indexOf('.') < 0) {
            int e = body.indexOf(type == 'E' ? 'E' : 'e');
            if (type == '%') body = body.substring(0, body.length() - 1) + ".%";
            else if (e >= 0) body = body.substring(0, e) + "." + body.substring(e);
            else body = body + ".";
        }
        if (negative && spec.noNegZero() && isZeroText(body)) negative = false;
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        int dot = body.indexOf('.');
        int exp = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') {
                exp = i;
                break;
            }
        }
        int end = dot >= 0 ? dot : exp >= 0 ? exp : body.length();
        return layout(spec, sign, body.substring(0, end), body.substring(end), 3);
    }

    /**
     * complex.__format__: both parts formatted like floats (the imaginary part always signed), the
     * whole padded as one field; with no type, repr-style parts in parentheses, the real part left
     * out when it is +0.
     */
    public static String formatComplex(double re, double im, String specText) {
        if (specText.isEmpty()) return ComplexOps.repr(re, im);
        FormatSpec spec = FormatSpec.parse(specText, FormatSpec.NONE, '>');
        char type = spec.type();
        switch (type) {
            case FormatSpec.NONE, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
                break;
            default:
                throw unknownCode(type, "complex");
        }
        if (spec.fill() == '0') throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        if (spec.align() == '=') {
            throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean defaultType = type == FormatSpec.NONE;
        boolean skipRe = defaultType && re == 0 && Double.doubleToRawLongBits(re) == 0;
        boolean parens = defaultType && !skipRe;
        String partType = defaultType ? (spec.precision() < 0 ? "r" : "g") : String.valueOf(type);
        StringBuilder b = new StringBuilder();
        if (parens) b.append('(');
        if (!skipRe) b.append(complexPart(re, partType, spec, false));
        b.append(complexPart(im, partType, spec, !skipRe)).append('j');
        if (parens) b.append(')');
        return new FormatSpec(spec.fill(), spec.align(), FormatSpec.NONE, false, false, spec.width(), FormatSpec.NONE,
                -1, 's').pad("", b.toString());
    }

    /** One part of a complex: the float's text, signed by the spec (or always, for the imaginary part). */
    private static String complexPart(double d, String type, FormatSpec spec, boolean alwaysSigned) {
        boolean negative = d < 0 || d == 0 && 1 / d < 0;
        double a = Math.abs(d);
        int precision = spec.precision() < 0 ? 6 : spec.precision();
        String text;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            negative = Double.isInfinite(d) && d < 0;
            text = Double.isNaN(d) ? "nan" : "inf";
            if (type.equals("E") || type.equals("F") || type.equals("G")) text = text.toUpperCase();
        } else {
            text = switch (type) {
                case "r" -> pyj.compiler.code.Reprs.floatRepr(a).replaceAll("\\.0$", "");
                case "f", "F" -> FloatFormat.fixed(a, precision);
                case "e", "E" -> FloatFormat.exponent(a, precision, type.equals("E"));
                default -> FloatFormat.general(a, precision, type.equals("G"), spec.alternate());
            };
        }
        String sign = negative ? "-" : alwaysSigned ? "+" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        return sign + text;
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    public static String formatStr(String s, String specText) {
        if (specText.isEmpty()) return s;
        FormatSpec spec = FormatSpec.parse(specText, 's', '<');
        if (spec.type() != 's') throw unknownCode(spec.type(), "str");
        if (spec.sign() != FormatSpec.NONE) throw PyErr.valueError("Sign not allowed in string format specifier");
        if (spec.alternate()) throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        if (spec.align() == '=') throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        if (spec.grouping() != FormatSpec.NONE) {
            throw PyErr.valueError("Cannot specify '" + spec.grouping() + "' with 's'.");
        }
        if (spec.precision() >= 0 && s.codePointCount(0, s.length()) > spec.precision()) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
        }
        return spec.pad("", s);
    }
}
