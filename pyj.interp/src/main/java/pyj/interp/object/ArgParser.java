// Binds a builtin's vectorcall arguments to its parameters, with CPython's argument-clinic messages.
package pyj.interp.object;

/**
 * A builtin's signature: positional-or-keyword parameters, optionally preceded by positional-only
 * ones and followed by keyword-only ones. {@link #parse} returns the bound values in parameter
 * order, with null for an omitted optional parameter.
 *
 * <pre>
 *   static final ArgParser SPLIT = new ArgParser("split", 0, "sep", "maxsplit");
 *   PyObject[] a = SPLIT.parse(args, kwnames);   // a[0] sep or null, a[1] maxsplit or null
 * </pre>
 */
public final class ArgParser {
    private final String fname;
    private final String[] names;
    private final int required;
    private final int posOnly;
    private final int kwOnlyStart;

    /** All parameters positional-or-keyword; the first {@code required} are required. */
    public ArgParser(String fname, int required, String... names) {
        this(fname, required, 0, names.length, names);
    }

    public ArgParser(String fname, int required, int posOnly, int kwOnlyStart, String... names) {
        this.fname = fname;
        this.names = names;
        this.required = required;
        this.posOnly = posOnly;
        this.kwOnlyStart = kwOnlyStart;
    }

    public PyObject[] parse(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] out = new PyObject[names.length];
        if (npos > kwOnlyStart) {
            if (kwOnlyStart == names.length && required == names.length) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes exactly %d argument%s (%d given)", fname,
                        required, required == 1 ? "" : "s", npos + nkw);
            }
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at most %d argument%s (%d given)", fname,
                    kwOnlyStart, kwOnlyStart == 1 ? "" : "s", npos + nkw);
        }
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (names[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                // Argument clinic does not know positional-only names as keywords at all, so a
                // builtin reports them like any unknown keyword (Python functions say more).
                if (npos + nkw > names.length) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at most %d argument%s (%d given)", fname,
                            names.length, names.length == 1 ? "" : "s", npos + nkw);
                }
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", fname, kw);
            }
            if (out[idx] != null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "argument for %s() given by name ('%s') and position (%d)",
                        fname, kw, idx + 1);
            }
            out[idx] = args[npos + k];
        }
        if (nkw == 0 && npos < required) {
            if (required == names.length && kwOnlyStart == names.length) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes exactly %d argument%s (%d given)", fname,
                        required, required == 1 ? "" : "s", npos);
            }
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at least %d positional argument%s (%d given)",
                    fname, required, required == 1 ? "" : "s", npos);
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing required argument '%s' (pos %d)", fname,
                        names[i], i + 1);
            }
        }
        return out;
    }

    /** _PyArg_CheckPositional: "NAME expected at most N arguments, got M". */
    public static void checkPositional(String name, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", name);
        }
        int n = args.length;
        if (n < min) {
            if (min == max) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected %d argument%s, got %d", name, min,
                        min == 1 ? "" : "s", n);
            }
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected at least %d argument%s, got %d", name, min,
                    min == 1 ? "" : "s", n);
        }
        if (n > max) {
            if (min == max) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected %d argument%s, got %d", name, max,
                        max == 1 ? "" : "s", n);
            }
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected at most %d argument%s, got %d", name, max,
                    max == 1 ? "" : "s", n);
        }
    }

    /** For builtins that take no keyword arguments. */
    public static void noKeywords(String qualname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", qualname);
        }
    }
}
