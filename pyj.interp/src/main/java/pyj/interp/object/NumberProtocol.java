// Arithmetic on any objects (CPython's PyNumber_* functions), with reflected and in-place dispatch.
package pyj.interp.object;

/**
 * Binary and unary operators. {@link #binaryOp} takes BINARY_OP's oparg (CPython's NB_* numbering).
 * The dispatch follows {@code binary_op1} in CPython's abstract.c: the right operand's slot goes
 * first when its type is a proper subclass of the left's, each slot receives both operands in
 * their original order, and {@code NotImplemented} passes the turn.
 */
public final class NumberProtocol {
    private NumberProtocol() {}

    /** BINARY_OP opargs, in CPython's NB_* order. */
    public static final int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
            NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
            NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_ADD = 13, NB_INPLACE_SUBTRACT = 23;
    /** divmod() dispatches like a binary operator though no instruction names it. */
    private static final int NB_DIVMOD = 26;

    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

    public static String symbol(int nb) { return SYMBOLS[nb]; }

    /** The operation of BINARY_OP with this oparg. */
    public static PyObject binaryOp(int nb, PyObject a, PyObject b) {
        return switch (nb) {
            case 0 -> add(a, b);
            case 1 -> binary(a, b, 1, "&");
            case 2 -> binary(a, b, 2, "//");
            case 3 -> binary(a, b, 3, "<<");
            case 4 -> binary(a, b, 4, "@");
            case 5 -> multiply(a, b);
            case 6 -> binary(a, b, 6, "%");
            case 7 -> binary(a, b, 7, "|");
            case 8 -> power(a, b, PySingleton.NONE);
            case 9 -> binary(a, b, 9, ">>");
            case 10 -> binary(a, b, 10, "-");
            case 11 -> binary(a, b, 11, "/");
            case 12 -> binary(a, b, 12, "^");
            case 13 -> inplaceAdd(a, b);
            case 18 -> inplaceMultiply(a, b);
            case 21 -> inplacePower(a, b);
            default -> inplace(a, b, nb - 13, SYMBOLS[nb]);
        };
    }

    private static Slots.Binary slot(PyType t, int nb) {
        return switch (nb) {
            case 0 -> t.add;
            case 1 -> t.and;
            case 2 -> t.floordiv;
            case 3 -> t.lshift;
            case 4 -> t.matmul;
            case 5 -> t.mul;
            case 6 -> t.mod;
            case 7 -> t.or;
            case 9 -> t.rshift;
            case 10 -> t.sub;
            case 11 -> t.truediv;
            case 12 -> t.xor;
            case NB_DIVMOD -> t.divmod;
            default -> throw new IllegalArgumentException("nb " + nb);
        };
    }

    /** divmod(v, w). */
    public static PyObject divmod(PyObject v, PyObject w) { return binary(v, w, NB_DIVMOD, "divmod()"); }

    private static Slots.Binary inplaceSlot(PyType t, int nb) {
        return switch (nb) {
            case 0 -> t.iadd;
            case 1 -> t.iand;
            case 2 -> t.ifloordiv;
            case 3 -> t.ilshift;
            case 4 -> t.imatmul;
            case 5 -> t.imul;
            case 6 -> t.imod;
            case 7 -> t.ior;
            case 9 -> t.irshift;
            case 10 -> t.isub;
            case 11 -> t.itruediv;
            case 12 -> t.ixor;
            default -> throw new IllegalArgumentException("nb " + nb);
        };
    }

    /** binary_op1: returns NotImplemented when neither operand handles the operation. */
    static PyObject binaryOp1(PyObject v, PyObject w, int nb) {
        PyType tv = v.type();
        PyType tw = w.type();
        Slots.Binary slotv = slot(tv, nb);
        Slots.Binary slotw = null;
        if (tw != tv) {
            slotw = slot(tw, nb);
            if (slotw == slotv) slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtypeOf(tv)) {
                PyObject x = slotw.apply(v, w);
                if (x != PySingleton.NOT_IMPLEMENTED) return x;
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        if (slotw != null) return slotw.apply(v, w);
        return PySingleton.NOT_IMPLEMENTED;
    }

    public static PyObject binary(PyObject v, PyObject w, int nb, String op) {
        PyObject r = binaryOp1(v, w, nb);
        if (r == PySingleton.NOT_IMPLEMENTED) {
            if (nb == NB_RSHIFT && isPrintBuiltin(v)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, "
                                + "file=<output_stream>)\"?", v.type().name(), w.type().name());
            }
            throw PyErr.unsupportedOperands(op, v, w);
        }
        return r;
    }

    private static boolean isPrintBuiltin(PyObject v) {
        return v instanceof PyBuiltinFunction f && f.name().equals("print");
    }

    public static PyObject add(PyObject v, PyObject w) {
        PyObject r = binaryOp1(v, w, NB_ADD);
        if (r != PySingleton.NOT_IMPLEMENTED) return r;
        Slots.Binary concat = v.type().concat;
        if (concat != null) return concat.apply(v, w);
        throw PyErr.unsupportedOperands("+", v, w);
    }

    public static PyObject subtract(PyObject v, PyObject w) { return binary(v, w, NB_SUBTRACT, "-"); }

    public static PyObject multiply(PyObject v, PyObject w) {
        PyObject r = binaryOp1(v, w, NB_MULTIPLY);
        if (r != PySingleton.NOT_IMPLEMENTED) return r;
        Slots.Repeat rv = v.type().repeat;
        Slots.Repeat rw = w.type().repeat;
        if (rv != null) return sequenceRepeat(rv, v, w);
        if (rw != null) return sequenceRepeat(rw, w, v);
        throw PyErr.unsupportedOperands("*", v, w);
    }

    private static PyObject sequenceRepeat(Slots.Repeat f, PyObject seq, PyObject n) {
        if (n instanceof PyInt || n.type().index != null) {
            long count = repeatCount(n);
            return f.repeat(seq, count);
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't multiply sequence by non-int of type '%s'", n.type().name());
    }

    private static long repeatCount(PyObject n) {
        PyObject i = n instanceof PyInt ? n : n.type().index.apply(n);
        PyInt pi = (PyInt) i;
        if (pi.big != null) {
            if (pi.big.signum() < 0) return 0;
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        return pi.value;
    }

    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        return power(v, w, z, "** or pow()");
    }

    /** ternary_op: {@code op} names the operator in the TypeError ("**=" for the in-place form). */
    private static PyObject power(PyObject v, PyObject w, PyObject z, String op) {
        PyType tv = v.type();
        PyType tw = w.type();
        Slots.Ternary slotv = tv.pow;
        Slots.Ternary slotw = tw != tv ? tw.pow : null;
        if (slotw == slotv) slotw = null;
        if (slotv != null) {
            if (slotw != null && tw.isSubtypeOf(tv)) {
                PyObject x = slotw.apply(v, w, z);
                if (x != PySingleton.NOT_IMPLEMENTED) return x;
                slotw = null;
            }
            PyObject x = slotv.apply(v, w, z);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        if (slotw != null) {
            PyObject x = slotw.apply(v, w, z);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        if (z != PySingleton.NONE) {
            Slots.Ternary slotz = z.type().pow;
            if (slotz != null && slotz != slotv && slotz != slotw) {
                PyObject x = slotz.apply(v, w, z);
                if (x != PySingleton.NOT_IMPLEMENTED) return x;
            }
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tv.name(), tw.name(),
                    z.type().name());
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                tv.name(), tw.name());
    }

    /** In-place operator: the left operand's in-place slot, then the plain binary operation. */
    public static PyObject inplace(PyObject v, PyObject w, int nb, String op) {
        Slots.Binary islot = inplaceSlot(v.type(), nb);
        if (islot != null) {
            PyObject x = islot.apply(v, w);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        PyObject r = binaryOp1(v, w, nb);
        if (r != PySingleton.NOT_IMPLEMENTED) return r;
        throw PyErr.unsupportedOperands(op, v, w);
    }

    public static PyObject inplaceAdd(PyObject v, PyObject w) {
        Slots.Binary islot = v.type().iadd;
        if (islot != null) {
            PyObject x = islot.apply(v, w);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        PyObject r = binaryOp1(v, w, NB_ADD);
        if (r != PySingleton.NOT_IMPLEMENTED) return r;
        PyType t = v.type();
        if (t.inplaceConcat != null) return t.inplaceConcat.apply(v, w);
        if (t.concat != null) return t.concat.apply(v, w);
        throw PyErr.unsupportedOperands("+=", v, w);
    }

    public static PyObject inplaceMultiply(PyObject v, PyObject w) {
        Slots.Binary islot = v.type().imul;
        if (islot != null) {
            PyObject x = islot.apply(v, w);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        PyObject r = binaryOp1(v, w, NB_MULTIPLY);
        if (r != PySingleton.NOT_IMPLEMENTED) return r;
        Slots.Repeat rv = v.type().inplaceRepeat != null ? v.type().inplaceRepeat : v.type().repeat;
        if (rv != null) return sequenceRepeat(rv, v, w);
        if (w.type().repeat != null) return sequenceRepeat(w.type().repeat, w, v);
        throw PyErr.unsupportedOperands("*=", v, w);
    }

    public static PyObject inplacePower(PyObject v, PyObject w) {
        Slots.Ternary islot = v.type().ipow;
        if (islot != null) {
            PyObject x = islot.apply(v, w, PySingleton.NONE);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        return power(v, w, PySingleton.NONE, "**=");
    }

    // ---- unary -----------------------------------------------------------------------------

    public static PyObject negative(PyObject o) {
        Slots.Unary f = o.type().neg;
        if (f == null) throw badOperand("unary -", o);
        return f.apply(o);
    }

    public static PyObject positive(PyObject o) {
        Slots.Unary f = o.type().pos;
        if (f == null) throw badOperand("unary +", o);
        return f.apply(o);
    }

    public static PyObject invert(PyObject o) {
        Slots.Unary f = o.type().invert;
        if (f == null) throw badOperand("unary ~", o);
        return f.apply(o);
    }

    public static PyObject absolute(PyObject o) {
        Slots.Unary f = o.type().abs;
        if (f == null) throw badOperand("abs()", o);
        return f.apply(o);
    }

    private static PyException badOperand(String op, PyObject o) {
        return PyErr.format(ExceptionTypes.TYPE_ERROR, "bad operand type for %s: '%s'", op, o.type().name());
    }

    /** PyNumber_Index: the int an object stands for. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) return i;
        Slots.Unary f = o.type().index;
        if (f == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                    o.type().name());
        }
        PyObject r = f.apply(o);
        if (r instanceof PyInt i) return i;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__index__ returned non-int (type %s)", r.type().name());
    }

    /** PyFloat_AsDouble: the value of a float, or of an object with __float__ or __index__. */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.doubleValue();
        Slots.Unary ff = o.type().floatFn;
        if (ff != null) {
            PyObject r = ff.apply(o);
            if (r instanceof PyFloat f) return f.value;
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__float__ returned non-float (type %s)",
                    o.type().name(), r.type().name());
        }
        if (o.type().index != null) return index(o).doubleValue();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "must be real number, not %s", o.type().name());
    }
}
