// Case mapping and character classes of bytes and bytearray: ASCII only, so other bytes never change or match.
package pyj.interp.object;

final class BytesCase {
    private BytesCase() {}

    /** CPython's Py_ISSPACE: ASCII whitespace only, never \x1c-\x1f or \xa0. */
    static boolean isSpace(int b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

    static boolean isLower(int b) { return b >= 'a' && b <= 'z'; }

    static boolean isUpper(int b) { return b >= 'A' && b <= 'Z'; }

    static boolean isDigit(int b) { return b >= '0' && b <= '9'; }

    static boolean isAlpha(int b) { return isLower(b) || isUpper(b); }

    static byte toUpper(byte b) { return isLower(b) ? (byte) (b - 32) : b; }

    static byte toLower(byte b) { return isUpper(b) ? (byte) (b + 32) : b; }

    private interface ByteMap { byte map(byte b); }

    private interface ByteTest { boolean test(int b); }

    static void define(PyType t) {
        MethodDef.noArgs(t, "lower", self -> mapEach(self, BytesCase::toLower));
        MethodDef.noArgs(t, "upper", self -> mapEach(self, BytesCase::toUpper));
        MethodDef.noArgs(t, "swapcase", self -> mapEach(self, b -> isUpper(b) ? toLower(b) : toUpper(b)));
        MethodDef.noArgs(t, "capitalize", BytesCase::capitalize);
        MethodDef.noArgs(t, "title", BytesCase::title);
        MethodDef.noArgs(t, "isascii", self -> PyBool.of(all(self, b -> b < 128, true)));
        MethodDef.noArgs(t, "isspace", self -> PyBool.of(all(self, BytesCase::isSpace, false)));
        MethodDef.noArgs(t, "isalpha", self -> PyBool.of(all(self, BytesCase::isAlpha, false)));
        MethodDef.noArgs(t, "isdigit", self -> PyBool.of(all(self, BytesCase::isDigit, false)));
        MethodDef.noArgs(t, "isalnum", self -> PyBool.of(all(self, b -> isAlpha(b) || isDigit(b), false)));
        MethodDef.noArgs(t, "islower", self -> PyBool.of(cased(self, BytesCase::isLower, BytesCase::isUpper)));
        MethodDef.noArgs(t, "isupper", self -> PyBool.of(cased(self, BytesCase::isUpper, BytesCase::isLower)));
        MethodDef.noArgs(t, "istitle", self -> PyBool.of(isTitle(BytesArgs.data(self))));
    }

    private static PyObject mapEach(PyObject self, ByteMap f) {
        byte[] d = BytesArgs.data(self).clone();
        for (int i = 0; i < d.length; i++) d[i] = f.map(d[i]);
        return BytesArgs.make(self, d);
    }

    private static PyObject capitalize(PyObject self) {
        byte[] d = BytesArgs.data(self).clone();
        for (int i = 0; i < d.length; i++) d[i] = i == 0 ? toUpper(d[i]) : toLower(d[i]);
        return BytesArgs.make(self, d);
    }

    /** Words are runs of cased letters: their first letter goes up, the rest down. */
    private static PyObject title(PyObject self) {
        byte[] d = BytesArgs.data(self).clone();
        boolean previousCased = false;
        for (int i = 0; i < d.length; i++) {
            boolean cased = isAlpha(d[i]);
            d[i] = !cased ? d[i] : previousCased ? toLower(d[i]) : toUpper(d[i]);
            previousCased = cased;
        }
        return BytesArgs.make(self, d);
    }

    /** Every byte passes; an empty object passes only where CPython says so (isascii). */
    private static boolean all(PyObject self, ByteTest test, boolean emptyResult) {
        byte[] d = BytesArgs.data(self);
        if (d.length == 0) return emptyResult;
        for (byte b : d) if (!test.test(b & 0xff)) return false;
        return true;
    }

    /** islower/isupper: at least one byte of the wanted case and none of the other. */
    private static boolean cased(PyObject self, ByteTest wanted, ByteTest other) {
        boolean seen = false;
        for (byte b : BytesArgs.data(self)) {
            if (other.test(b)) return false;
            seen |= wanted.test(b);
        }
        return seen;
    }

    /** Uppercase letters only after uncased bytes, lowercase only after cased ones, and some letter at all. */
    private static boolean isTitle(byte[] d) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte b : d) {
            if (isUpper(b)) {
                if (previousCased) return false;
                previousCased = cased = true;
            } else if (isLower(b)) {
                if (!previousCased) return false;
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
