// The match statement's runtime checks: mapping and sequence tests, key lookup, class patterns.
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class Matching {
    private Matching() {}

    static boolean isMapping(PyObject o) { return o.type().hasFlag(PyType.MAPPING); }

    static boolean isSequence(PyObject o) { return o.type().hasFlag(PyType.SEQUENCE); }

    /** MATCH_KEYS: the values for keys in order, or None if one is missing. */
    static PyObject matchKeys(PyObject subject, PyObject keysObj) {
        PyTuple keys = (PyTuple) keysObj;
        if (keys.size() == 0) return PyTuple.EMPTY;
        PyObject get = ObjectProtocol.getAttr(subject, PyStr.intern("get"));
        PyObject dummy = new PyDict();
        PyObject[] values = new PyObject[keys.size()];
        PyDict seen = new PyDict();
        for (int i = 0; i < keys.size(); i++) {
            PyObject k = keys.get(i);
            if (seen.get(k) != null) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR, "mapping pattern checks duplicate key (%s)",
                        ObjectProtocol.reprString(k));
            }
            seen.put(k, PySingleton.NONE);
            PyObject v = ObjectProtocol.call(get, k, dummy);
            if (v == dummy) return PySingleton.NONE;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** MATCH_CLASS: the attributes a class pattern binds, or None when it does not match. */
    static PyObject matchClass(PyObject subject, PyObject type, int nargs, PyTuple kwargs) {
        if (!(type instanceof PyType t)) {
            throw PyErr.typeError("called match pattern must be a class");
        }
        if (!subject.type().isSubtypeOf(t)) return PySingleton.NONE;
        PyObject[] out = new PyObject[nargs + kwargs.size()];
        PyTuple matchArgs = null;
        if (nargs > 0) {
            boolean matchSelf = false;
            PyObject ma;
            try {
                ma = ObjectProtocol.getAttr(t, PyStr.intern("__match_args__"));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
                ma = null;
            }
            if (ma == null) {
                matchSelf = isSelfMatching(t);
                matchArgs = PyTuple.EMPTY;
            } else if (ma instanceof PyTuple mt) {
                matchArgs = mt;
            } else {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__match_args__ must be a tuple (got %s)", t.name(),
                        ma.type().name());
            }
            int allowed = matchSelf ? 1 : matchArgs.size();
            if (allowed < nargs) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() accepts %d positional sub-pattern%s (%d given)",
                        t.name(), allowed, allowed == 1 ? "" : "s", nargs);
            }
            if (matchSelf) {
                out[0] = subject;
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = matchArgs.get(i);
                    if (!(name instanceof PyStr ns)) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__match_args__ elements must be strings (got %s)",
                                name.type().name());
                    }
                    PyObject v = ObjectProtocol.lookupAttr(subject, ns);
                    if (v == null) return PySingleton.NONE;
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < kwargs.size(); i++) {
            PyStr name = (PyStr) kwargs.get(i);
            if (matchArgs != null) {
                for (int j = 0; j < nargs && j < matchArgs.size(); j++) {
                    if (name.equals(matchArgs.get(j))) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got multiple sub-patterns for attribute %s",
                                t.name(), ObjectProtocol.reprString(name));
                    }
                }
            }
            PyObject v = ObjectProtocol.lookupAttr(subject, name);
            if (v == null) return PySingleton.NONE;
            out[nargs + i] = v;
        }
        return PyTuple.of(out);
    }

    /** Builtin types whose single positional sub-pattern matches the subject itself (int(x), str(s), ...). */
    private static boolean isSelfMatching(PyType t) {
        for (PyType b : t.mro()) {
            switch (b.name()) {
                case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple":
                    if (!b.isHeapType()) return true;
                    break;
                default:
                    break;
            }
        }
        return false;
    }
}
