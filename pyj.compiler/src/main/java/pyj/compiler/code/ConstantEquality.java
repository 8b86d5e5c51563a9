// Python equality between compile-time constants, for frozenset constants and duplicate mapping keys.
package pyj.compiler.code;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * {@code 1 == 1.0 == True} in Python, so a set display {1, 1.0, True} has one element and a
 * mapping pattern with keys 1 and True checks a duplicate key. Constant's own equals() is the
 * stricter "same type and value" used to merge co_consts entries; this class gives {@code ==}.
 */
public final class ConstantEquality {
    private ConstantEquality() {}

    /** The items in order with later Python-equal duplicates dropped, as building a set keeps the first. */
    public static List<Constant> distinct(List<Constant> items) {
        List<Constant> out = new ArrayList<>();
        outer:
        for (Constant c : items) {
            for (Constant o : out) if (pythonEquals(o, c)) continue outer;
            out.add(c);
        }
        return out;
    }

    public static boolean pythonEquals(Constant a, Constant b) {
        Object[] na = numeric(a);
        Object[] nb = numeric(b);
        if (na != null && nb != null) return partEquals(na[0], nb[0]) && partEquals(na[1], nb[1]);
        if (na != null || nb != null) return false;
        return switch (a) {
            case Constant.Str s -> b instanceof Constant.Str t && s.value().equals(t.value());
            case Constant.Bytes s -> b instanceof Constant.Bytes t && Arrays.equals(s.value(), t.value());
            case Constant.Tuple s -> b instanceof Constant.Tuple t && itemsEqual(s.items(), t.items());
            case Constant.FrozenSet s -> b instanceof Constant.FrozenSet t && s.items().size() == t.items().size()
                    && containsAll(s.items(), t.items());
            default -> a.equals(b);
        };
    }

    /** Finite parts are exact BigDecimals; infinities and NaN stay doubles (NaN equals nothing). */
    private static boolean partEquals(Object x, Object y) {
        if (x instanceof BigDecimal bx && y instanceof BigDecimal by) return bx.compareTo(by) == 0;
        if (x instanceof Double dx && y instanceof Double dy) return dx.doubleValue() == dy.doubleValue();
        return false;
    }

    private static boolean itemsEqual(List<Constant> a, List<Constant> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!pythonEquals(a.get(i), b.get(i))) return false;
        return true;
    }

    private static boolean containsAll(List<Constant> a, List<Constant> b) {
        outer:
        for (Constant x : b) {
            for (Constant y : a) if (pythonEquals(x, y)) continue outer;
            return false;
        }
        return true;
    }

    /** (real, imag) parts of a numeric constant, or null for non-numbers. */
    private static Object[] numeric(Constant c) {
        return switch (c) {
            case Constant.Int i -> new Object[] {new BigDecimal(i.value()), BigDecimal.ZERO};
            case Constant.Singleton s when s == Constant.TRUE -> new Object[] {BigDecimal.ONE, BigDecimal.ZERO};
            case Constant.Singleton s when s == Constant.FALSE -> new Object[] {BigDecimal.ZERO, BigDecimal.ZERO};
            case Constant.Float f -> new Object[] {part(f.value()), BigDecimal.ZERO};
            case Constant.Complex x -> new Object[] {part(x.real()), part(x.imag())};
            default -> null;
        };
    }

    private static Object part(double d) {
        return Double.isFinite(d) ? new BigDecimal(d) : Double.valueOf(d);
    }
}
