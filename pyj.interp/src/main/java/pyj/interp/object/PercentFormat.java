// printf-style formatting: str % args, and bytes % args over the bytes' Latin-1 text.
package pyj.interp.object;

import java.nio.charset.StandardCharsets;

/**
 * The {@code %} operator on str, after CPython's PyUnicode_Format, and on bytes and bytearray, after
 * _PyBytes_FormatEx. Bytes formatting runs over a Latin-1 string (one char per byte) and differs only in
 * the %s/%b, %r/%a and %c conversions, mapping keys, and a few messages.
 */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String fmt, PyObject args) { return format(fmt, args, false); }

    /** bytes % args: {@code fmt} and the result are Latin-1 strings standing for bytes. */
    static String formatBytes(String fmt, PyObject args) { return format(fmt, args, true); }

    private static String format(String fmt, PyObject args, boolean bytes) {
        PyObject[] items;
        PyObject mapping = null;
        boolean tupleArgs = args instanceof PyTuple;
        if (tupleArgs) {
            items = ((PyTuple) args).items();
        } else {
            items = new PyObject[] {args};
        }
        // Any subscriptable argument is a mapping except text of the kind being formatted (so str takes bytes).
        boolean text = args instanceof PyStr || (bytes && (args instanceof PyBytes || args instanceof PyByteArray));
        if (!tupleArgs && args.type().getitem != null && !text) {
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
                String key = fmt.substring(keyStart, i - 1);
                value = ObjectProtocol.getItem(mapping, bytes ? new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1))
                        : PyStr.of(key));
                usedMapping = true;
                // As in CPython, the looked-up value replaces the arguments: no positional one remains after it.
                argIndex = items.length;
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
            // Only a bare "%%" is a literal percent; after a key, flags, width or precision it is a conversion.
            if (conv == '%' && i == start + 1) {
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
            if (bytes && "sbrac".indexOf(conv) >= 0) {
                body = bytesBody(conv, value);
            } else switch (conv) {
                case 's' -> body = ObjectProtocol.strString(value);
                case 'r' -> body = ObjectProtocol.reprString(value);
                case 'a' -> body = Ascii.ascii(ObjectProtocol.reprString(value));
                case 'c' -> {
                    if (value instanceof PyInt iv) {
                        int cp = iv.intValue();
                        if (cp < 0 || cp > 0x10FFFF) {
                            throw PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
                        }
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
                    double d = toDouble(value, bytes);
                    if (d < 0 || (d == 0 && 1 / d < 0)) sign = "-";
                    else if (plus) sign = "+";
                    else if (space) sign = " ";
                    String spec = (alt ? "#" : "") + "." + (prec < 0 ? 6 : prec) + conv;
                    body = NumberFormatter.formatFloat(Math.abs(d), spec);
                    if (Double.isNaN(d)) {
                        sign = plus ? "+" : space ? " " : "";
                    }
                }
                default -> throw unsupported(conv, i, bytes);
            }
            if (!numeric && prec >= 0 && (conv == 's' || conv == 'r' || conv == 'a' || (bytes && conv == 'b'))
                    && body.length() > prec) {
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
        String unconverted = "not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting";
        if (argIndex < items.length && !usedMapping && mapping == null) throw PyErr.typeError(unconverted);
        if (argIndex < items.length && tupleArgs && !usedMapping) throw PyErr.typeError(unconverted);
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

    private static double toDouble(PyObject v, boolean bytes) {
        if (v instanceof PyFloat f) return f.value;
        if (v instanceof PyInt i) return i.doubleValue();
        if (v.type().floatFn != null || v.type().index != null) return NumberProtocol.asDouble(v);
        String message = bytes ? "float argument required, not %s" : "must be real number, not %s";
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, message, v.type().name());
    }

    /**
     * CPython formats a bytes conversion character as a signed C char, so for one above 0x7f the message itself
     * fails to build and an OverflowError comes out instead.
     */
    private static PyException unsupported(char conv, int index, boolean bytes) {
        if (bytes && conv > 0x7f) {
            return PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "character argument not in range(0x110000)");
        }
        return PyErr.format(ExceptionTypes.VALUE_ERROR, "unsupported format character '%c' (0x%x) at index %d", conv,
                (int) conv, index);
    }

    /** The conversions whose meaning differs for bytes, as Latin-1 text. */
    private static String bytesBody(char conv, PyObject value) {
        return switch (conv) {
            case 'r', 'a' -> Ascii.ascii(ObjectProtocol.reprString(value));
            case 'c' -> latin1(new byte[] {byteConversion(value)});
            default -> latin1(bytesConversion(value));
        };
    }

    private static String latin1(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    /** bytes' %s and %b: bytes-like objects as they are, or whatever __bytes__ makes of the value. */
    private static byte[] bytesConversion(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray) return ((PyBytesLike) v).toArray();
        PyObject hook = ObjectProtocol.lookupSpecial(v, PyStr.intern("__bytes__"));
        if (hook != null) {
            PyObject r = ObjectProtocol.call(hook);
            if (!(r instanceof PyBytes b)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__bytes__ returned non-bytes (type %s)",
                        r.type().name());
            }
            return b.toArray();
        }
        if (v instanceof PyBytesLike b) return b.toArray();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.type().name());
    }

    /** bytes' %c: one byte given as a length-1 bytes or bytearray, or as an int in range(256). */
    private static byte byteConversion(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            PyBytesLike b = (PyBytesLike) v;
            if (b.size() == 1) return (byte) b.byteAt(0);
        } else if (v instanceof PyInt || v.type().index != null) {
            PyInt i = NumberProtocol.index(v);
            if (i.big != null || i.value < 0 || i.value > 255) {
                throw PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "%c arg not in range(256)");
            }
            return (byte) i.value;
        }
        throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
    }
}
