// How operator's functions check their arguments, with the messages of _operator's calling conventions.
package pyj.interp.operator;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;

/**
 * CPython's _operator declares its one-operand functions METH_O (errors say "_operator.neg()
 * takes exactly one argument") and the others METH_FASTCALL checked by _PyArg_CheckPositional
 * ("add expected 2 arguments, got 1"); none of them takes keywords except call().
 */
final class Arity {
    private Arity() {}

    static void noKeywords(String qualname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", qualname);
        }
    }

    /** METH_O. */
    static PyObject single(String name, PyObject[] args, String[] kwnames) {
        noKeywords("_operator." + name, kwnames);
        if (args.length != 1) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "_operator.%s() takes exactly one argument (%d given)",
                    name, args.length);
        }
        return args[0];
    }

    /** METH_FASTCALL with min..max positional arguments and no keywords. */
    static void positional(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords("_operator." + name, kwnames);
        count(name, args.length, min, max);
    }

    /** _PyArg_CheckPositional's messages. */
    static void count(String name, int n, int min, int max) {
        if (n >= min && n <= max) return;
        int bound = n < min ? min : max;
        String quantifier = min == max ? "" : n < min ? "at least " : "at most ";
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected %s%d argument%s, got %d", name, quantifier, bound,
                bound == 1 ? "" : "s", n);
    }
}
