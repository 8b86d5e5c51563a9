// Compile-time constants: the values a Constant node or a code object's co_consts can hold.
package pyj.compiler.code;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * A Python constant as the compiler sees it, before the runtime turns it into an object.
 * Equality follows what CPython's compiler uses to merge constants: same type and same value,
 * with floats compared by bit pattern (so {@code 0.0} and {@code -0.0} stay distinct).
 */
public sealed interface Constant {

    /** The type name as Python would report it, e.g. for error messages. */
    String typeName();

    enum Singleton implements Constant {
        NONE("NoneType"), TRUE("bool"), FALSE("bool"), ELLIPSIS("ellipsis");

        private final String typeName;

        Singleton(String typeName) { this.typeName = typeName; }

        @Override public String typeName() { return typeName; }
    }

    Constant NONE = Singleton.NONE;
    Constant TRUE = Singleton.TRUE;
    Constant FALSE = Singleton.FALSE;
    Constant ELLIPSIS = Singleton.ELLIPSIS;

    static Constant bool(boolean b) { return b ? TRUE : FALSE; }

    record Int(BigInteger value) implements Constant {
        public static Int of(long v) { return new Int(BigInteger.valueOf(v)); }
        @Override public String typeName() { return "int"; }
    }

    /** Floats merge by bit pattern (0.0 and -0.0 stay apart); a NaN only equals itself, as in CPython. */
    record Float(double value) implements Constant {
        @Override public String typeName() { return "float"; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            return o instanceof Float f && !Double.isNaN(value)
                    && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
        }
        @Override public int hashCode() { return Long.hashCode(Double.doubleToRawLongBits(value)); }
    }

    record Complex(double real, double imag) implements Constant {
        @Override public String typeName() { return "complex"; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            return o instanceof Complex c && !Double.isNaN(real) && !Double.isNaN(imag) && Double.doubleToRawLongBits(c.real) == Double.doubleToRawLongBits(real)
                    && Double.doubleToRawLongBits(c.imag) == Double.doubleToRawLongBits(imag);
        }
        @Override public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(real)) * 31 + Long.hashCode(Double.doubleToRawLongBits(imag));
        }
    }

    record Str(String value) implements Constant {
        @Override public String typeName() { return "str"; }
    }

    record Bytes(byte[] value) implements Constant {
        @Override public String typeName() { return "bytes"; }
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(b.value, value); }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return "Bytes" + Arrays.toString(value); }
    }

    record Tuple(List<Constant> items) implements Constant {
        public Tuple { items = List.copyOf(items); }
        @Override public String typeName() { return "tuple"; }
    }

    record FrozenSet(List<Constant> items) implements Constant {
        public FrozenSet { items = List.copyOf(items); }
        @Override public String typeName() { return "frozenset"; }
    }

    /** A nested code object (function bodies, class bodies, lambdas, comprehensions). */
    record Code(CodeObject code) implements Constant {
        @Override public String typeName() { return "code"; }
        @Override public boolean equals(Object o) { return o instanceof Code c && c.code.equals(code); }
        @Override public int hashCode() { return code.hashCode(); }
    }
}
