// int's slots and methods: arithmetic with a long fast path and exact BigInteger fallback.
package pyj.interp.object;

import java.math.BigInteger;

/**
 * The behaviour of {@code int} (and {@code bool}'s overrides). Binary slots receive both
 * operands in source order and answer NotImplemented unless both are ints, as CPython's long
 * methods do. Results that overflow 64 bits switch to BigInteger; results that fit go back to
 * the long representation.
 */
public final class IntOps {
    private IntOps() {}

    /** Python's hash modulus for numbers: 2**61 - 1. */
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    /** sys.int_info default: the limit on digits for int/str conversion (CVE-2020-10735). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** The current limit; sys.set_int_max_str_digits changes it, 0 disables the check. */
    public static int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    static PyInt asInt(PyObject o) { return o instanceof PyInt i ? i : null; }

    // ---- arithmetic helpers -----------------------------------------------------------------

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return PyInt.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
            return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return PyInt.of(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
            return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
            return PyInt.of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
        }
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
        if (a.big == null && b.big == null) {
            if (a.value == Long.MIN_VALUE && b.value == -1) return PyInt.of(BigInteger.valueOf(Long.MIN_VALUE).negate());
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "integer modulo by zero");
        if (a.big == null && b.big == null) {
            if (b.value == -1) return PyInt.ZERO;
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().remainder(b.bigValue());
        if (r.signum() != 0 && r.signum() != b.signum()) r = r.add(b.bigValue());
        return PyInt.of(r);
    }

    public static PyObject trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) <= (1L << 53) && Math.abs(b.value) <= (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        return new PyFloat(exactDivide(a.bigValue(), b.bigValue()));
    }

    /** a / b correctly rounded to a double: 55+ quotient bits with a sticky bit, then one rounding. */
    static double exactDivide(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) return negative ? -0.0 : 0.0;
        int shift = b.bitLength() - a.bitLength() + 55;
        BigInteger n = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger d = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) q = q.setBit(0);
        int exp = q.bitLength() - shift; // the result lies in [2^(exp-1), 2^exp)
        if (exp > 1024) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        double r;
        int drop = shift - 1074;
        if (exp - 1 < -1022 && drop > 0) {
            // Subnormal: round once, at the 2^-1074 position.
            r = Math.scalb(roundHalfEven(q, drop).doubleValue(), -1074);
        } else {
            // q has at most 56 bits (the last one sticky): one correct rounding to 53, then an exact scale.
            r = Math.scalb(q.doubleValue(), -shift);
        }
        if (Double.isInfinite(r)) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** q shifted right by {@code drop} bits, rounded half to even. */
    private static BigInteger roundHalfEven(BigInteger q, int drop) {
        BigInteger kept = q.shiftRight(drop);
        BigInteger rem = q.subtract(kept.shiftLeft(drop));
        int c = rem.compareTo(BigInteger.ONE.shiftLeft(drop - 1));
        if (c > 0 || (c == 0 && kept.testBit(0))) kept = kept.add(BigInteger.ONE);
        return kept;
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (x == 0) {
                throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
            }
            return new PyFloat(FloatOps.powDouble(x, y));
        }
        if (a.big == null) {
            long base = a.value;
            if (base == 0 || base == 1) return b.signum() == 0 ? PyInt.ONE : a;
            if (base == -1) {
                boolean odd = b.big != null ? b.big.testBit(0) : (b.value & 1) == 1;
                return odd ? PyInt.MINUS_ONE : PyInt.ONE;
            }
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) throw PyErr.memoryError();
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            long x = base;
            long n = e;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) == 1) {
                    long hi = Math.multiplyHigh(result, x);
                    long lo = result * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(x, x);
                    long lo = x * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    x = lo;
                }
            }
            if (!overflow) return PyInt.of(result);
        }
        return PyInt.of(a.bigValue().pow((int) e));
    }

    public static PyObject powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw PyErr.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.bigValue();
        BigInteger absMod = mod.abs();
        BigInteger base = a.bigValue();
        BigInteger exp = b.bigValue();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                base = base.mod(absMod).modInverse(absMod);
            } catch (ArithmeticException e) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        if (absMod.equals(BigInteger.ONE)) return PyInt.ZERO;
        r = base.modPow(exp, absMod);
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return PyInt.of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw PyErr.valueError("negative shift count");
        if (a.signum() == 0) return PyInt.ZERO;
        if (b.big != null) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "too many digits in integer");
        long n = b.value;
        if (a.big == null && n < 63) {
            long x = a.value;
            long r = x << n;
            if ((r >> n) == x) return PyInt.of(r);
        }
        if (n > Integer.MAX_VALUE) throw PyErr.memoryError();
        return PyInt.of(a.bigValue().shiftLeft((int) n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw PyErr.valueError("negative shift count");
        if (b.big != null) return a.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        long n = b.value;
        if (a.big == null) return PyInt.of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        if (n > Integer.MAX_VALUE) return a.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        return PyInt.of(a.big.shiftRight((int) n));
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null) {
            if (a.value == Long.MIN_VALUE) return PyInt.of(BigInteger.valueOf(a.value).negate());
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.big.negate());
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.bigValue().compareTo(b.bigValue());
    }

    /** Python's numeric hash of an int: the value modulo 2**61 - 1, keeping the sign. */
    public static long hash(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            if (v == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
            } else {
                long a = Math.abs(v) % MODULUS;
                h = v < 0 ? -a : a;
            }
        } else {
            long a = i.big.abs().mod(BIG_MODULUS).longValue();
            h = i.big.signum() < 0 ? -a : a;
        }
        return h == -1 ? -2 : h;
    }

    // ---- text ------------------------------------------------------------------------------

    public static String toDecimal(PyInt i) {
        if (i.big == null) return Long.toString(i.value);
        if (maxStrDigits > 0 && i.big.bitLength() > maxStrDigits * 3.32 + 10) {
            // Above any value with maxStrDigits digits: refuse before the quadratic conversion.
            throw PyErr.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        String s = i.big.toString();
        int digits = s.length() - (s.charAt(0) == '-' ? 1 : 0);
        if (maxStrDigits > 0 && digits > maxStrDigits) {
            throw PyErr.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    // ---- slots -----------------------------------------------------------------------------

    static void fillSlots(PyType t) {
        t.repr = self -> PyStr.of(toDecimal((PyInt) self));
        t.hash = self -> hash((PyInt) self);
        t.bool = self -> ((PyInt) self).signum() != 0;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyInt y)) return PySingleton.NOT_IMPLEMENTED;
            return PyBool.of(op.test(compare((PyInt) a, y)));
        };
        t.add = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? add(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.sub = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? sub(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.mul = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? mul(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.floordiv = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? floorDiv(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.mod = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? mod(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.truediv = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? trueDiv(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.divmod = (a, b) -> {
            if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) return PySingleton.NOT_IMPLEMENTED;
            return PyTuple.of(floorDiv(x, y), mod(x, y));
        };
        t.pow = (a, b, m) -> {
            if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) return PySingleton.NOT_IMPLEMENTED;
            if (m == PySingleton.NONE) return pow(x, y);
            if (!(m instanceof PyInt z)) return PySingleton.NOT_IMPLEMENTED;
            return powMod(x, y, z);
        };
        t.lshift = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? lshift(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.rshift = (a, b) -> a instanceof PyInt x && b instanceof PyInt y ? rshift(x, y) : PySingleton.NOT_IMPLEMENTED;
        t.and = (a, b) -> {
            if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) return PySingleton.NOT_IMPLEMENTED;
            if (x.big == null && y.big == null) return PyInt.of(x.value & y.value);
            return PyInt.of(x.bigValue().and(y.bigValue()));
        };
        t.or = (a, b) -> {
            if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) return PySingleton.NOT_IMPLEMENTED;
            if (x.big == null && y.big == null) return PyInt.of(x.value | y.value);
            return PyInt.of(x.bigValue().or(y.bigValue()));
        };
        t.xor = (a, b) -> {
            if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) return PySingleton.NOT_IMPLEMENTED;
            if (x.big == null && y.big == null) return PyInt.of(x.value ^ y.value);
            return PyInt.of(x.bigValue().xor(y.bigValue()));
        };
        t.neg = self -> negate((PyInt) self);
        t.pos = IntOps::exact;
        t.abs = self -> ((PyInt) self).signum() < 0 ? negate((PyInt) self) : exact(self);
        t.invert = self -> {
            PyInt x = (PyInt) self;
            return x.big == null ? PyInt.of(~x.value) : PyInt.of(x.big.not());
        };
        t.intFn = IntOps::exact;
        t.index = IntOps::exact;
        t.floatFn = self -> new PyFloat(((PyInt) self).doubleValue());
        t.newFn = IntConstructor::newInt;
    }

    /** The value as an exact int (bools and int subclasses become plain ints). */
    public static PyObject exact(PyObject self) {
        PyInt x = (PyInt) self;
        if (x.getClass() == PyInt.class) return x;
        return x.big == null ? PyInt.of(x.value) : PyInt.of(x.big);
    }

    static void fillBoolSlots(PyType t) {
        t.repr = self -> PyStr.intern(((PyInt) self).value != 0 ? "True" : "False");
        t.and = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? PyBool.of((x.value & y.value) != 0)
                : PyInt.TYPE.and.apply(a, b);
        t.or = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? PyBool.of((x.value | y.value) != 0)
                : PyInt.TYPE.or.apply(a, b);
        t.xor = (a, b) -> a instanceof PyBool x && b instanceof PyBool y ? PyBool.of((x.value ^ y.value) != 0)
                : PyInt.TYPE.xor.apply(a, b);
        t.invert = self -> PyInt.of(~((PyInt) self).value);
        t.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("bool", kw);
            ArgParser.checkPositional("bool", args, kw, 0, 1);
            return args.length == 0 ? PyBool.FALSE : PyBool.of(ObjectProtocol.isTrue(args[0]));
        };
    }

    // ---- methods ---------------------------------------------------------------------------

    static void defineMethods(PyType t) {
        MethodDef.noArgs(t, "bit_length", self -> {
            PyInt x = (PyInt) self;
            if (x.big == null) return PyInt.of(64 - Long.numberOfLeadingZeros(Math.abs(x.value == Long.MIN_VALUE
                    ? Long.MAX_VALUE : x.value)) + (x.value == Long.MIN_VALUE ? 1 : 0));
            return PyInt.of(x.big.abs().bitLength());
        });
        MethodDef.noArgs(t, "bit_count", self -> {
            PyInt x = (PyInt) self;
            if (x.big == null && x.value != Long.MIN_VALUE) return PyInt.of(Long.bitCount(Math.abs(x.value)));
            return PyInt.of(x.bigValue().abs().bitCount());
        });
        MethodDef.noArgs(t, "conjugate", IntOps::exact);
        MethodDef.noArgs(t, "is_integer", self -> PyBool.TRUE);
        MethodDef.noArgs(t, "as_integer_ratio", self -> PyTuple.of(exact(self), PyInt.ONE));
        MethodDef.getter(t, "real", IntOps::exact);
        MethodDef.getter(t, "imag", self -> PyInt.ZERO);
        MethodDef.getter(t, "numerator", IntOps::exact);
        MethodDef.getter(t, "denominator", self -> PyInt.ONE);
        MethodDef.noArgs(t, "__trunc__", IntOps::exact);
        MethodDef.noArgs(t, "__floor__", IntOps::exact);
        MethodDef.noArgs(t, "__ceil__", IntOps::exact);
        MethodDef.noArgs(t, "__getnewargs__", self -> PyTuple.of(exact(self)));
        MethodDef.method(t, "__round__", (self, args, kw) -> {
            ArgParser.noKeywords("int.__round__", kw);
            if (args.length == 0 || args[0] == PySingleton.NONE) return exact(self);
            return roundInt((PyInt) self, NumberProtocol.index(args[0]));
        });
        MethodDef.oneArg(t, "__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__format__() argument must be str, not %s",
                        spec.type().name());
            }
            // An empty spec means str(self), which is how bool and subclasses keep their own text.
            if (s.value().isEmpty()) return ObjectProtocol.str(self);
            return PyStr.of(NumberFormatter.formatInt((PyInt) self, s.value()));
        });
        MethodDef.noArgs(t, "__sizeof__", self -> PyInt.of(28 + 4L * (((PyInt) self).bigValue().bitLength() / 30)));
        MethodDef.method(t, "to_bytes", IntConstructor::toBytes);
        MethodDef.classMethod(t, "from_bytes", IntConstructor::fromBytes);
    }

    static void defineBoolMethods(PyType t) {
        // bool inherits int's methods; its repr, and/or/xor live in the slots.
    }

    /** round(int, ndigits) with ndigits negative: round half to even at 10**-ndigits. */
    static PyObject roundInt(PyInt x, PyInt ndigits) {
        if (ndigits.signum() >= 0) return exact(x);
        if (ndigits.big != null) return PyInt.ZERO;
        BigInteger pow = BigInteger.TEN.pow((int) Math.min(Integer.MAX_VALUE, -ndigits.value));
        BigInteger v = x.bigValue();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return PyInt.of(q.multiply(pow));
    }
}
