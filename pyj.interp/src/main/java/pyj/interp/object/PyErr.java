// Raising exceptions from Java code, named after CPython's PyErr_* functions.
package pyj.interp.object;

/**
 * Creates Python exceptions to throw: {@code throw PyErr.format(TYPE_ERROR, "...%s...", name)}.
 * Format arguments are Java values; callers pass type names and reprs already as strings, so no
 * Python code runs while an error message is built.
 */
public final class PyErr {
    private PyErr() {}

    public static PyException format(PyType type, String fmt, Object... args) {
        return newException(type, args.length == 0 ? fmt : String.format(fmt, args));
    }

    public static PyException newException(PyType type, String msg) {
        PyBaseException e = ExceptionTypes.create(type, PyTuple.of(PyStr.of(msg)));
        return new PyException(e);
    }

    /** An exception with no arguments, e.g. a bare StopIteration. */
    public static PyException noArgs(PyType type) {
        return new PyException(ExceptionTypes.create(type, PyTuple.EMPTY));
    }

    public static PyException withArgs(PyType type, PyObject... args) {
        return new PyException(ExceptionTypes.create(type, PyTuple.of(args)));
    }

    /** TypeError: "unsupported operand type(s) for +: 'int' and 'str'". */
    public static PyException unsupportedOperands(String op, PyObject a, PyObject b) {
        return format(ExceptionTypes.TYPE_ERROR, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                a.type().name(), b.type().name());
    }

    public static PyException typeError(String msg) { return newException(ExceptionTypes.TYPE_ERROR, msg); }

    public static PyException valueError(String msg) { return newException(ExceptionTypes.VALUE_ERROR, msg); }

    public static PyException indexError(String msg) { return newException(ExceptionTypes.INDEX_ERROR, msg); }

    public static PyException attributeError(PyObject obj, PyStr name) {
        String msg = obj instanceof PyType t
                ? String.format("type object '%s' has no attribute '%s'", t.name(), name.value())
                : String.format("'%s' object has no attribute '%s'", obj.type().name(), name.value());
        PyException e = newException(ExceptionTypes.ATTRIBUTE_ERROR, msg);
        ExceptionFields.setAttributeTarget(e.value, obj, name);
        return e;
    }

    public static PyException memoryError() { return noArgs(ExceptionTypes.MEMORY_ERROR); }

    /** Python's name of an object's type, for messages: 'int', 'NoneType', ... */
    public static String typeName(PyObject o) { return o.type().name(); }
}
