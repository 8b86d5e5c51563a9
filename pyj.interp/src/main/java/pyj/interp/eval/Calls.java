// CALL, CALL_KW and CALL_FUNCTION_EX: gathering arguments from the stack and dispatching the call.
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBuiltinFunction;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;

final class Calls {
    private Calls() {}

    /**
     * The generic call: {@code n} arguments start at {@code s[argsBase]}, the last
     * {@code len(kwnames)} of them keyword values. A non-NULL {@code selfOrNull} is the first
     * argument; a bound method with a NULL self is unpacked, as CPython's CALL does.
     */
    static PyObject call(PyFrame f, PyObject callable, PyObject selfOrNull, PyObject[] s, int argsBase, int n,
                         PyTuple kwnamesTuple) {
        PyObject[] args;
        if (selfOrNull != null) {
            args = new PyObject[n + 1];
            args[0] = selfOrNull;
            System.arraycopy(s, argsBase, args, 1, n);
        } else if (callable instanceof PyMethod m) {
            args = new PyObject[n + 1];
            args[0] = m.self;
            System.arraycopy(s, argsBase, args, 1, n);
            callable = m.func;
        } else {
            args = new PyObject[n];
            System.arraycopy(s, argsBase, args, 0, n);
        }
        String[] kwnames = kwnamesTuple == null ? null : kwnames(kwnamesTuple);
        return dispatch(f.thread, callable, args, kwnames);
    }

    static PyObject dispatch(ThreadState ts, PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction fn) return Functions.invoke(ts, fn, args, kwnames);
        if (callable instanceof PyBuiltinFunction bf) return bf.invoke(args, kwnames);
        return ObjectProtocol.call(callable, args, kwnames);
    }

    private static String[] kwnames(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((PyStr) t.get(i)).value();
        return out;
    }

    /** CALL_FUNCTION_EX: func(*callargs, **kwargs). */
    static PyObject callEx(PyFrame f, PyObject func, PyObject callargs, PyObject kwargs) {
        PyObject[] pos;
        if (callargs instanceof PyTuple t) {
            pos = t.items();
        } else {
            try {
                pos = pyj.interp.object.PyTuple.of(iterate(callargs)).items();
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR) && callargs.type().iter == null
                        && callargs.type().getitem == null) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                            "%s argument after * must be an iterable, not %s", describe(func), callargs.type().name());
                }
                throw e;
            }
        }
        if (kwargs == null) return dispatch(f.thread, func, pos.clone(), null);
        PyDict kw = (PyDict) kwargs;
        PyObject[] args = new PyObject[pos.length + kw.size()];
        System.arraycopy(pos, 0, args, 0, pos.length);
        String[] names = new String[kw.size()];
        int k = 0;
        for (int i = 0; i < kw.entryLimit(); i++) {
            PyObject key = kw.keyAt(i);
            if (key == null) continue;
            if (!(key instanceof PyStr ks)) throw PyErr.typeError("keywords must be strings");
            names[k] = ks.value();
            args[pos.length + k] = kw.entryValue(i);
            k++;
        }
        return dispatch(f.thread, func, args, names);
    }

    private static PyObject[] iterate(PyObject o) {
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        PyObject it = ObjectProtocol.getIter(o);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) out.add(x);
        return out.toArray(new PyObject[0]);
    }

    /** How CPython names a callable in argument errors: "f()" for functions, else the type name. */
    static String describe(PyObject func) {
        if (func instanceof PyFunction fn) return fn.qualname.value() + "()";
        if (func instanceof PyBuiltinFunction bf) return bf.name() + "()";
        if (func instanceof PyMethod m) return describe(m.func);
        return func.type().name() + " object";
    }
}
