// The builtins that consume iterables: len, iter, next, sorted, min, max, sum, any, all.
package pyj.interp.builtins;

import pyj.interp.object.ArgParser;
import pyj.interp.object.CompareOp;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyByteArray;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.ValueReturningIterator;

final class IterationBuiltins {
    private IterationBuiltins() {}

    private static final ArgParser SUM = new ArgParser("sum", 1, 1, 2, "iterable", "start");

    static void define(PyModule b) {
        b.put("len", MethodDef.function1(b, "len", o -> PyInt.of(ObjectProtocol.length(o))));
        b.put("iter", MethodDef.function(b, "iter", (self, args, kw) -> {
            ArgParser.noKeywords("iter", kw);
            ArgParser.checkPositional("iter", args, kw, 1, 2);
            if (args.length == 1) return ObjectProtocol.getIter(args[0]);
            if (args[0].type().call == null) throw PyErr.typeError("iter(v, w): v must be callable");
            return new PyCallableIterator(args[0], args[1]);
        }));
        b.put("next", MethodDef.function(b, "next", (self, args, kw) -> {
            ArgParser.noKeywords("next", kw);
            ArgParser.checkPositional("next", args, kw, 1, 2);
            PyObject it = args[0];
            if (it.type().next == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not an iterator", it.type().name());
            }
            PyObject v = ObjectProtocol.next(it);
            if (v != null) return v;
            if (args.length == 2) return args[1];
            throw ValueReturningIterator.exhausted(it);
        }));
        b.put("sorted", MethodDef.function(b, "sorted", IterationBuiltins::sorted));
        b.put("min", MethodDef.function(b, "min", (self, args, kw) -> minMax(args, kw, "min", CompareOp.LT)));
        b.put("max", MethodDef.function(b, "max", (self, args, kw) -> minMax(args, kw, "max", CompareOp.GT)));
        b.put("sum", MethodDef.function(b, "sum", (self, args, kw) -> {
            PyObject[] a = SUM.parse(args, kw);
            return sum(a[0], a[1]);
        }));
        b.put("any", MethodDef.function1(b, "any", o -> {
            PyObject it = ObjectProtocol.getIter(o);
            for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) if (ObjectProtocol.isTrue(x)) return PyBool.TRUE;
            return PyBool.FALSE;
        }));
        b.put("all", MethodDef.function1(b, "all", o -> {
            PyObject it = ObjectProtocol.getIter(o);
            for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) if (!ObjectProtocol.isTrue(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        }));
    }

    /** sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by list.sort. */
    private static PyObject sorted(PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (args.length - nkw < 1) throw PyErr.typeError("sorted expected 1 argument, got 0");
        PyList list = new PyList();
        PyObject it = ObjectProtocol.getIter(args[0]);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) list.append(x);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        ObjectProtocol.call(ObjectProtocol.getAttr(list, "sort"), rest, kw);
        return list;
    }

    private static PyObject minMax(PyObject[] args, String[] kw, String name, CompareOp op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject key = null;
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kw[k]) {
                case "key" -> key = v == PySingleton.NONE ? null : v;
                case "default" -> dflt = v;
                default -> throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                        name, kw[k]);
            }
        }
        if (npos == 0) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected at least 1 argument, got 0", name);
        if (npos > 1 && dflt != null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = ObjectProtocol.getIter(npos == 1 ? args[0] : new pyj.interp.object.PyTuple(
                java.util.Arrays.copyOf(args, npos)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
            PyObject k = key == null ? x : ObjectProtocol.call(key, x);
            if (best == null || ObjectProtocol.richCompareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw PyErr.format(ExceptionTypes.VALUE_ERROR, "%s() iterable argument is empty", name);
    }

    /** sum(): exact-int and float fast paths (floats with compensated summation, as CPython 3.12+). */
    static PyObject sum(PyObject iterable, PyObject start) {
        PyObject result = start == null ? PyInt.ZERO : start;
        if (result instanceof PyStr) throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (result instanceof PyBytes) throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (result instanceof PyByteArray) throw PyErr.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        PyObject it = ObjectProtocol.getIter(iterable);
        PyObject item = null;
        if (result.getClass() == PyInt.class && ((PyInt) result).isSmall()) {
            long acc = ((PyInt) result).value;
            for (;;) {
                item = ObjectProtocol.next(it);
                if (item == null) return PyInt.of(acc);
                if (item instanceof PyInt i && (item.getClass() == PyInt.class || item instanceof PyBool) && i.isSmall()) {
                    long r = acc + i.value;
                    if (((acc ^ r) & (i.value ^ r)) >= 0) {
                        acc = r;
                        continue;
                    }
                }
                result = NumberProtocol.add(PyInt.of(acc), item);
                break;
            }
            item = null;
        }
        if (result.getClass() == PyFloat.class) {
            double hi = ((PyFloat) result).value;
            double lo = 0.0;
            for (;;) {
                item = ObjectProtocol.next(it);
                if (item == null) return new PyFloat(lo != 0.0 && Double.isFinite(lo) ? hi + lo : hi);
                if (item.getClass() == PyFloat.class) {
                    double x = ((PyFloat) item).value;
                    double t = hi + x;
                    if (Math.abs(hi) >= Math.abs(x)) lo += (hi - t) + x;
                    else lo += (x - t) + hi;
                    hi = t;
                    continue;
                }
                if (item instanceof PyInt i && i.isSmall()) {
                    hi += (double) i.value;
                    continue;
                }
                result = NumberProtocol.add(new PyFloat(lo != 0.0 && Double.isFinite(lo) ? hi + lo : hi), item);
                break;
            }
        }
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) result = NumberProtocol.add(result, x);
        return result;
    }
}
