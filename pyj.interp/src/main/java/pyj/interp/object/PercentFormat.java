// printf-style formatting: str % args.
package pyj.interp.object;

/** The {@code %} operator on str, after CPython's PyUnicode_Format. */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String fmt, PyObject args) {
        PyObject[] items;
        PyObject mapping = null;
        boolean tupleArgs = args instanceof PyTuple;
        if (tupleArgs) {
            items = ((PyTuple) args).items();
        } else {
            items = new PyObject[] {args};
        }
        if (!tupleArgs && args.type().getitem != null && !(args instanceof PyStr) && !(args instanceof PyBytesLike)) {
            mapping = args;
        }
        StringBuilder sb = new StringBuilder();
        int argIndex = 0;
        int n = fmt.length();
        boolean usedMapping = false;
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            int start = i;
            i++;
            if (i >= n) throw PyErr.valueError("incomplete format");
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) throw PyErr.typeError("format requires a mapping");
                int depth = 1;
                int keyStart = i + 1;
                i++;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') depth++;
                    else if (fmt.charAt(i) == ')') depth--;
                    i++;
                }
                if (depth > 0) throw PyErr.valueError("incomplete format key");
                value = ObjectProtocol.getItem(mapping, PyStr.of(fmt.substring(keyStart, i - 1)));
                usedMapping = true;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argIndex >= items.length) throw PyErr.typeError("not enough arguments for format string");
                PyObject w = items[argIndex++];
                if (!(w instanceof PyInt)) throw PyErr.typeError("* wants int");
                width = ((PyInt) w).intValue();
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int ws = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > ws) width = Integer.parseInt(fmt.substring(ws, i));
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argIndex >= items.length) throw PyErr.typeError("not enough arguments for format string");
                    PyObject p = items[argIndex++];
                    if (!(p instanceof PyInt)) throw PyErr.typeError("* wants int");
                    prec = ((PyInt) p).intValue();
                    i++;
                } else {
                    int ps = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) i++;
            if (i >= n) throw PyErr.valueError("incomplete format");
            char conv = fmt.charAt(i);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            if (value == null) {
                if (argIndex >= items.length) throw PyErr.typeError("not enough arguments for format string");
                value = items[argIndex++];
            }
            String body;
            String sign = "";
            boolean numeric = false;
            switch (conv) {
                case 's' -> body = ObjectProtocol.strString(value);
                case 'r' -> body = ObjectProtocol.reprString(value);
                case 'a' -> body = Ascii.ascii(ObjectProtocol.reprString(value));
                case 'c' -> {
                    if (value instanceof PyInt iv) {
                        int cp = iv.intValue();
                        if (cp < 0 || cp > 0x10FFFF) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
                        body = new String(Character.toChars(cp));
                    } else if (value instanceof PyStr sv && sv.length() == 1) {
                        body = sv.value();
                    } else {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%%c requires an int or a unicode character, not %s",
                                value.type().name());
                    }
                }
                case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                    numeric = true;
                    PyInt iv = toInt(value, conv);
                    java.math.BigInteger b = iv.bigValue();
                    if (b.signum() < 0) sign = "-";
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    java.math.BigInteger mag = b.abs();
                    body = switch (conv) {
                        case 'x' -> (alt ? "0x" : "") + mag.toString(16);
                        case 'X' -> (alt ? "0X" : "") + mag.toString(16).toUpperCase();
                        case 'o' -> (alt ? "0o" : "") + mag.toString(8);
                        default -> mag.toString();
                    };
                    if (prec >= 0) {
                        String prefix = body.startsWith("0x") || body.startsWith("0X") || body.startsWith("0o")
                                ? body.substring(0, 2) : "";
                        String digits = body.substring(prefix.length());
                        if (digits.length() < prec) digits = "0".repeat(prec - digits.length()) + digits;
                        body = prefix + digits;
                    }
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    numeric = true;
                    double d = toDouble(value, conv);
                    if (d < 0 || (d == 0 && 1 / d < 0)) sign = "-";
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    String spec = (alt ? "#" : "") + "." + (prec < 0 ? 6 : prec) + conv;
                    body = NumberFormatter.formatFloat(Math.abs(d), spec);
                    if (Double.isNaN(d)) {
                        sign = plus ? "+" : space ? " " : "";
                    }
                }
                default -> throw PyErr.format(ExceptionTypes.VALUE_ERROR,
                        "unsupported format character '%c' (0x%x) at index %d", conv, (int) conv, i);
            }
            if (!numeric && prec >= 0 && (conv == 's' || conv == 'r' || conv == 'a') && body.length() > prec) {
                body = body.substring(0, body.offsetByCodePoints(0, Math.min(prec, body.codePointCount(0, body.length()))));
            }
            int len = sign.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int padLen = width - len;
                if (left) {
                    body = sign + body + " ".repeat(padLen);
                } else if (zero && numeric && !(body.startsWith("inf") || body.startsWith("nan"))) {
                    String prefix = "";
                    if (alt && (conv == 'x' || conv == 'X' || conv == 'o')) {
                        prefix = body.substring(0, 2);
                        body = body.substring(2);
                    }
                    body = sign + prefix + "0".repeat(padLen) + body;
                } else {
                    body = " ".repeat(padLen) + sign + body;
                }
            } else {
                body = sign + body;
            }
            sb.append(body);
        }
        if (argIndex < items.length && !usedMapping && mapping == null) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        if (argIndex < items.length && tupleArgs && !usedMapping) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private static PyInt toInt(PyObject v, char conv) {
        if (v instanceof PyInt i) return i;
        if (v instanceof PyFloat f && (conv == 'd' || conv == 'i' || conv == 'u')) return IntConstructor.fromDouble(f.value);
        if (v.type().index != null) return NumberProtocol.index(v);
        if ((conv == 'd' || conv == 'i' || conv == 'u') && v.type().intFn != null) return IntConstructor.toInt(v);
        if (conv == 'd' || conv == 'i' || conv == 'u') {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%%%c format: a real number is required, not %s", conv,
                    v.type().name());
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%%%c format: an integer is required, not %s", conv,
                v.type().name());
    }

    private static double toDouble(PyObject v, char conv) {
        if (v instanceof PyFloat f) return f.value;
        if (v instanceof PyInt i) return i.doubleValue();
        if (v.type().floatFn != null || v.type().index != null) return NumberProtocol.asDouble(v);
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "must be real number, not %s", v.type().name());
    }
}
