// __build_class__: what a class statement calls to run the class body and create the class.
package pyj.interp.builtins;

import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.PyFunction;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyCell;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** CPython's builtin___build_class__, including PEP 560 __mro_entries__ and PEP 3115 __prepare__. */
final class ClassBuilder {
    private ClassBuilder() {}

    private static final PyStr MRO_ENTRIES = PyStr.intern("__mro_entries__");
    private static final PyStr PREPARE = PyStr.intern("__prepare__");
    private static final PyStr ORIG_BASES = PyStr.intern("__orig_bases__");

    static PyObject buildClass(PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos < 2) throw PyErr.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction func)) throw PyErr.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof PyStr name)) throw PyErr.typeError("__build_class__: name is not a string");
        PyObject[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyObject[] bases = updateBases(origBases);

        PyObject meta = null;
        int keep = 0;
        PyObject[] kwValues = new PyObject[nkw];
        String[] kwNames = new String[nkw];
        for (int k = 0; k < nkw; k++) {
            if (kw[k].equals("metaclass")) {
                meta = args[npos + k];
            } else {
                kwNames[keep] = kw[k];
                kwValues[keep++] = args[npos + k];
            }
        }
        kwNames = java.util.Arrays.copyOf(kwNames, keep);
        kwValues = java.util.Arrays.copyOf(kwValues, keep);
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) meta = PyType.calculateMetaclass((PyType) meta, bases);

        PyTuple basesTuple = new PyTuple(bases);
        PyObject ns;
        PyObject prepare = ObjectProtocol.lookupAttr(meta, PREPARE);
        if (prepare == null) {
            ns = new PyDict();
        } else {
            ns = ObjectProtocol.call(prepare, withKeywords(new PyObject[] {name, basesTuple}, kwValues), names(kwNames));
            if (ns.type().getitem == null) {
                String who = isClass ? ((PyType) meta).name() : "<metaclass>";
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__prepare__() must return a mapping, not %s", who,
                        ns.type().name());
            }
        }
        PyObject cell = CodeExecution.evalCode(func.code, func.globals, ns, func.closure);
        if (bases != origBases) ObjectProtocol.setItem(ns, ORIG_BASES, new PyTuple(origBases));
        PyObject cls = ObjectProtocol.call(meta, withKeywords(new PyObject[] {name, basesTuple, ns}, kwValues),
                names(kwNames));
        if (cls instanceof PyType && cell instanceof PyCell c) {
            if (c.value != cls) {
                if (c.value == null) {
                    throw PyErr.format(ExceptionTypes.RUNTIME_ERROR,
                            "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                            ObjectProtocol.reprString(name), ObjectProtocol.reprString(cls));
                }
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__class__ set to %s defining %s as %s",
                        ObjectProtocol.reprString(c.value), ObjectProtocol.reprString(name),
                        ObjectProtocol.reprString(cls));
            }
        }
        return cls;
    }

    private static String[] names(String[] kwNames) { return kwNames.length == 0 ? null : kwNames; }

    private static PyObject[] withKeywords(PyObject[] positional, PyObject[] kwValues) {
        PyObject[] all = java.util.Arrays.copyOf(positional, positional.length + kwValues.length);
        System.arraycopy(kwValues, 0, all, positional.length, kwValues.length);
        return all;
    }

    /** PEP 560: a base that is not a type may stand for others through __mro_entries__. */
    private static PyObject[] updateBases(PyObject[] bases) {
        java.util.List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject base = bases[i];
            if (base instanceof PyType) {
                if (out != null) out.add(base);
                continue;
            }
            PyObject meth = ObjectProtocol.lookupAttr(base, MRO_ENTRIES);
            if (meth == null) {
                if (out != null) out.add(base);
                continue;
            }
            PyObject entries = ObjectProtocol.call(meth, new PyTuple(bases));
            if (!(entries instanceof PyTuple t)) throw PyErr.typeError("__mro_entries__ must return a tuple");
            if (out == null) out = new java.util.ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            out.addAll(java.util.Arrays.asList(t.items()));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

}
