// Python BaseException and its builtin subclasses' instances.
package pyj.interp.object;

/**
 * An exception instance. Builtin exception classes share this Java class; the Python class is the
 * {@link #type()} field. Attributes of particular classes ({@code StopIteration.value},
 * {@code SystemExit.code}, {@code OSError.errno}, ...) live in the instance dict, except the few
 * the interpreter touches on hot paths.
 */
public class PyBaseException extends PyObject implements HeapObject {
    private PyType type;
    private PyTuple args;
    private PyDict dict;
    private PyObject traceback;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    /** StopIteration.value (and StopAsyncIteration): read on every generator return. */
    public PyObject value = PySingleton.NONE;
    /** Values of a Python subclass's __slots__, or null. */
    private final PyObject[] slotValues;
    /** The class's {@link ExceptionFields} (SyntaxError.lineno, OSError.errno, ...), made on first store. */
    private PyObject[] fields;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
        this.slotValues = InstanceState.slotArray(type);
    }

    @Override
    public PyType type() { return type; }

    @Override
    public void setType(PyType t) { this.type = t; }

    @Override
    public PyObject[] slots() { return slotValues; }

    @Override
    public void setDict(PyDict d) { this.dict = d; }

    public PyTuple args() { return args; }

    public void setArgs(PyTuple args) { this.args = args; }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    public PyDict dictOrNull() { return dict; }

    /** An {@link ExceptionFields} value, or null when unset. */
    public PyObject field(int index) {
        return fields == null ? null : fields[index];
    }

    /** Stores an {@link ExceptionFields} value; {@code width} is the size of the class's layout. */
    public void setField(int index, int width, PyObject value) {
        if (fields == null) fields = new PyObject[width];
        fields[index] = value;
    }

    public PyObject traceback() { return traceback; }

    public void setTraceback(PyObject tb) { this.traceback = tb; }

    public PyBaseException cause() { return cause; }

    public void setCause(PyBaseException c) { this.cause = c; }

    public PyBaseException context() { return context; }

    public void setContext(PyBaseException c) { this.context = c; }

    public boolean suppressContext() { return suppressContext; }

    public void setSuppressContext(boolean b) { suppressContext = b; }

    /** Wraps this exception for throwing. */
    public PyException toThrowable() { return new PyException(this); }

    /** A plain-Java rendering of str(self) for diagnostics (no Python code runs). */
    String strForJava() {
        if (args.size() == 0) return "";
        if (args.size() == 1) return String.valueOf(args.get(0));
        return args.toString();
    }
}
