// CALL_INTRINSIC_1 and CALL_INTRINSIC_2: operations with no instruction of their own.
package pyj.interp.eval;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.typing.TypeParameters;

final class Intrinsics {
    private Intrinsics() {}

    static final int INTRINSIC_PRINT = 1, INTRINSIC_IMPORT_STAR = 2, INTRINSIC_STOPITERATION_ERROR = 3,
            INTRINSIC_ASYNC_GEN_WRAP = 4, INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6,
            INTRINSIC_TYPEVAR = 7, INTRINSIC_PARAMSPEC = 8, INTRINSIC_TYPEVARTUPLE = 9,
            INTRINSIC_SUBSCRIPT_GENERIC = 10, INTRINSIC_TYPEALIAS = 11;
    static final int INTRINSIC_PREP_RERAISE_STAR = 1, INTRINSIC_TYPEVAR_WITH_BOUND = 2,
            INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3, INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4,
            INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

    static PyObject call1(PyFrame f, int which, PyObject value) {
        switch (which) {
            case INTRINSIC_PRINT: {
                PyObject hook = f.thread.interp.sysAttr("displayhook");
                if (hook == null) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "lost sys.displayhook");
                ObjectProtocol.call(hook, value);
                return PySingleton.NONE;
            }
            case INTRINSIC_IMPORT_STAR:
                Imports.importStar(f, value);
                return PySingleton.NONE;
            case INTRINSIC_STOPITERATION_ERROR:
                return stopIterationError(f, value);
            case INTRINSIC_UNARY_POSITIVE:
                return NumberProtocol.positive(value);
            case INTRINSIC_LIST_TO_TUPLE:
                return PyTuple.of(((PyList) value).toArray());
            case INTRINSIC_TYPEVAR:
                return TypeParameters.typeVar(value);
            case INTRINSIC_PARAMSPEC:
                return TypeParameters.paramSpec(value);
            case INTRINSIC_TYPEVARTUPLE:
                return TypeParameters.typeVarTuple(value);
            case INTRINSIC_SUBSCRIPT_GENERIC:
                return TypeParameters.subscriptGeneric(value);
            case INTRINSIC_ASYNC_GEN_WRAP:
                throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "async generators are not supported by pyj yet");
            case INTRINSIC_TYPEALIAS: {
                PyObject module = f.globals.getStr(PyStr.intern("__name__"));
                return TypeParameters.typeAlias(value, module == null ? PySingleton.NONE : module);
            }
            default:
                throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "unknown intrinsic function %d", which);
        }
    }

    /** PEP 479: StopIteration escaping a generator body becomes RuntimeError. */
    private static PyObject stopIterationError(PyFrame f, PyObject exc) {
        int flags = f.code.flags;
        String msg = null;
        if (exc.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
            msg = (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? "async generator raised StopIteration"
                    : (flags & CodeObject.CO_COROUTINE) != 0 ? "coroutine raised StopIteration"
                    : "generator raised StopIteration";
        } else if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0
                && exc.type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) return exc;
        PyBaseException error = (PyBaseException) ObjectProtocol.call(ExceptionTypes.RUNTIME_ERROR, PyStr.of(msg));
        error.setCause((PyBaseException) exc);
        error.setSuppressContext(true);
        error.setContext((PyBaseException) exc);
        return error;
    }

    static PyObject call2(PyFrame f, int which, PyObject value2, PyObject value1) {
        return switch (which) {
            case INTRINSIC_PREP_RERAISE_STAR -> ExceptStar.prepReraise(value2, value1);
            case INTRINSIC_TYPEVAR_WITH_BOUND -> TypeParameters.typeVarWithBound(value2, value1);
            case INTRINSIC_TYPEVAR_WITH_CONSTRAINTS -> TypeParameters.typeVarWithConstraints(value2, value1);
            case INTRINSIC_SET_FUNCTION_TYPE_PARAMS -> {
                ((PyFunction) value2).typeParams = value1;
                yield value2;
            }
            case INTRINSIC_SET_TYPEPARAM_DEFAULT -> TypeParameters.setDefault(value2, value1);
            default -> throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "unknown intrinsic function %d", which);
        };
    }
}
