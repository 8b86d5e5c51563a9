// int(): conversion from numbers and text, and int.to_bytes / int.from_bytes.
package pyj.interp.object;

import java.math.BigDecimal;
import java.math.BigInteger;

final class IntConstructor {
    private IntConstructor() {}

    private static final ArgParser INT_ARGS = new ArgParser("int", 0, 1, 2, "x", "base");

    static PyObject newInt(PyType type, PyObject[] args, String[] kw) {
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n > 2) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "int expected at most 2 arguments, got %d", n);
        PyObject[] a = INT_ARGS.parse(args, kw);
        PyInt result;
        if (a[0] == null) {
            if (a[1] != null) throw PyErr.typeError("int() missing string argument");
            result = PyInt.ZERO;
        } else if (a[1] == null) {
            result = toInt(a[0]);
        } else {
            long base = ObjectProtocol.index(a[1]);
            if (base != 0 && (base < 2 || base > 36)) throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
            String text = textOf(a[0]);
            if (text == null) throw PyErr.typeError("int() can't convert non-string with explicit base");
            result = parse(text, (int) base, a[0]);
        }
        return type == PyInt.TYPE ? result : DerivedInstances.integer(type, result);
    }

    private static String textOf(PyObject o) {
        if (o instanceof PyStr s) return s.value();
        if (o instanceof PyBytesLike b) return b.asLatin1();
        return null;
    }

    /** int(x) for one argument. */
    static PyInt toInt(PyObject x) {
        if (x.getClass() == PyInt.class) return (PyInt) x;
        String text = textOf(x);
        if (text != null) return parse(text, 10, x);
        PyType t = x.type();
        if (t.intFn != null) {
            PyObject r = t.intFn.apply(x);
            if (r instanceof PyInt i) return (PyInt) IntOps.exact(i);
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__int__ returned non-int (type %s)", r.type().name());
        }
        if (t.index != null) return (PyInt) IntOps.exact(NumberProtocol.index(x));
        PyObject trunc = ObjectProtocol.lookupSpecial(x, PyStr.intern("__trunc__"));
        if (trunc != null) {
            PyObject r = ObjectProtocol.call(trunc);
            if (r instanceof PyInt i) return (PyInt) IntOps.exact(i);
            return NumberProtocol.index(r);
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'", t.name());
    }

    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) throw PyErr.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** PyLong_FromString: whitespace, sign, base prefix and single underscores between digits. */
    static PyInt parse(String text, int base, PyObject original) {
        String s = text.strip();
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < n && s.charAt(i) == '_') i++;
            }
        }
        if (b == 0) b = 10;
        boolean leadingZeroRule = base == 0 && b == 10;
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) throw invalid(base, original);
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (c >= 0x80 && Character.isDigit(c)) d = Character.getNumericValue(c);
            if (d < 0 || d >= b) throw invalid(base, original);
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) throw invalid(base, original);
        if (leadingZeroRule && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') throw invalid(base, original);
            }
        }
        if (b == 10 && IntOps.maxStrDigits > 0 && digits.length() > IntOps.maxStrDigits) {
            throw PyErr.valueError("Exceeds the limit (" + IntOps.maxStrDigits + " digits) for integer string "
                    + "conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit");
        }
        if (digits.length() < 18 && b <= 10 || digits.length() < 15) {
            long v = Long.parseLong(digits.toString(), b);
            return PyInt.of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(negative ? v.negate() : v);
    }

    private static PyException invalid(int base, PyObject original) {
        return PyErr.valueError("invalid literal for int() with base " + base + ": "
                + ObjectProtocol.reprString(original));
    }

    private static final ArgParser TO_BYTES = new ArgParser("to_bytes", 0, 0, 2, "length", "byteorder", "signed");

    static PyObject toBytes(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = TO_BYTES.parse(args, kw);
        long length = a[0] == null ? 1 : ObjectProtocol.index(a[0]);
        String order = a[1] == null ? "big" : ObjectProtocol.strString(a[1]);
        boolean signed = a[2] != null && ObjectProtocol.isTrue(a[2]);
        if (length < 0) throw PyErr.valueError("length argument must be non-negative");
        if (!order.equals("big") && !order.equals("little")) {
            throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        }
        BigInteger v = ((PyInt) self).bigValue();
        if (!signed && v.signum() < 0) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        }
        byte[] raw = v.toByteArray();
        int needed = v.signum() == 0 ? 0 : signed ? (v.bitLength() + 8) / 8 : (v.bitLength() + 7) / 8;
        if (needed > length) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "int too big to convert");
        byte[] out = new byte[(int) length];
        byte fillByte = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fillByte);
        int copy = Math.min(raw.length, (int) length);
        System.arraycopy(raw, raw.length - copy, out, (int) length - copy, copy);
        if (order.equals("little")) reverse(out);
        return PyBytesLike.newBytes(out);
    }

    private static final ArgParser FROM_BYTES = new ArgParser("from_bytes", 1, 0, 2, "bytes", "byteorder", "signed");

    static PyObject fromBytes(PyObject cls, PyObject[] args, String[] kw) {
        PyObject[] a = FROM_BYTES.parse(args, kw);
        String order = a[1] == null ? "big" : ObjectProtocol.strString(a[1]);
        boolean signed = a[2] != null && ObjectProtocol.isTrue(a[2]);
        if (!order.equals("big") && !order.equals("little")) {
            throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        }
        byte[] data = PyBytesLike.bytesOf(a[0]).clone();
        if (order.equals("little")) reverse(data);
        BigInteger v = data.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(data) : new BigInteger(1, data);
        PyInt r = PyInt.of(v);
        if (cls != PyInt.TYPE) return ObjectProtocol.call(cls, r);
        return r;
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }
}
