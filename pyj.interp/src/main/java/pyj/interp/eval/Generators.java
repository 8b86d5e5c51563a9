// The instructions behind yield, yield from and await: creating generators and driving sub-iterators.
package pyj.interp.eval;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

final class Generators {
    private Generators() {}

    /** RETURN_GENERATOR: wraps the running frame in a generator or coroutine. */
    static PyObject create(PyFrame f) {
        PyCode code = f.code;
        if ((code.flags & CodeObject.CO_COROUTINE) != 0) return new PyGenerator(f, PyGenerator.COROUTINE);
        if ((code.flags & CodeObject.CO_ASYNC_GENERATOR) != 0) return new PyAsyncGenerator(f);
        return new PyGenerator(f, PyGenerator.GENERATOR);
    }

    /**
     * SEND: the value the receiver yields, or null when it finished, with its return value left
     * in {@code f.thread.sendReturn}.
     */
    static PyObject send(PyFrame f, PyObject receiver, PyObject v) {
        if (receiver instanceof PyGenerator g) {
            PyObject r = g.resume(v, null);
            if (r == null) f.thread.sendReturn = g.takeReturnValue();
            return r;
        }
        try {
            if (v == PySingleton.NONE && receiver.type().next != null) {
                PyObject r = ObjectProtocol.next(receiver);
                if (r == null) f.thread.sendReturn = PySingleton.NONE;
                return r;
            }
            return ObjectProtocol.callMethod(receiver, "send", v);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                f.thread.sendReturn = e.value.value;
                return null;
            }
            throw e;
        }
    }

    /** CLEANUP_THROW: a StopIteration from the sub-iterator gives its value; anything else goes on. */
    static PyObject cleanupThrow(PyObject exc) {
        if (exc.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) return ((PyBaseException) exc).value;
        PyException e = new PyException((PyBaseException) exc);
        e.reraised = true;
        e.chained = true;
        throw e;
    }

    /** GET_YIELD_FROM_ITER */
    static PyObject getYieldFromIter(PyFrame f, PyObject iterable) {
        if (iterable instanceof PyGenerator g && g.type() == PyGenerator.COROUTINE) {
            if ((f.code.flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return iterable;
        }
        if (iterable instanceof PyGenerator) return iterable;
        return ObjectProtocol.getIter(iterable);
    }

    /** GET_AWAITABLE: the coroutine itself or the iterator its __await__ returns. */
    static PyObject getAwaitable(PyObject o, int where) {
        if (o instanceof PyGenerator g && g.type() == PyGenerator.COROUTINE) {
            if (g.yieldFrom() != null) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "coroutine is being awaited already");
            return g;
        }
        PyObject await = ObjectProtocol.lookupSpecial(o, PyStr.intern("__await__"));
        if (await == null) {
            String msg = switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: %s";
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: %s";
                default -> "object %s can't be used in 'await' expression";
            };
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, msg, o.type().name());
        }
        PyObject it = ObjectProtocol.call(await);
        if (it instanceof PyGenerator g && g.type() == PyGenerator.COROUTINE) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (it.type().next == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__await__() returned non-iterator of type '%s'", it.type().name());
        }
        return it;
    }

    static PyObject getAIter(PyObject obj) {
        PyObject m = ObjectProtocol.lookupSpecial(obj, PyStr.intern("__aiter__"));
        if (m == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "'async for' requires an object with __aiter__ method, got %s", obj.type().name());
        }
        PyObject it = ObjectProtocol.call(m);
        if (ObjectProtocol.lookupSpecial(it, PyStr.intern("__anext__")) == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    it.type().name());
        }
        return it;
    }

    static PyObject getANext(PyObject aiter) {
        PyObject m = ObjectProtocol.lookupSpecial(aiter, PyStr.intern("__anext__"));
        if (m == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "'async for' requires an iterator with __anext__ method, got %s", aiter.type().name());
        }
        PyObject awaitable = ObjectProtocol.call(m);
        try {
            return getAwaitable(awaitable, 0);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "'async for' received an invalid object from __anext__: %s", awaitable.type().name());
            }
            throw e;
        }
    }

    /** throw(value) or the deprecated throw(type[, value[, tb]]). */
    static PyBaseException throwArgument(PyObject[] args) {
        PyObject typ = args[0];
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (args.length > 1 && args[1] instanceof PyBaseException be) return be;
            if (args.length > 1 && args[1] != PySingleton.NONE) return ExceptionHandling.instantiate(
                    ObjectProtocol.call(t, args[1]), "exceptions must derive from BaseException");
            return ExceptionHandling.instantiate(t, "exceptions must derive from BaseException");
        }
        if (typ instanceof PyBaseException be) {
            if (args.length > 1 && args[1] != PySingleton.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            return be;
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                "exceptions must be classes or instances deriving from BaseException, not %s", typ.type().name());
    }
}
