// Binds call arguments to a function's parameters, with CPython's error messages.
package pyj.interp.eval;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;

/**
 * CPython's {@code initialize_locals}: fills a new frame's parameter slots from positional
 * arguments, keyword arguments (vectorcall layout: values after the positionals, names in
 * {@code kwnames}), defaults and keyword-only defaults, building {@code *args} and {@code **kwargs}.
 */
final class ArgumentBinder {
    private ArgumentBinder() {}

    static void bind(PyFunction fn, PyObject[] locals, PyObject[] args, String[] kwnames) {
        PyCode code = fn.code;
        int argcount = code.argcount;
        int kwonly = code.kwonlyargcount;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        boolean varargs = (code.flags & CodeObject.CO_VARARGS) != 0;
        boolean varkw = (code.flags & CodeObject.CO_VARKEYWORDS) != 0;
        int total = argcount + kwonly;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, locals, 0, n);
        if (varargs) {
            locals[total] = npos > argcount ? PyTuple.copyOf(args, argcount, npos) : PyTuple.EMPTY;
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, args, kwnames, locals);
        }
        // Keyword arguments.
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int j = -1;
            for (int p = code.posonlyargcount; p < total; p++) {
                if (code.localsplusNames[p].value().equals(name)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict != null) {
                    kwdict.putStr(PyStr.intern(name), value);
                    continue;
                }
                if (positionalOnlyPassedAsKeyword(fn, kwnames)) throw positionalOnlyError(fn, kwnames);
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                        fn.qualname.value(), name);
            }
            if (locals[j] != null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got multiple values for argument '%s'",
                        fn.qualname.value(), name);
            }
            locals[j] = value;
        }
        // Defaults for missing positional parameters.
        if (npos < argcount) {
            int ndefs = fn.defaults == null ? 0 : fn.defaults.size();
            int firstDefault = argcount - ndefs;
            List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (locals[i] != null) continue;
                if (i >= firstDefault) {
                    locals[i] = fn.defaults.get(i - firstDefault);
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(code.localsplusNames[i].value());
                }
            }
            if (missing != null) throw missingError(fn, missing, "positional");
        }
        // Keyword-only defaults.
        if (kwonly > 0) {
            List<String> missing = null;
            for (int i = argcount; i < total; i++) {
                if (locals[i] != null) continue;
                PyStr name = code.localsplusNames[i];
                PyObject dflt = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(name);
                if (dflt != null) {
                    locals[i] = dflt;
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(name.value());
                }
            }
            if (missing != null) throw missingError(fn, missing, "keyword-only");
        }
    }

    private static boolean positionalOnlyPassedAsKeyword(PyFunction fn, String[] kwnames) {
        for (String k : kwnames) {
            for (int p = 0; p < fn.code.posonlyargcount; p++) {
                if (fn.code.localsplusNames[p].value().equals(k)) return true;
            }
        }
        return false;
    }

    private static RuntimeException positionalOnlyError(PyFunction fn, String[] kwnames) {
        StringBuilder sb = new StringBuilder();
        for (String k : kwnames) {
            for (int p = 0; p < fn.code.posonlyargcount; p++) {
                if (fn.code.localsplusNames[p].value().equals(k)) {
                    if (sb.length() > 0) sb.append(", ");
                    sb.append(k);
                }
            }
        }
        return PyErr.format(ExceptionTypes.TYPE_ERROR,
                "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.qualname.value(), sb);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, PyObject[] args, String[] kwnames,
                                                      PyObject[] locals) {
        PyCode code = fn.code;
        int argcount = code.argcount;
        int ndefs = fn.defaults == null ? 0 : fn.defaults.size();
        String takes;
        if (ndefs > 0) {
            takes = "from " + (argcount - ndefs) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int i = argcount; i < argcount + code.kwonlyargcount; i++) {
                    if (code.localsplusNames[i].value().equals(k)) kwonlyGiven++;
                }
            }
        }
        String given2;
        if (kwonlyGiven > 0) {
            given2 = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")";
        } else {
            given2 = String.valueOf(given);
        }
        String verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes %s but %s %s given", fn.qualname.value(), takes,
                given2, verb);
    }

    private static RuntimeException missingError(PyFunction fn, List<String> missing, String kind) {
        int n = missing.size();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) names.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            names.append('\'').append(missing.get(i)).append('\'');
        }
        return PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing %d required %s argument%s: %s",
                fn.qualname.value(), n, kind, n == 1 ? "" : "s", names);
    }
}
