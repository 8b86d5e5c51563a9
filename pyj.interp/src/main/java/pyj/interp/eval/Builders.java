// Building and unpacking containers for the BUILD_*, *_EXTEND/UPDATE/MERGE and UNPACK_* instructions.
package pyj.interp.eval;

import java.util.ArrayList;
import java.util.List;

import pyj.interp.object.Ascii;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBuiltinFunction;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySet;
import pyj.interp.object.PySlice;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;

final class Builders {
    private Builders() {}

    static PyObject slice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step);
    }

    static PyObject map(PyObject[] s, int base, int pairs) {
        PyDict d = new PyDict(pairs);
        for (int i = 0; i < pairs; i++) d.put(s[base + 2 * i], s[base + 2 * i + 1]);
        return d;
    }

    static PyObject constKeyMap(PyObject[] s, int base, int n, PyObject keys) {
        PyTuple k = (PyTuple) keys;
        PyDict d = new PyDict(n);
        for (int i = 0; i < n; i++) d.put(k.get(i), s[base + i]);
        return d;
    }

    static PyObject set(PyObject[] s, int base, int n) {
        PySet set = new PySet(false);
        for (int i = 0; i < n; i++) set.add(s[base + i]);
        return set;
    }

    static PyObject string(PyObject[] s, int base, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(((PyStr) s[base + i]).value());
        return PyStr.of(sb.toString());
    }

    /** CONVERT_VALUE: !s, !r, !a. */
    static PyObject convert(int kind, PyObject value) {
        return switch (kind) {
            case 1 -> ObjectProtocol.str(value);
            case 2 -> ObjectProtocol.repr(value);
            case 3 -> PyStr.of(Ascii.ascii(ObjectProtocol.reprString(value)));
            default -> throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "bad CONVERT_VALUE oparg %d", kind);
        };
    }

    static void listExtend(PyList list, PyObject iterable) {
        try {
            PyObject it = ObjectProtocol.getIter(iterable);
            for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) list.append(x);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && iterable.type().iter == null && iterable.type().getitem == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Value after * must be an iterable, not %s",
                        iterable.type().name());
            }
            throw e;
        }
    }

    static void setUpdate(PySet set, PyObject iterable) {
        PyObject it = ObjectProtocol.getIter(iterable);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) set.add(x);
    }

    static void dictUpdate(PyObject dict, PyObject update) {
        try {
            ObjectProtocol.callMethod(dict, "update", update);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR) || (e.matches(ExceptionTypes.TYPE_ERROR)
                    && ObjectProtocol.lookupAttr(update, PyStr.intern("keys")) == null)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not a mapping", update.type().name());
            }
            throw e;
        }
    }

    /** DICT_MERGE: ** arguments of a call; a repeated keyword is an error that names the callable. */
    static void dictMerge(PyObject callable, PyObject dict, PyObject update) {
        PyDict d = (PyDict) dict;
        PyObject keysMeth = ObjectProtocol.lookupAttr(update, PyStr.intern("keys"));
        if (keysMeth == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s argument after ** must be a mapping, not %s",
                    functionStr(callable), update.type().name());
        }
        PyObject it = ObjectProtocol.getIter(ObjectProtocol.call(keysMeth));
        for (PyObject k; (k = ObjectProtocol.next(it)) != null; ) {
            if (d.get(k) != null) {
                if (!(k instanceof PyStr ks)) throw PyErr.typeError("keywords must be strings");
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s got multiple values for keyword argument '%s'",
                        functionStr(callable), ks.value());
            }
            d.put(k, ObjectProtocol.getItem(update, k));
        }
    }

    /** _PyObject_FunctionStr: how error messages name a callable. */
    static String functionStr(PyObject f) {
        if (f instanceof PyFunction fn) {
            PyObject mod = fn.module;
            if (mod instanceof PyStr m && !m.value().equals("builtins")) return m.value() + "." + fn.qualname.value() + "()";
            return fn.qualname.value() + "()";
        }
        if (f instanceof PyBuiltinFunction bf) return bf.qualname() + "()";
        if (f instanceof PyMethod m) return functionStr(m.func);
        PyObject q = ObjectProtocol.lookupAttr(f, PyStr.intern("__qualname__"));
        if (q instanceof PyStr qs) return qs.value() + "()";
        return f.type().name() + " object";
    }

    private static PyException notIterable(PyObject seq) {
        return PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot unpack non-iterable %s object", seq.type().name());
    }

    /** UNPACK_SEQUENCE: the first item ends on top of the stack. */
    static void unpackSequence(PyObject[] s, int base, PyObject seq, int n) {
        if (seq instanceof PyTuple t && seq.getClass() == PyTuple.class) {
            if (t.size() == n) {
                for (int i = 0; i < n; i++) s[base + n - 1 - i] = t.get(i);
                return;
            }
            throw countError(n, t.size());
        }
        if (seq instanceof PyList l && seq.getClass() == PyList.class) {
            if (l.size() == n) {
                for (int i = 0; i < n; i++) s[base + n - 1 - i] = l.get(i);
                return;
            }
            throw countError(n, l.size());
        }
        if (seq.type().iter == null && seq.type().getitem == null) throw notIterable(seq);
        PyObject it = ObjectProtocol.getIter(seq);
        PyObject[] got = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = ObjectProtocol.next(it);
            if (x == null) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR, "not enough values to unpack (expected %d, got %d)", n, i);
            }
            got[i] = x;
        }
        if (ObjectProtocol.next(it) != null) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR, "too many values to unpack (expected %d)", n);
        }
        for (int i = 0; i < n; i++) s[base + n - 1 - i] = got[i];
    }

    private static PyException countError(int expected, int got) {
        if (got < expected) {
            return PyErr.format(ExceptionTypes.VALUE_ERROR, "not enough values to unpack (expected %d, got %d)",
                    expected, got);
        }
        return PyErr.format(ExceptionTypes.VALUE_ERROR, "too many values to unpack (expected %d)", expected);
    }

    /** UNPACK_EX: {@code before} targets, a starred list, {@code after} targets; first on top. */
    static void unpackEx(PyObject[] s, int base, PyObject seq, int before, int after) {
        if (seq.type().iter == null && seq.type().getitem == null) throw notIterable(seq);
        PyObject it = ObjectProtocol.getIter(seq);
        List<PyObject> all = new ArrayList<>();
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) all.add(x);
        int n = all.size();
        if (n < before + after) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR, "not enough values to unpack (expected at least %d, got %d)",
                    before + after, n);
        }
        int total = before + 1 + after;
        int k = base + total - 1;
        for (int i = 0; i < before; i++) s[k--] = all.get(i);
        s[k--] = new PyList(all.subList(before, n - after).toArray(new PyObject[0]));
        for (int i = n - after; i < n; i++) s[k--] = all.get(i);
    }
}
