// A constructor's argument-clinic signature: positional-or-keyword parameters, then keyword-only ones.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;

/**
 * Binds arguments with CPython 3.13's clinic messages ("missing required argument 'r' (pos 2)",
 * "takes at most 2 positional arguments"), checking counts before {@link ArgParser} binds names.
 */
record Signature(String fname, int required, int maxPositional, String[] names, ArgParser parser) {

    static Signature of(String fname, int required, int maxPositional, String... names) {
        return new Signature(fname, required, maxPositional, names,
                new ArgParser(fname, required, 0, maxPositional, names));
    }

    /** The bound values in parameter order, null for an omitted optional one. */
    PyObject[] bind(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        int maxArgs = names.length;
        if (npos + nkw > maxArgs) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at most %d %sargument%s (%d given)", fname,
                    maxArgs, npos == 0 ? "keyword " : "", maxArgs == 1 ? "" : "s", npos + nkw);
        }
        if (npos > maxPositional) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)", fname,
                    required < maxPositional ? "at most" : "exactly", maxPositional, maxPositional == 1 ? "" : "s",
                    npos);
        }
        if (nkw == 0 && npos < required) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing required argument '%s' (pos %d)", fname,
                    names[npos], npos + 1);
        }
        return parser.parse(args, kw);
    }
}
