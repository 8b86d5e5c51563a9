// Python str: an immutable sequence of code points backed by a Java String.
package pyj.interp.object;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python {@code str}. The text is a Java String (UTF-16); lengths and indexes count code points,
 * so astral characters are one character each. Strings made only of BMP characters (the usual
 * case) index in O(1); others build a code-point array on first indexed access.
 */
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT,
            PyType.BASETYPE | PyType.UNICODE_SUBCLASS, StrMethods::define);

    static {
        StrMethods.fillSlots(TYPE);
    }

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    public static final PyStr EMPTY = intern("");

    private final String value;
    private long hash = -1;
    /** -1 unknown, 0 BMP only, 1 has surrogate pairs. */
    private byte astral = -1;
    private int[] codePoints;
    private int[] charOffsets;

    public PyStr(String value) {
        this.value = value;
    }

    /** The canonical instance for an identifier-like string (attribute and variable names). */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p != null) return p;
        return INTERNED.computeIfAbsent(s, PyStr::new);
    }

    public static PyStr of(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        if (cp < 128) return ASCII.CHARS[cp];
        return new PyStr(new String(Character.toChars(cp)));
    }

    private static final class ASCII {
        static final PyStr[] CHARS = new PyStr[128];

        static {
            for (int i = 0; i < 128; i++) CHARS[i] = intern(String.valueOf((char) i));
        }
    }

    @Override
    public PyType type() { return TYPE; }

    public String value() { return value; }

    @Override
    public String toString() { return value; }

    public boolean isAstral() {
        if (astral < 0) {
            byte a = 0;
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) {
                    a = 1;
                    break;
                }
            }
            astral = a;
        }
        return astral == 1;
    }

    /** Length in code points. */
    public int length() {
        return isAstral() ? codePoints().length : value.length();
    }

    public int[] codePoints() {
        if (codePoints == null) codePoints = value.codePoints().toArray();
        return codePoints;
    }

    /** The code point at a (non-negative, in-range) index. */
    public int codePointAt(int i) {
        return isAstral() ? codePoints()[i] : value.charAt(i);
    }

    /** Java char offset of a code-point index (0 to length() inclusive). */
    public int charOffset(int cpIndex) {
        return isAstral() ? charOffsets()[cpIndex] : cpIndex;
    }

    /** The code-point index of a Java char offset that starts a code point (or is the end). */
    public int codePointIndex(int charOffset) {
        if (!isAstral()) return charOffset;
        int i = java.util.Arrays.binarySearch(charOffsets(), charOffset);
        return i >= 0 ? i : -i - 1;
    }

    /** For strings beyond the BMP: where each code point starts, and the end, so indexing is not a scan. */
    private int[] charOffsets() {
        int[] offsets = charOffsets;
        if (offsets == null) {
            int n = codePoints().length;
            offsets = new int[n + 1];
            for (int i = 0, c = 0; i < n; i++) {
                offsets[i] = c;
                c += Character.charCount(codePoints[i]);
            }
            offsets[n] = value.length();
            charOffsets = offsets;
        }
        return offsets;
    }

    /** Substring by code-point indexes. */
    public String substring(int start, int end) {
        if (!isAstral()) return value.substring(start, end);
        return new String(codePoints(), start, end - start);
    }

    public long hash() {
        long h = hash;
        if (h == -1) {
            h = StrHash.hash(value);
            hash = h;
        }
        return h;
    }

    @Override
    public int hashCode() { return (int) (hash() ^ (hash() >>> 32)); }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && (s == this || s.value.equals(value));
    }

    @Override
    public int compareTo(PyStr o) { return compareCodePoints(value, o.value); }

    /** Compares by code point, as Python does (Java's compareTo compares UTF-16 units). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Python's repr() of a string. */
    public static String repr(String s) { return pyj.compiler.code.Reprs.str(s); }

    /** CPython's Py_UNICODE_ISPRINTABLE. */
    public static boolean isPrintable(int cp) { return pyj.compiler.code.Reprs.isPrintable(cp); }
}
