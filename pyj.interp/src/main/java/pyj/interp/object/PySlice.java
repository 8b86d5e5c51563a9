// Python slice objects and the index arithmetic every sequence shares (PySlice_Unpack/AdjustIndices).
package pyj.interp.object;

public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, 0, t -> {
        MethodDef.getter(t, "start", self -> ((PySlice) self).start);
        MethodDef.getter(t, "stop", self -> ((PySlice) self).stop);
        MethodDef.getter(t, "step", self -> ((PySlice) self).step);
        MethodDef.oneArg(t, "indices", (self, len) -> {
            long n = ObjectProtocol.index(len);
            if (n < 0) throw PyErr.valueError("length should not be negative");
            long[] r = ((PySlice) self).indices(n);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
    });

    static {
        TYPE.repr = self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + ObjectProtocol.reprString(s.start) + ", " + ObjectProtocol.reprString(s.stop)
                    + ", " + ObjectProtocol.reprString(s.step) + ")");
        };
        TYPE.richcompare = (a, b, op) -> {
            if (!(b instanceof PySlice y)) return PySingleton.NOT_IMPLEMENTED;
            PySlice x = (PySlice) a;
            return ObjectProtocol.richCompare(PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step), op);
        };
        TYPE.hash = self -> {
            PySlice s = (PySlice) self;
            return ObjectProtocol.hash(PyTuple.of(s.start, s.stop, s.step));
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("slice", kw);
            ArgParser.checkPositional("slice", args, kw, 1, 3);
            if (args.length == 1) return new PySlice(PySingleton.NONE, args[0], PySingleton.NONE);
            return new PySlice(args[0], args[1], args.length > 2 ? args[2] : PySingleton.NONE);
        };
    }

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return TYPE; }

    /** {start, stop, step, slicelength} for a sequence of the given length. */
    public long[] indices(long length) {
        long stp;
        if (step == PySingleton.NONE) {
            stp = 1;
        } else {
            stp = clampIndex(step);
            if (stp == 0) throw PyErr.valueError("slice step cannot be zero");
        }
        long lower = stp < 0 ? -1 : 0;
        long upper = stp < 0 ? length - 1 : length;
        long st;
        if (start == PySingleton.NONE) {
            st = stp < 0 ? upper : lower;
        } else {
            st = clampIndex(start);
            if (st < 0) {
                st += length;
                if (st < lower) st = lower;
            } else if (st > upper) {
                st = upper;
            }
        }
        long sp;
        if (stop == PySingleton.NONE) {
            sp = stp < 0 ? lower : upper;
        } else {
            sp = clampIndex(stop);
            if (sp < 0) {
                sp += length;
                if (sp < lower) sp = lower;
            } else if (sp > upper) {
                sp = upper;
            }
        }
        long n;
        if (stp < 0) n = sp < st ? (st - sp - 1) / (-stp) + 1 : 0;
        else n = st < sp ? (sp - st - 1) / stp + 1 : 0;
        return new long[] {st, sp, stp, n};
    }

    /** A slice bound: None handled by the caller; ints clamp to the long range, like _PyEval_SliceIndex. */
    private static long clampIndex(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big == null) return i.value;
            return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (o.type().index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = NumberProtocol.index(o);
        if (i.big == null) return i.value;
        return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** Normalizes a sequence index, raising IndexError with the type's message when out of range. */
    public static int checkIndex(PyObject key, int length, String what) {
        long i;
        if (key instanceof PyInt k) {
            if (k.big != null) throw PyErr.format(ExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            i = k.value;
        } else {
            i = NumberProtocol.index(key).asSsize();
        }
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw PyErr.format(ExceptionTypes.INDEX_ERROR, "%s index out of range", what);
        return (int) i;
    }
}
