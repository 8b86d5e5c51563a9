// Binds the one argument of cmp_to_key(mycmp) and K(obj), with the messages of CPython's keyword parser.
package pyj.interp.functools;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;

/** A required parameter that may be given by position or by name; any second argument is one too many. */
record SingleParameter(String function, String name) {

    PyObject bind(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > 1) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at most 1 argument (%d given)", function,
                    args.length);
        }
        if (args.length == 1 && (nkw == 0 || kwnames[0].equals(name))) return args[0];
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing required argument '%s' (pos 1)", function, name);
    }
}
