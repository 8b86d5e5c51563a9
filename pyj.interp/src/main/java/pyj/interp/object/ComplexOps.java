// complex's slots and methods, following CPython's complexobject.c algorithms.
package pyj.interp.object;

public final class ComplexOps {
    private ComplexOps() {}

    private static boolean isNum(PyObject o) {
        return o instanceof PyComplex || o instanceof PyFloat || o instanceof PyInt;
    }

    private static double re(PyObject o) {
        if (o instanceof PyComplex c) return c.real;
        if (o instanceof PyFloat f) return f.value;
        return ((PyInt) o).doubleValue();
    }

    private static double im(PyObject o) { return o instanceof PyComplex c ? c.imag : 0.0; }

    public static String repr(double re, double im) { return pyj.compiler.code.Reprs.complexRepr(re, im); }

    static PyComplex div(double a, double b, double c, double d) {
        // Smith's algorithm, as CPython's _Py_c_quot.
        double absC = Math.abs(c);
        double absD = Math.abs(d);
        if (c == 0 && d == 0) throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "division by zero");
        if (absC >= absD) {
            double ratio = d / c;
            double denom = c + d * ratio;
            return new PyComplex((a + b * ratio) / denom, (b - a * ratio) / denom);
        } else if (absD >= absC) {
            double ratio = c / d;
            double denom = c * ratio + d;
            return new PyComplex((a * ratio + b) / denom, (b * ratio - a) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    static PyObject pow(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) return new PyComplex(1, 0);
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw PyErr.format(ExceptionTypes.ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) <= 100) {
            // Integer exponent: repeated multiplication, like CPython's c_powi.
            long n = (long) br;
            double[] r = powu(ar, ai, Math.abs(n));
            if (n < 0) {
                PyComplex q = div(1, 0, r[0], r[1]);
                return q;
            }
            return new PyComplex(r[0], r[1]);
        }
        double vabs = Math.hypot(ar, ai);
        double len = pyj.interp.numerics.ExpLog.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static double[] powu(double xr, double xi, long n) {
        double rr = 1;
        double ri = 0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = 2 * pr * pi;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    static long hash(double re, double im, PyObject self) {
        long hr = FloatOps.hash(re, self);
        long hi = FloatOps.hash(im, self);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    static void fillSlots(PyType t) {
        t.repr = self -> {
            PyComplex c = (PyComplex) self;
            return PyStr.of(repr(c.real, c.imag));
        };
        t.hash = self -> {
            PyComplex c = (PyComplex) self;
            return hash(c.real, c.imag, self);
        };
        t.bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.richcompare = (a, b, op) -> {
            if (!isNum(b)) return PySingleton.NOT_IMPLEMENTED;
            if (op != CompareOp.EQ && op != CompareOp.NE) return PySingleton.NOT_IMPLEMENTED;
            PyComplex c = (PyComplex) a;
            boolean eq;
            if (b instanceof PyInt i) eq = c.imag == 0 && FloatOps.compareWithInt(c.real, i) == 0 && !Double.isNaN(c.real);
            else eq = c.real == re(b) && c.imag == im(b);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.add = (a, b) -> isNum(a) && isNum(b) ? new PyComplex(re(a) + re(b), im(a) + im(b)) : PySingleton.NOT_IMPLEMENTED;
        t.sub = (a, b) -> isNum(a) && isNum(b) ? new PyComplex(re(a) - re(b), im(a) - im(b)) : PySingleton.NOT_IMPLEMENTED;
        t.mul = (a, b) -> {
            if (!isNum(a) || !isNum(b)) return PySingleton.NOT_IMPLEMENTED;
            double ar = re(a);
            double ai = im(a);
            double br = re(b);
            double bi = im(b);
            return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
        };
        t.truediv = (a, b) -> isNum(a) && isNum(b) ? div(re(a), im(a), re(b), im(b)) : PySingleton.NOT_IMPLEMENTED;
        t.pow = (a, b, m) -> {
            if (!isNum(a) || !isNum(b)) return PySingleton.NOT_IMPLEMENTED;
            if (m != PySingleton.NONE) throw PyErr.valueError("complex modulo");
            return pow(re(a), im(a), re(b), im(b));
        };
        t.neg = self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.pos = self -> new PyComplex(((PyComplex) self).real, ((PyComplex) self).imag);
        t.abs = self -> {
            PyComplex c = (PyComplex) self;
            double r = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "absolute value too large");
            }
            return new PyFloat(r);
        };
        t.newFn = ComplexOps::newComplex;
    }

    private static final ArgParser ARGS = new ArgParser("complex", 0, "real", "imag");

    private static PyObject newComplex(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = ARGS.parse(args, kw);
        double re = 0;
        double im = 0;
        boolean firstIsComplex = false;
        if (a[0] != null) {
            if (a[0] instanceof PyStr s) {
                if (a[1] != null) throw PyErr.typeError("complex() can't take second arg if first is a string");
                double[] v = parse(s.value());
                re = v[0];
                im = v[1];
            } else if (a[0] instanceof PyComplex c) {
                re = c.real;
                im = c.imag;
                firstIsComplex = true;
            } else {
                PyObject cm = ObjectProtocol.lookupSpecial(a[0], PyStr.intern("__complex__"));
                if (cm != null) {
                    PyObject r = ObjectProtocol.call(cm);
                    if (!(r instanceof PyComplex c)) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__complex__ returned non-complex (type %s)",
                                r.type().name());
                    }
                    re = c.real;
                    im = c.imag;
                    firstIsComplex = true;
                } else {
                    re = realArg(a[0], "first");
                }
            }
        }
        if (a[1] != null) {
            if (a[1] instanceof PyStr) throw PyErr.typeError("complex() second arg can't be a string");
            if (a[1] instanceof PyComplex c) {
                re -= c.imag;
                im += c.real;
            } else {
                // Added only to a complex first argument's imaginary part, so complex(1.5, -0.0) keeps -0.0.
                double i = realArg(a[1], "second");
                im = firstIsComplex ? im + i : i;
            }
        }
        return type == PyComplex.TYPE ? new PyComplex(re, im) : DerivedInstances.complex(type, re, im);
    }

    private static double realArg(PyObject o, String which) {
        if (o instanceof PyFloat || o instanceof PyInt || o.type().floatFn != null || o.type().index != null) {
            return NumberProtocol.asDouble(o);
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "complex() %s argument must be a string or a number, not '%s'",
                which, o.type().name());
    }

    static double[] parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                        split = i;
                        break;
                    }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1 : body.equals("-") ? -1
                            : FloatOps.parse(body, PyStr.of(text));
                    return new double[] {0, im};
                }
                double re = FloatOps.parse(body.substring(0, split), PyStr.of(text));
                String imPart = body.substring(split);
                double im = imPart.equals("+") ? 1 : imPart.equals("-") ? -1 : FloatOps.parse(imPart, PyStr.of(text));
                return new double[] {re, im};
            }
            return new double[] {FloatOps.parse(s, PyStr.of(text)), 0};
        } catch (PyException e) {
            throw PyErr.valueError("complex() arg is a malformed string");
        }
    }

    static void defineMethods(PyType t) {
        MethodDef.oneArg(t, "__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__format__() argument must be str, not %s",
                        spec.type().name());
            }
            PyComplex c = (PyComplex) self;
            return PyStr.of(NumberFormatter.formatComplex(c.real, c.imag, s.value()));
        });
        MethodDef.getter(t, "real", self -> new PyFloat(((PyComplex) self).real));
        MethodDef.getter(t, "imag", self -> new PyFloat(((PyComplex) self).imag));
        MethodDef.noArgs(t, "conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        MethodDef.noArgs(t, "__complex__", self -> self);
        MethodDef.noArgs(t, "__getnewargs__", self -> PyTuple.of(new PyFloat(((PyComplex) self).real),
                new PyFloat(((PyComplex) self).imag)));
    }
}
