// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, str, derive, split and subgroup.
package pyj.interp.object;

import java.util.ArrayList;
import java.util.List;

public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** Fields of the group, read-only members in CPython. */
    private static final int MESSAGE = 0;
    private static final int EXCEPTIONS = 1;

    static void fillSlots(PyType t) {
        t.newFn = ExceptionGroups::newGroup;
        t.init = (self, args, kw) -> { };
        t.str = self -> {
            PyTuple ex = exceptions(self);
            return PyStr.of(ObjectProtocol.strString(message(self)) + " (" + ex.size() + " sub-exception"
                    + (ex.size() == 1 ? "" : "s") + ")");
        };
        t.repr = ExceptionGroups::repr;
    }

    /**
     * The current exceptions shown in the shape of the sequence the group was made from, a list
     * unless it was given something else; with reassigned args, BaseException's repr.
     */
    private static PyObject repr(PyObject self) {
        PyTuple args = ((PyBaseException) self).args();
        if (args.size() != 2) return ExceptionMethods.PyBaseExceptionStr.repr(self);
        PyObject shown = args.get(1) instanceof PyList ? new PyList(exceptions(self).items().clone()) : exceptions(self);
        return PyStr.of(self.type().name() + "(" + ObjectProtocol.reprString(message(self)) + ", "
                + ObjectProtocol.reprString(shown) + ")");
    }

    public static PyObject message(PyObject g) { return ((PyBaseException) g).field(MESSAGE); }

    public static PyTuple exceptions(PyObject g) { return (PyTuple) ((PyBaseException) g).field(EXCEPTIONS); }

    private static PyObject newGroup(PyType type, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("BaseExceptionGroup", kw);
        if (args.length != 2) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                    args.length);
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    args[0].type().name());
        }
        PyObject seq = args[1];
        if (seq.type().getitem == null || seq instanceof PyDict || seq instanceof PySet) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = SequenceMethods.toArray(seq);
        if (items.length == 0) throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException be)) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR, "Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!be.type().isSubtypeOf(ExceptionTypes.EXCEPTION)) allExceptions = false;
        }
        PyType actual = type;
        if (type == ExceptionTypes.BASE_EXCEPTION_GROUP) {
            if (allExceptions) actual = ExceptionTypes.EXCEPTION_GROUP;
        } else if (type == ExceptionTypes.EXCEPTION_GROUP) {
            if (!allExceptions) throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (!allExceptions && type.isSubtypeOf(ExceptionTypes.EXCEPTION)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Cannot nest BaseExceptions in '%s'", type.name());
        }
        PyBaseException g = ExceptionTypes.create(actual, PyTuple.of(args[0], args[1]));
        g.setField(MESSAGE, 2, args[0]);
        g.setField(EXCEPTIONS, 2, PyTuple.of(items));
        return g;
    }

    /** A new group like {@code g} holding {@code excs}, with g's traceback, cause, context and notes. */
    public static PyBaseException derive(PyObject g, List<PyObject> excs) {
        PyObject r = ObjectProtocol.callMethod(g, "derive", new PyList(excs.toArray(new PyObject[0])));
        if (!(r instanceof PyBaseException be)) throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        PyBaseException src = (PyBaseException) g;
        be.setTraceback(src.traceback());
        be.setCause(src.cause());
        be.setContext(src.context());
        PyObject notes = src.dict().getStr(PyStr.intern("__notes__"));
        if (notes != null) be.dict().putStr(PyStr.intern("__notes__"), notes);
        return be;
    }

    /** Matcher for split/subgroup: an exception type, a tuple of types, or a predicate. */
    public static boolean matches(PyObject exc, PyObject condition) {
        if (condition instanceof PyType t) return exc.type().isSubtypeOf(t);
        if (condition instanceof PyTuple tup) {
            for (PyObject x : tup.items()) if (x instanceof PyType t && exc.type().isSubtypeOf(t)) return true;
            return false;
        }
        return ObjectProtocol.isTrue(ObjectProtocol.call(condition, exc));
    }

    /** Splits a group: {match, rest}, each null when empty. */
    public static PyObject[] split(PyObject g, PyObject condition) {
        if (matches(g, condition)) return new PyObject[] {g, null};
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : exceptions(g).items()) {
            if (e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                PyObject[] parts = split(e, condition);
                if (parts[0] != null) match.add(parts[0]);
                if (parts[1] != null) rest.add(parts[1]);
            } else if (matches(e, condition)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyObject[] {match.isEmpty() ? null : derive(g, match), rest.isEmpty() ? null : derive(g, rest)};
    }

    static void define(PyType t) {
        // Read-only members rather than getters, so assignment fails with a member's message.
        PyGetSetDescriptor.Setter readonly = (self, v) -> {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
        };
        MethodDef.getset(t, "message", ExceptionGroups::message, readonly);
        MethodDef.getset(t, "exceptions", ExceptionGroups::exceptions, readonly);
        MethodDef.oneArg(t, "derive", (self, excs) -> ObjectProtocol.call(ExceptionTypes.BASE_EXCEPTION_GROUP,
                message(self), excs));
        MethodDef.oneArg(t, "split", (self, cond) -> {
            checkCondition(cond);
            PyObject[] r = split(self, cond);
            return PyTuple.of(r[0] == null ? PySingleton.NONE : r[0], r[1] == null ? PySingleton.NONE : r[1]);
        });
        MethodDef.oneArg(t, "subgroup", (self, cond) -> {
            checkCondition(cond);
            PyObject m = split(self, cond)[0];
            return m == null ? PySingleton.NONE : m;
        });
        MethodDef.classMethod(t, "__class_getitem__", (cls, args, kw) -> cls);
    }

    private static void checkCondition(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) return;
        if (cond instanceof PyTuple tup) {
            boolean ok = true;
            for (PyObject x : tup.items()) {
                if (!(x instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION))) ok = false;
            }
            if (ok) return;
        }
        if (cond.type().call != null && !(cond instanceof PyType)) return;
        throw PyErr.typeError("expected a function, exception type or tuple of exception types");
    }
}
