// except*: combining what the except* clauses raised into the exception to re-raise (_PyExc_PrepReraiseStar).
package pyj.interp.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;

import pyj.interp.object.ExceptionGroups;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

final class ExceptStar {
    private ExceptStar() {}

    static PyObject prepReraise(PyObject orig, PyObject excsObj) {
        PyList excs = (PyList) excsObj;
        if (excs.size() == 0) return PySingleton.NONE;
        if (!orig.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) return excs.get(0);
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (int i = 0; i < excs.size(); i++) {
            PyObject e = excs.get(i);
            if (e == PySingleton.NONE) continue;
            (sameMetadata(e, orig) ? reraised : raised).add(e);
        }
        PyObject kept = projection(orig, reraised);
        if (raised.isEmpty()) return kept;
        if (kept != PySingleton.NONE) raised.add(kept);
        if (raised.size() == 1) return raised.get(0);
        return ObjectProtocol.call(ExceptionTypes.BASE_EXCEPTION_GROUP, PyStr.EMPTY,
                new PyList(raised.toArray(new PyObject[0])));
    }

    private static boolean sameMetadata(PyObject a, PyObject b) {
        PyBaseException x = (PyBaseException) a;
        PyBaseException y = (PyBaseException) b;
        PyObject nx = x.dictOrNull() == null ? null : x.dictOrNull().getStr(PyStr.intern("__notes__"));
        PyObject ny = y.dictOrNull() == null ? null : y.dictOrNull().getStr(PyStr.intern("__notes__"));
        return nx == ny && x.traceback() == y.traceback() && x.cause() == y.cause() && x.context() == y.context();
    }

    private static void leaves(PyObject e, Set<PyObject> out) {
        if (e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            for (PyObject x : ExceptionGroups.exceptions(e).items()) leaves(x, out);
        } else {
            out.add(e);
        }
    }

    /** The part of eg whose leaves are leaves of the exceptions in keep, or None. */
    private static PyObject projection(PyObject eg, List<PyObject> keep) {
        Set<PyObject> ids = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : keep) leaves(e, ids);
        if (ids.isEmpty()) return PySingleton.NONE;
        PyObject[] parts = splitByLeaf(eg, ids);
        return parts[0] == null ? PySingleton.NONE : parts[0];
    }

    private static PyObject[] splitByLeaf(PyObject g, Set<PyObject> ids) {
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : ExceptionGroups.exceptions(g).items()) {
            if (e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                PyObject[] parts = splitByLeaf(e, ids);
                if (parts[0] != null) match.add(parts[0]);
                if (parts[1] != null) rest.add(parts[1]);
            } else if (ids.contains(e)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyObject[] {match.isEmpty() ? null : ExceptionGroups.derive(g, match),
            rest.isEmpty() ? null : ExceptionGroups.derive(g, rest)};
    }
}
