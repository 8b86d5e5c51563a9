// The Java carrier that propagates a Python exception through Java frames.
package pyj.interp.object;

/**
 * Thrown to raise a Python exception. It has no Java stack trace (Python code never needs one and
 * filling it is slow); the Python traceback is built on the exception object as frames unwind.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /** Set by a re-raise: the frame that catches it first adds no traceback entry. */
    public boolean reraised;
    /**
     * Set by RERAISE with oparg: the instruction the frame should report as its position if the
     * exception leaves it. The handler search still starts from the RERAISE itself, as in CPython.
     */
    public int reraiseLasti = -1;
    /** Whether __context__ has been set for this raise yet. */
    public boolean chained;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() { return value.type(); }

    /** True when the exception is an instance of {@code t} (or a subclass). */
    public boolean matches(PyType t) { return value.type().isSubtypeOf(t); }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.strForJava();
    }
}
