// How the math module's builtins take their arguments, with the messages CPython's calling conventions give.
package pyj.interp.math;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;

/**
 * CPython declares most math functions METH_O or METH_FASTCALL (their errors name the function as
 * "math.sqrt()", or say "atan2 expected 2 arguments"); isclose, nextafter and prod take keywords
 * through Argument Clinic's keyword parser, reproduced by {@link KeywordSignature}.
 */
final class CallingConventions {
    private CallingConventions() {}

    /** METH_O: the single argument. */
    static PyObject single(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "math.%s() takes exactly one argument (%d given)", name,
                    args.length);
        }
        return args[0];
    }

    /** METH_FASTCALL with a keyword-free call required. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "math.%s() takes no keyword arguments", name);
        }
    }

    /** METH_FASTCALL checked by _PyArg_CheckPositional. */
    static void positional(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        int n = args.length;
        if (n >= min && n <= max) return;
        int bound = n < min ? min : max;
        String quantifier = min == max ? "" : n < min ? "at least " : "at most ";
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected %s%d argument%s, got %d", name, quantifier, bound,
                bound == 1 ? "" : "s", n);
    }

    /**
     * An Argument Clinic signature: {@code positionalOnly} leading parameters that cannot be named,
     * {@code minPositional} of them required, up to {@code maxPositional} given by position, the
     * rest keyword-only and optional.
     */
    record KeywordSignature(String name, int positionalOnly, int minPositional, int maxPositional, String... names) {

        /** The bound arguments in parameter order, null where one was omitted. */
        PyObject[] bind(PyObject[] args, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            int nargs = args.length - nkw;
            int max = names.length;
            if (nargs + nkw > max) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at most %d %sargument%s (%d given)", name,
                        max, nargs == 0 ? "keyword " : "", max == 1 ? "" : "s", nargs + nkw);
            }
            if (nargs > maxPositional) {
                if (maxPositional == 0) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no positional arguments", name);
                }
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)",
                        name, minPositional < maxPositional ? "at most" : "exactly", maxPositional,
                        maxPositional == 1 ? "" : "s", nargs);
            }
            int minPositionalOnly = Math.min(positionalOnly, minPositional);
            if (nargs < minPositionalOnly) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)",
                        name, minPositionalOnly < maxPositional ? "at least" : "exactly", minPositionalOnly,
                        minPositionalOnly == 1 ? "" : "s", nargs);
            }
            PyObject[] out = new PyObject[max];
            System.arraycopy(args, 0, out, 0, nargs);
            int remaining = nkw;
            for (int i = Math.max(nargs, positionalOnly); i < max; i++) {
                if (remaining > 0) {
                    int k = indexOf(kwnames, names[i]);
                    if (k >= 0) {
                        out[i] = args[nargs + k];
                        remaining--;
                    }
                } else if (i >= minPositional) {
                    break;
                }
                if (out[i] == null && i < minPositional) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing required argument '%s' (pos %d)",
                            name, names[i], i + 1);
                }
            }
            if (remaining > 0) {
                for (int i = positionalOnly; i < nargs; i++) {
                    if (indexOf(kwnames, names[i]) >= 0) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                                "argument for %s() given by name ('%s') and position (%d)", name, names[i], i + 1);
                    }
                }
                for (String kw : kwnames) {
                    boolean known = false;
                    for (int i = positionalOnly; i < max; i++) known |= names[i].equals(kw);
                    if (!known) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                                name, kw);
                    }
                }
            }
            return out;
        }

        private static int indexOf(String[] kwnames, String name) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) return k;
            }
            return -1;
        }
    }
}
