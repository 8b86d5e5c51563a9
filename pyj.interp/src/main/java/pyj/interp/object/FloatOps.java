// float's slots and methods: IEEE arithmetic with Python's division, modulo, power and comparison rules.
package pyj.interp.object;

import java.math.BigDecimal;
import java.math.BigInteger;

public final class FloatOps {
    private FloatOps() {}

    /** The operand as a double when it is a float or an int; NaN sentinel is not usable, so null means "not a number type". */
    private static boolean isNum(PyObject o) { return o instanceof PyFloat || o instanceof PyInt; }

    private static double val(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).doubleValue();
    }

    public static double floorDiv(double a, double b) {
        if (b == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "float floor division by zero");
        return divmod(a, b)[0];
    }

    public static double mod(double a, double b) {
        if (b == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "float modulo by zero");
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** CPython's float_divmod. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** float ** float for real results (C pow semantics, with Python's error rules). */
    public static double powDouble(double x, double y) {
        if (y == 0) return 1.0;
        if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
        if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
        if (x == 0) {
            if (y < 0 && !Double.isInfinite(y)) {
                throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
            }
        }
        double r = pyj.interp.numerics.ExpLog.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyErr.withArgs(ExceptionTypes.OVERFLOW_ERROR, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return r;
    }

    static PyObject pow(PyObject a, PyObject b, PyObject m) {
        if (!isNum(a) || !isNum(b)) return PySingleton.NOT_IMPLEMENTED;
        if (m != PySingleton.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        double x = val(a);
        double y = val(b);
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            return ComplexOps.pow(x, 0, y, 0);
        }
        return new PyFloat(powDouble(x, y));
    }

    /** _Py_HashDouble. */
    public static long hash(double v, PyObject self) {
        if (Double.isNaN(v)) return Identity.hash(self);
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        int sign = v < 0 ? -1 : 1;
        double m = Math.abs(v);
        if (m == 0) return 0;
        int e;
        if (Math.getExponent(m) == Double.MIN_EXPONENT - 1) {
            // Subnormal: scale into the normal range first, then account for the scaling.
            m *= 0x1p54;
            int k = Math.getExponent(m) + 1;
            m = Math.scalb(m, -k);
            e = k - 54;
        } else {
            e = Math.getExponent(m) + 1;
            m = Math.scalb(m, -e);
        }
        long x = 0;
        long modulus = IntOps.MODULUS;
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) x -= modulus;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & modulus) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** Exact comparison of a float with an int, as float_richcompare does. */
    static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) return d > 0 ? 1 : -1;
        if (i.big == null && Math.abs(i.value) < (1L << 53)) return Double.compare(d, (double) i.value) == 0 ? 0
                : (d < i.value ? -1 : 1);
        BigDecimal bd = new BigDecimal(d);
        return bd.compareTo(new BigDecimal(i.bigValue()));
    }

    private static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        double x = ((PyFloat) a).value;
        if (b instanceof PyFloat f) {
            double y = f.value;
            return PyBool.of(switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        if (b instanceof PyInt i) {
            if (Double.isNaN(x)) return PyBool.of(op == CompareOp.NE);
            return PyBool.of(op.test(compareWithInt(x, i)));
        }
        return PySingleton.NOT_IMPLEMENTED;
    }

    static void fillSlots(PyType t) {
        t.repr = self -> PyStr.of(FloatFormat.repr(((PyFloat) self).value));
        t.hash = self -> hash(((PyFloat) self).value, self);
        t.bool = self -> ((PyFloat) self).value != 0;
        t.richcompare = FloatOps::compare;
        t.add = (a, b) -> isNum(a) && isNum(b) ? new PyFloat(val(a) + val(b)) : PySingleton.NOT_IMPLEMENTED;
        t.sub = (a, b) -> isNum(a) && isNum(b) ? new PyFloat(val(a) - val(b)) : PySingleton.NOT_IMPLEMENTED;
        t.mul = (a, b) -> isNum(a) && isNum(b) ? new PyFloat(val(a) * val(b)) : PySingleton.NOT_IMPLEMENTED;
        t.truediv = (a, b) -> {
            if (!isNum(a) || !isNum(b)) return PySingleton.NOT_IMPLEMENTED;
            double y = val(b);
            if (y == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "float division by zero");
            return new PyFloat(val(a) / y);
        };
        t.floordiv = (a, b) -> isNum(a) && isNum(b) ? new PyFloat(floorDiv(val(a), val(b))) : PySingleton.NOT_IMPLEMENTED;
        t.mod = (a, b) -> isNum(a) && isNum(b) ? new PyFloat(mod(val(a), val(b))) : PySingleton.NOT_IMPLEMENTED;
        t.divmod = (a, b) -> {
            if (!isNum(a) || !isNum(b)) return PySingleton.NOT_IMPLEMENTED;
            double y = val(b);
            if (y == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "float divmod()");
            double[] r = divmod(val(a), y);
            return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
        };
        t.pow = FloatOps::pow;
        t.neg = self -> new PyFloat(-((PyFloat) self).value);
        t.pos = self -> self.getClass() == PyFloat.class ? self : new PyFloat(((PyFloat) self).value);
        t.abs = self -> new PyFloat(Math.abs(((PyFloat) self).value));
        t.intFn = self -> IntConstructor.fromDouble(((PyFloat) self).value);
        t.floatFn = self -> self.getClass() == PyFloat.class ? self : new PyFloat(((PyFloat) self).value);
        t.newFn = FloatOps::newFloat;
    }

    private static PyObject newFloat(PyType type, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("float", kw);
        ArgParser.checkPositional("float", args, kw, 0, 1);
        PyFloat r;
        if (args.length == 0) {
            r = new PyFloat(0.0);
        } else {
            r = toFloat(args[0]);
        }
        return type == PyFloat.TYPE ? r : DerivedInstances.floating(type, r.value);
    }

    static PyFloat toFloat(PyObject x) {
        if (x.getClass() == PyFloat.class) return (PyFloat) x;
        if (x instanceof PyStr s) return new PyFloat(parse(s.value(), x));
        if (x instanceof PyBytesLike b) return new PyFloat(parse(b.asLatin1(), x));
        PyType t = x.type();
        if (t.floatFn != null) {
            PyObject r = t.floatFn.apply(x);
            if (r instanceof PyFloat f) return f.getClass() == PyFloat.class ? f : new PyFloat(f.value);
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__float__ returned non-float (type %s)", t.name(),
                    r.type().name());
        }
        if (t.index != null) return new PyFloat(NumberProtocol.index(x).doubleValue());
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "float() argument must be a string or a real number, not '%s'",
                t.name());
    }

    /** float(str): Python's float syntax (underscores, inf, nan, surrounding whitespace). */
    public static double parse(String text, PyObject original) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return sign > 0 ? Double.NaN : -Double.NaN;
        if (!validFloat(body)) {
            throw PyErr.valueError("could not convert string to float: " + ObjectProtocol.reprString(original));
        }
        return sign * Double.parseDouble(body.replace("_", ""));
    }

    private static boolean validFloat(String s) {
        int i = 0;
        int n = s.length();
        int digits = 0;
        boolean lastUnderscore = false;
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            if (s.charAt(i) == '_') {
                if (digits == 0 || lastUnderscore) return false;
                lastUnderscore = true;
            } else {
                if (s.charAt(i) > 127) return false;
                digits++;
                lastUnderscore = false;
            }
            i++;
        }
        if (lastUnderscore) return false;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int frac = 0;
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                if (s.charAt(i) == '_') {
                    if (frac == 0 || lastUnderscore) return false;
                    lastUnderscore = true;
                } else {
                    frac++;
                    lastUnderscore = false;
                }
                i++;
            }
            if (lastUnderscore) return false;
            digits += frac;
        }
        if (digits == 0) return false;
        if (i < n && s.charAt(i) == 'e') {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int exp = 0;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) return false;
        }
        return i == n;
    }

    static void defineMethods(PyType t) {
        MethodDef.noArgs(t, "is_integer", self -> {
            double v = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        MethodDef.noArgs(t, "conjugate", self -> t.pos.apply(self));
        MethodDef.getter(t, "real", self -> t.pos.apply(self));
        MethodDef.getter(t, "imag", self -> new PyFloat(0.0));
        MethodDef.noArgs(t, "__trunc__", self -> IntConstructor.fromDouble(((PyFloat) self).value));
        MethodDef.noArgs(t, "__floor__", self -> IntConstructor.fromDouble(Math.floor(((PyFloat) self).value)));
        MethodDef.noArgs(t, "__ceil__", self -> IntConstructor.fromDouble(Math.ceil(((PyFloat) self).value)));
        MethodDef.noArgs(t, "__getnewargs__", self -> PyTuple.of(new PyFloat(((PyFloat) self).value)));
        MethodDef.method(t, "__round__", (self, args, kw) -> {
            ArgParser.noKeywords("float.__round__", kw);
            double v = ((PyFloat) self).value;
            if (args.length == 0 || args[0] == PySingleton.NONE) {
                double r = Math.rint(v);
                return IntConstructor.fromDouble(r);
            }
            return new PyFloat(round(v, ObjectProtocol.index(args[0])));
        });
        MethodDef.oneArg(t, "__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__format__() argument must be str, not %s",
                        spec.type().name());
            }
            if (s.value().isEmpty()) return ObjectProtocol.str(self);
            return PyStr.of(NumberFormatter.formatFloat(((PyFloat) self).value, s.value()));
        });
        MethodDef.noArgs(t, "as_integer_ratio", self -> {
            double v = ((PyFloat) self).value;
            if (Double.isInfinite(v)) {
                throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(v)) throw PyErr.valueError("cannot convert NaN to integer ratio");
            BigDecimal bd = new BigDecimal(v);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.ONE;
            int scale = bd.scale();
            if (scale > 0) den = BigInteger.TEN.pow(scale);
            else num = num.multiply(BigInteger.TEN.pow(-scale));
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        MethodDef.noArgs(t, "hex", self -> PyStr.of(FloatHex.toHex(((PyFloat) self).value)));
        MethodDef.classMethod(t, "fromhex", (cls, args, kw) -> {
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "float.fromhex() takes exactly one argument (%d given)",
                        args.length);
            }
            double d = FloatHex.fromHex(ObjectProtocol.strString(args[0]));
            PyFloat f = new PyFloat(d);
            return cls == PyFloat.TYPE ? f : ObjectProtocol.call(cls, f);
        });
        MethodDef.classMethod(t, "__getformat__", (cls, args, kw) -> PyStr.of("IEEE, little-endian"));
    }

    /** round(x, n): correctly rounded via the exact decimal value, half to even. */
    static double round(double v, long ndigits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return v;
        if (ndigits > 325) return v;
        if (ndigits < -310) return Math.copySign(0.0, v);
        BigDecimal bd = new BigDecimal(v).setScale((int) ndigits, java.math.RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        if (Double.isInfinite(r)) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "rounded value too large to represent");
        if (r == 0) return Math.copySign(0.0, v);
        return r;
    }
}
