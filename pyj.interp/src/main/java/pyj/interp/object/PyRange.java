// Python range: a lazy arithmetic sequence, with a long fast path and its iterator.
package pyj.interp.object;

import java.math.BigInteger;

public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, PyType.SEQUENCE, PyRange::define);
    public static final PyType ITER_TYPE = PyType.builtin("range_iterator", PyType.OBJECT, 0, ty -> MethodDef.noArgs(ty,
            "__length_hint__", self -> self instanceof RangeIterator r ? PyInt.of(Math.max(0, r.remaining))
                    : ((BigRangeIterator) self).lengthHint()));

    static {
        TYPE.newFn = PyRange::newRange;
        TYPE.repr = self -> {
            PyRange r = (PyRange) self;
            String s = "range(" + ObjectProtocol.reprString(r.start) + ", " + ObjectProtocol.reprString(r.stop);
            if (!(r.step.big == null && r.step.value == 1)) s += ", " + ObjectProtocol.reprString(r.step);
            return PyStr.of(s + ")");
        };
        TYPE.length = self -> ((PyRange) self).length().asSsize();
        TYPE.bool = self -> ((PyRange) self).length().signum() != 0;
        TYPE.iter = self -> ((PyRange) self).iterator();
        TYPE.getitem = PyRange::getitem;
        TYPE.contains = PyRange::contains;
        TYPE.hash = self -> {
            PyRange r = (PyRange) self;
            PyInt n = r.length();
            if (n.signum() == 0) return ObjectProtocol.hash(PyTuple.of(n, PySingleton.NONE, PySingleton.NONE));
            if (n.big == null && n.value == 1) return ObjectProtocol.hash(PyTuple.of(n, r.start, PySingleton.NONE));
            return ObjectProtocol.hash(PyTuple.of(n, r.start, r.step));
        };
        TYPE.richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            boolean eq = ((PyRange) a).sameSequence(y);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        ITER_TYPE.iter = self -> self;
        ITER_TYPE.next = self -> ((RangeIterator) self).next();
        ITER_TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return TYPE; }

    private static PyObject newRange(PyType type, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("range", kw);
        ArgParser.checkPositional("range", args, kw, 1, 3);
        if (args.length == 1) return new PyRange(PyInt.ZERO, (PyInt) IntOps.exact(NumberProtocol.index(args[0])), PyInt.ONE);
        PyInt start = (PyInt) IntOps.exact(NumberProtocol.index(args[0]));
        PyInt stop = (PyInt) IntOps.exact(NumberProtocol.index(args[1]));
        PyInt step = args.length > 2 ? (PyInt) IntOps.exact(NumberProtocol.index(args[2])) : PyInt.ONE;
        if (step.signum() == 0) throw PyErr.valueError("range() arg 3 must not be zero");
        return new PyRange(start, stop, step);
    }

    /** Number of elements (may exceed a long only in theory; uses BigInteger when needed). */
    public PyInt length() {
        if (start.big == null && stop.big == null && step.big == null) {
            long lo = start.value;
            long hi = stop.value;
            long st = step.value;
            if (st > 0 ? lo >= hi : lo <= hi) return PyInt.ZERO;
            try {
                long span = st > 0 ? Math.subtractExact(hi, lo) : Math.subtractExact(lo, hi);
                long s = Math.abs(st);
                return PyInt.of((span - 1) / s + 1);
            } catch (ArithmeticException e) {
                // fall through to BigInteger
            }
        }
        BigInteger lo = start.bigValue();
        BigInteger hi = stop.bigValue();
        BigInteger st = step.bigValue();
        if (st.signum() > 0 ? lo.compareTo(hi) >= 0 : lo.compareTo(hi) <= 0) return PyInt.ZERO;
        BigInteger span = st.signum() > 0 ? hi.subtract(lo) : lo.subtract(hi);
        return PyInt.of(span.subtract(BigInteger.ONE).divide(st.abs()).add(BigInteger.ONE));
    }

    private PyInt item(BigInteger i) { return PyInt.of(start.bigValue().add(step.bigValue().multiply(i))); }

    private static PyObject getitem(PyObject self, PyObject key) {
        PyRange r = (PyRange) self;
        if (key instanceof PySlice s) {
            PyInt n = r.length();
            long[] idx = s.indices(n.asSsize());
            PyInt st = IntOps.mul(r.step, PyInt.of(idx[2]));
            PyInt first = IntOps.add(r.start, IntOps.mul(r.step, PyInt.of(idx[0])));
            PyInt last = IntOps.add(r.start, IntOps.mul(r.step, PyInt.of(idx[1])));
            return new PyRange(first, last, st);
        }
        if (!(key instanceof PyInt) && key.type().index == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "range indices must be integers or slices, not %s",
                    key.type().name());
        }
        BigInteger i = NumberProtocol.index(key).bigValue();
        BigInteger n = r.length().bigValue();
        if (i.signum() < 0) i = i.add(n);
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw PyErr.format(ExceptionTypes.INDEX_ERROR, "range object index out of range");
        }
        return r.item(i);
    }

    private static boolean contains(PyObject self, PyObject item) {
        PyRange r = (PyRange) self;
        if (item.getClass() == PyInt.class || item.getClass() == PyBool.class) {
            BigInteger v = ((PyInt) item).bigValue();
            BigInteger lo = r.start.bigValue();
            BigInteger hi = r.stop.bigValue();
            BigInteger st = r.step.bigValue();
            if (st.signum() > 0) {
                if (v.compareTo(lo) < 0 || v.compareTo(hi) >= 0) return false;
            } else if (v.compareTo(lo) > 0 || v.compareTo(hi) <= 0) {
                return false;
            }
            return v.subtract(lo).mod(st.abs()).signum() == 0;
        }
        PyObject it = r.iterator();
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
            if (ObjectProtocol.richCompareBool(x, item, CompareOp.EQ)) return true;
        }
        return false;
    }

    private boolean sameSequence(PyRange y) {
        PyInt n = length();
        if (IntOps.compare(n, y.length()) != 0) return false;
        if (n.signum() == 0) return true;
        if (IntOps.compare(start, y.start) != 0) return false;
        return (n.big == null && n.value == 1) || IntOps.compare(step, y.step) == 0;
    }

    public PyObject iterator() {
        if (start.big == null && stop.big == null && step.big == null) {
            PyInt n = length();
            if (n.big == null) return new RangeIterator(start.value, step.value, n.value);
        }
        return new BigRangeIterator(this);
    }

    /** Iterator over a range whose values fit in a long: the common case, allocation-free per step bar the int. */
    public static final class RangeIterator extends PyObject {
        public long next;
        public final long step;
        public long remaining;

        RangeIterator(long start, long step, long count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyType type() { return ITER_TYPE; }

        public PyObject next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }

    private static final class BigRangeIterator extends PyObject {
        private BigInteger index = BigInteger.ZERO;
        private final PyRange range;
        private final BigInteger count;

        BigRangeIterator(PyRange r) {
            this.range = r;
            this.count = r.length().bigValue();
        }

        @Override
        public PyType type() { return ITER_TYPE; }

        PyObject lengthHint() {
            return PyInt.of(count.subtract(index).max(BigInteger.ZERO));
        }

        PyObject next() {
            if (index.compareTo(count) >= 0) return null;
            PyObject v = range.item(index);
            index = index.add(BigInteger.ONE);
            return v;
        }
    }

    static {
        ITER_TYPE.next = self -> self instanceof RangeIterator ri ? ri.next() : ((BigRangeIterator) self).next();
    }

    private static void define(PyType t) {
        MethodDef.getter(t, "start", self -> ((PyRange) self).start);
        MethodDef.getter(t, "stop", self -> ((PyRange) self).stop);
        MethodDef.getter(t, "step", self -> ((PyRange) self).step);
        MethodDef.oneArg(t, "count", (self, x) -> PyInt.of(contains(self, x) ? 1 : 0));
        MethodDef.oneArg(t, "index", (self, x) -> {
            PyRange r = (PyRange) self;
            if (!contains(self, x)) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR, "%s is not in range", ObjectProtocol.reprString(x));
            }
            BigInteger i = ((PyInt) x).bigValue().subtract(r.start.bigValue()).divide(r.step.bigValue());
            return PyInt.of(i);
        });
        MethodDef.noArgs(t, "__reversed__", self -> {
            PyRange r = (PyRange) self;
            PyInt n = r.length();
            PyInt last = IntOps.add(r.start, IntOps.mul(IntOps.sub(n, PyInt.ONE), r.step));
            return new PyRange(last, IntOps.sub(r.start, r.step), IntOps.negate(r.step)).iterator();
        });
    }
}
