// Python int: arbitrary precision, with a 64-bit fast path that never allocates a BigInteger.
package pyj.interp.object;

import java.math.BigInteger;

/**
 * A Python {@code int}. Values that fit in a {@code long} keep {@link #big} null and use
 * {@link #value}; larger ones keep a normalized BigInteger. Small ints from -5 to 256 are shared,
 * as in CPython, so {@code is} behaves the same for them.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT,
            PyType.BASETYPE | PyType.LONG_SUBCLASS, IntOps::defineMethods);

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) SMALL[i - SMALL_MIN] = new PyInt(i);
        IntOps.fillSlots(TYPE);
    }

    public static final PyInt ZERO = SMALL[-SMALL_MIN];
    public static final PyInt ONE = SMALL[1 - SMALL_MIN];
    public static final PyInt MINUS_ONE = SMALL[-1 - SMALL_MIN];

    public final long value;
    /** Non-null exactly when the value does not fit in a long. */
    public final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    protected PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) return SMALL[(int) v - SMALL_MIN];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(b);
    }

    @Override
    public PyType type() { return TYPE; }

    public boolean isSmall() { return big == null; }

    public BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(value); }

    public int signum() { return big != null ? big.signum() : Long.signum(value); }

    /** The value as a Java int, or OverflowError with CPython's message. */
    public int intValue() {
        if (big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) return (int) value;
        throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
    }

    /** The value as a Java long, or OverflowError. */
    public long longValue() {
        if (big == null) return value;
        throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C long");
    }

    /** The value as an index (Py_ssize_t), or OverflowError. */
    public long asSsize() {
        if (big == null) return value;
        throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }

    public double doubleValue() {
        if (big == null) return (double) value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "int too large to convert to float");
        return d;
    }

    @Override
    public String toString() { return big != null ? big.toString() : Long.toString(value); }
}
