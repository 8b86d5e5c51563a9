// Calling TypeVar, ParamSpec and TypeVarTuple directly: argument parsing and CPython's checks.
package pyj.interp.typing;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.typing.PyTypeParameter.Kind;

final class TypeParameterConstruction {
    private TypeParameterConstruction() {}

    /** TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False, default=NoDefault). */
    static PyObject newTypeVar(PyType type, PyObject[] args, String[] kw) {
        return build(Kind.TYPE_VAR, "typevar", args, kw, "bound", "covariant", "contravariant", "infer_variance", "default");
    }

    static PyObject newParamSpec(PyType type, PyObject[] args, String[] kw) {
        return build(Kind.PARAM_SPEC, "paramspec", args, kw, "bound", "covariant", "contravariant", "infer_variance",
                "default");
    }

    static PyObject newTypeVarTuple(PyType type, PyObject[] args, String[] kw) {
        return build(Kind.TYPE_VAR_TUPLE, "typevartuple", args, kw, "default");
    }

    private static PyObject build(Kind kind, String fname, PyObject[] args, String[] kw, String... keywords) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject[] named = new PyObject[keywords.length];
        PyObject name = npos > 0 ? args[0] : null;
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("name") && name == null) {
                name = args[npos + i];
                continue;
            }
            int k = java.util.Arrays.asList(keywords).indexOf(kw[i]);
            if (k < 0) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", fname, kw[i]);
            named[k] = args[npos + i];
        }
        if (name == null) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing required argument 'name' (pos 1)", fname);
        if (!(name instanceof PyStr n)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() argument 'name' must be str, not %s", fname,
                    name.type().name());
        }
        if (kind != Kind.TYPE_VAR && npos > 1) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at most 1 positional argument (%d given)", fname, npos);
        }
        PyTypeParameter p = new PyTypeParameter(kind, n);
        p.module = PyType.currentModuleName();
        PyObject dflt = named[keywords.length - 1];
        if (dflt != null && dflt != NoDefault.INSTANCE) p.defaultValue = LazyValue.of(dflt);
        if (kind == Kind.TYPE_VAR_TUPLE) return p;
        p.covariant = truth(named[1]);
        p.contravariant = truth(named[2]);
        p.inferVariance = truth(named[3]);
        if (p.covariant && p.contravariant) throw PyErr.valueError("Bivariant types are not supported.");
        if (p.inferVariance && (p.covariant || p.contravariant)) {
            throw PyErr.valueError("Variance cannot be specified with infer_variance.");
        }
        PyObject bound = named[0];
        if (bound != null && bound != PySingleton.NONE) p.bound = LazyValue.of(bound);
        if (kind == Kind.TYPE_VAR && npos > 1) {
            if (npos == 2) throw PyErr.typeError("A single constraint is not allowed");
            if (p.bound != null) throw PyErr.typeError("Constraints cannot be combined with bound=...");
            p.constraints = LazyValue.of(PyTuple.copyOf(args, 1, npos));
        }
        return p;
    }

    private static boolean truth(PyObject o) {
        return o != null && ObjectProtocol.isTrue(o);
    }
}
