// Per-thread interpreter state: the frame stack, recursion depth and the exception being handled.
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;

/** CPython's PyThreadState: what the interpreter needs per thread of Python execution. */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final Interpreter interp;
    /** The innermost executing frame. */
    PyFrame current;
    private int depth;
    /**
     * The innermost exception-state entry (CPython's exc_info chain): frames store the exception
     * their except block handles here, and a running generator links in its own entry.
     */
    public ExcState excState = new ExcState(null);
    /** A generator's return value, handed from a finished SEND to the jump it takes. */
    public PyObject sendReturn;

    public ThreadState(Interpreter interp) {
        this.interp = interp;
    }

    /** The state of the calling thread, creating and binding one on the main interpreter if needed. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            ts = new ThreadState(Interpreter.main());
            CURRENT.set(ts);
        }
        return ts;
    }

    public static void bind(ThreadState ts) { CURRENT.set(ts); }

    public PyFrame currentFrame() { return current; }

    /** One entry of the exception-state chain. */
    public static final class ExcState {
        /** The exception handled at this level, or null. */
        public PyObject value;
        public ExcState previous;

        public ExcState(ExcState previous) {
            this.previous = previous;
        }
    }

    /** The exception being handled (sys.exception()): the innermost non-empty entry, or null. */
    public PyObject handledException() {
        for (ExcState s = excState; s != null; s = s.previous) {
            if (s.value != null && s.value != pyj.interp.object.PySingleton.NONE) return s.value;
        }
        return null;
    }

    public int depth() { return depth; }

    void enter(PyFrame f) {
        if (depth >= interp.recursionLimit) {
            throw PyErr.format(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        depth++;
        f.back = current;
        f.state = PyFrame.EXECUTING;
        current = f;
    }

    void leave(PyFrame f) {
        current = f.back;
        if (f.state == PyFrame.SUSPENDED || f.state == PyFrame.SUSPENDED_YIELD_FROM) f.back = null;
        else if (f.state == PyFrame.EXECUTING) f.state = PyFrame.COMPLETED;
        depth--;
    }
}
