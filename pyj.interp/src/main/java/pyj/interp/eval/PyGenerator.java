// Generators and coroutines: a suspended frame resumed by send, throw and close.
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.Identity;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.object.ValueReturningIterator;

/**
 * A generator (or coroutine) owns the frame it was created with. Resuming writes the sent value
 * into the frame's top stack slot (reserved by RETURN_GENERATOR and YIELD_VALUE) and runs the
 * tier-1 loop, with the generator's own exception state linked into the thread's chain.
 */
public final class PyGenerator extends PyObject implements ValueReturningIterator {
    public static final PyType GENERATOR = PyType.builtin("generator", PyType.OBJECT, 0, t -> define(t, "gi"));
    public static final PyType COROUTINE = PyType.builtin("coroutine", PyType.OBJECT, 0, t -> define(t, "cr"));

    static {
        for (PyType t : new PyType[] {GENERATOR, COROUTINE}) {
            t.repr = self -> {
                PyGenerator g = (PyGenerator) self;
                return PyStr.of("<" + g.type().name() + " object " + g.qualname.value() + " at " + Identity.hex(g) + ">");
            };
            t.getattro = ObjectProtocol.GENERIC_GETATTR;
            t.setattro = ObjectProtocol.GENERIC_SETATTR;
            t.hash = Identity::hash;
        }
        GENERATOR.iter = self -> self;
        GENERATOR.next = self -> ((PyGenerator) self).resume(PySingleton.NONE, null);
    }

    final PyFrame frame;
    private final PyType type;
    public PyStr name;
    public PyStr qualname;
    private boolean running;
    private final ThreadState.ExcState excState = new ThreadState.ExcState(null);
    /** Set when the frame returns: the value of the StopIteration that ends it. */
    private PyObject returned;
    /** Coroutines: whether an await is already driving it. */
    boolean awaited;

    PyGenerator(PyFrame frame, PyType type) {
        this.frame = frame;
        this.type = type;
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.qualname;
        frame.state = PyFrame.CREATED;
    }

    @Override
    public PyType type() { return type; }

    boolean isFinished() { return frame.state == PyFrame.COMPLETED; }

    /** Whether the last resumption ended the frame; {@link #takeReturnValue()} then has its result. */
    @Override
    public PyObject takeReturnValue() {
        PyObject r = returned == null ? PySingleton.NONE : returned;
        returned = null;
        return r;
    }

    /**
     * Runs the frame until it yields (returns the value) or returns (returns null, with the
     * value kept for {@link #takeReturnValue()}). {@code thrown} raises into the frame instead.
     */
    PyObject resume(PyObject value, PyException thrown) {
        if (running) {
            throw PyErr.valueError(type == COROUTINE ? "coroutine already executing" : "generator already executing");
        }
        if (frame.state == PyFrame.COMPLETED) {
            if (thrown != null) throw thrown;
            if (type == COROUTINE) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            }
            return null;
        }
        if (frame.state == PyFrame.CREATED && value != PySingleton.NONE && thrown == null) {
            throw PyErr.typeError("can't send non-None value to a just-started " + (type == COROUTINE ? "coroutine" : "generator"));
        }
        ThreadState ts = ThreadState.current();
        frame.localsplus[frame.sp - 1] = value;
        excState.previous = ts.excState;
        ts.excState = excState;
        running = true;
        try {
            PyObject r = Tier1Loop.run(frame, thrown);
            if (frame.state == PyFrame.COMPLETED) {
                returned = r;
                return null;
            }
            return r;
        } catch (PyException e) {
            frame.state = PyFrame.COMPLETED;
            throw e;
        } finally {
            running = false;
            ts.excState = excState.previous;
            excState.previous = null;
        }
    }

    /** next()/send(): a value, or StopIteration carrying the return value. */
    PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) throw stopIteration(takeReturnValue());
        return r;
    }

    static PyException stopIteration(PyObject value) {
        return ValueReturningIterator.stopIteration(value);
    }

    /** The sub-iterator of a suspended yield from / await, or null. */
    PyObject yieldFrom() {
        if (frame.state != PyFrame.SUSPENDED_YIELD_FROM) return null;
        return frame.localsplus[frame.sp - 2];
    }

    /** throw(exc): raised at the suspension point, after offering it to a delegated sub-iterator. */
    PyObject throwIn(PyBaseException exc) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            PyObject r;
            try {
                if (exc.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                    closeSubIterator(yf);
                    return raiseInto(exc);
                }
                if (yf instanceof PyGenerator g) {
                    r = g.throwIn(exc);
                } else {
                    PyObject meth = ObjectProtocol.lookupAttr(yf, PyStr.intern("throw"));
                    if (meth == null) return raiseInto(exc);
                    r = ObjectProtocol.call(meth, exc);
                }
            } catch (PyException e) {
                return raiseInto(e.value);
            }
            return r;
        }
        return raiseInto(exc);
    }

    private PyObject raiseInto(PyBaseException exc) {
        PyException e = new PyException(exc);
        PyObject r = resume(PySingleton.NONE, e);
        if (r == null) throw stopIteration(takeReturnValue());
        return r;
    }

    private static void closeSubIterator(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject close = ObjectProtocol.lookupAttr(yf, PyStr.intern("close"));
        if (close != null) ObjectProtocol.call(close);
    }

    /** close(): GeneratorExit at the suspension point; returns the generator's return value if any. */
    PyObject close() {
        if (frame.state == PyFrame.CREATED) {
            frame.state = PyFrame.COMPLETED;
            return PySingleton.NONE;
        }
        if (frame.state == PyFrame.COMPLETED) return PySingleton.NONE;
        PyObject yf = yieldFrom();
        PyException pending = null;
        if (yf != null) {
            try {
                closeSubIterator(yf);
            } catch (PyException e) {
                pending = e;
            }
        }
        PyException exc = pending != null ? pending : PyErr.noArgs(ExceptionTypes.GENERATOR_EXIT);
        try {
            PyObject r = resume(PySingleton.NONE, exc);
            if (r != null) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "%s ignored GeneratorExit",
                        type == COROUTINE ? "coroutine" : "generator");
            }
            return takeReturnValue();
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GENERATOR_EXIT) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                return PySingleton.NONE;
            }
            throw e;
        }
    }

    private static void define(PyType t, String prefix) {
        MethodDef.oneArg(t, "send", (self, v) -> ((PyGenerator) self).send(v));
        MethodDef.method(t, "throw", (self, args, kw) -> {
            ArgParser1.check("throw", args, 1, 3);
            PyBaseException exc = Generators.throwArgument(args);
            return ((PyGenerator) self).throwIn(exc);
        });
        MethodDef.noArgs(t, "close", self -> ((PyGenerator) self).close());
        MethodDef.getset(t, "__name__", self -> ((PyGenerator) self).name, (self, v) -> {
            if (!(v instanceof PyStr s)) throw PyErr.typeError("__name__ must be set to a string object");
            ((PyGenerator) self).name = s;
        });
        MethodDef.getset(t, "__qualname__", self -> ((PyGenerator) self).qualname, (self, v) -> {
            if (!(v instanceof PyStr s)) throw PyErr.typeError("__qualname__ must be set to a string object");
            ((PyGenerator) self).qualname = s;
        });
        MethodDef.getter(t, prefix + "_frame", self -> {
            PyGenerator g = (PyGenerator) self;
            return g.frame.state == PyFrame.COMPLETED ? PySingleton.NONE : g.frame;
        });
        MethodDef.getter(t, prefix + "_running", self -> PyBool.of(((PyGenerator) self).running));
        MethodDef.getter(t, prefix + "_suspended", self -> {
            byte st = ((PyGenerator) self).frame.state;
            return PyBool.of(st == PyFrame.SUSPENDED || st == PyFrame.SUSPENDED_YIELD_FROM);
        });
        MethodDef.getter(t, prefix + "_code", self -> ((PyGenerator) self).frame.code);
        MethodDef.getter(t, prefix + (prefix.equals("cr") ? "_await" : "_yieldfrom"), self -> {
            PyObject yf = ((PyGenerator) self).yieldFrom();
            return yf == null ? PySingleton.NONE : yf;
        });
        if (prefix.equals("cr")) {
            MethodDef.noArgs(t, "__await__", self -> new CoroutineWrapper((PyGenerator) self));
        }
    }

    /** The iterator coroutine.__await__() returns. */
    static final class CoroutineWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyType.OBJECT, 0, t -> {
            MethodDef.oneArg(t, "send", (self, v) -> ((CoroutineWrapper) self).coro.send(v));
            MethodDef.method(t, "throw", (self, args, kw) -> ((CoroutineWrapper) self).coro.throwIn(
                    Generators.throwArgument(args)));
            MethodDef.noArgs(t, "close", self -> ((CoroutineWrapper) self).coro.close());
        });

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> ((CoroutineWrapper) self).coro.resume(PySingleton.NONE, null);
            TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        }

        final PyGenerator coro;

        CoroutineWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() { return TYPE; }
    }

    /** Argument count checks for generator methods. */
    static final class ArgParser1 {
        private ArgParser1() {}

        static void check(String name, PyObject[] args, int min, int max) {
            if (args.length < min || args.length > max) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected at %s %d argument%s, got %d", name,
                        args.length < min ? "least" : "most", args.length < min ? min : max,
                        (args.length < min ? min : max) == 1 ? "" : "s", args.length);
            }
        }
    }
}
