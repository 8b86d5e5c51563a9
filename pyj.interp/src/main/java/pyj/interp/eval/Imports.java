// IMPORT_NAME, IMPORT_FROM and 'from m import *'.
package pyj.interp.eval;

import pyj.interp.object.ExceptionFields;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBuiltinFunction;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

final class Imports {
    private Imports() {}

    private static final PyStr IMPORT = PyStr.intern("__import__");

    static PyObject importName(PyFrame f, PyStr name, PyObject fromlist, PyObject level) {
        PyObject imp = f.builtins.getStr(IMPORT);
        if (imp == null) throw PyErr.format(ExceptionTypes.IMPORT_ERROR, "__import__ not found");
        int lvl = (int) ((PyInt) level).value;
        if (imp instanceof PyBuiltinFunction bf && bf.self() instanceof PyModule m && m.name().equals("builtins")) {
            return f.thread.interp.importer.importModule(name.value(), f.globals, fromlist, lvl);
        }
        PyObject locals = f.locals == null ? PySingleton.NONE : f.locals;
        return ObjectProtocol.call(imp, name, f.globals, locals, fromlist, level);
    }

    static PyObject importFrom(PyFrame f, PyObject from, PyStr name) {
        try {
            return ObjectProtocol.getAttr(from, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
        }
        PyObject pkgName = ObjectProtocol.lookupAttr(from, PyStr.intern("__name__"));
        if (pkgName instanceof PyStr pn) {
            PyObject sub = f.thread.interp.modules.getStr(PyStr.of(pn.value() + "." + name.value()));
            if (sub != null) return sub;
        }
        String modName = pkgName instanceof PyStr pn ? pn.value() : "<unknown module name>";
        PyObject file = ObjectProtocol.lookupAttr(from, PyStr.intern("__file__"));
        String where = file instanceof PyStr fs ? " (" + fs.value() + ")" : " (unknown location)";
        PyException err = PyErr.format(ExceptionTypes.IMPORT_ERROR, "cannot import name '%s' from '%s'%s", name.value(),
                modName, where);
        ExceptionFields.setImportNames(err.value, PyStr.of(modName), name);
        return throwIt(err);
    }

    private static PyObject throwIt(PyException e) { throw e; }

    /** from module import *: __all__ if defined, else every public name. */
    static void importStar(PyFrame f, PyObject module) {
        PyObject locals = f.locals;
        if (locals == null) throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "no locals found during 'import *'");
        PyObject all = ObjectProtocol.lookupAttr(module, PyStr.intern("__all__"));
        if (all != null) {
            PyObject it = ObjectProtocol.getIter(all);
            for (PyObject n; (n = ObjectProtocol.next(it)) != null; ) {
                if (!(n instanceof PyStr ns)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Item in %s.__all__ must be str, not %s",
                            moduleName(module), n.type().name());
                }
                ObjectProtocol.setItem(locals, ns, ObjectProtocol.getAttr(module, ns));
            }
            return;
        }
        PyObject dictObj = ObjectProtocol.lookupAttr(module, PyStr.intern("__dict__"));
        if (!(dictObj instanceof PyDict dict)) {
            throw PyErr.typeError("from-import-* object has no __dict__ and no __all__");
        }
        for (int i = 0; i < dict.entryLimit(); i++) {
            PyObject k = dict.keyAt(i);
            if (k instanceof PyStr ks && !ks.value().startsWith("_")) ObjectProtocol.setItem(locals, ks, dict.entryValue(i));
        }
    }

    private static String moduleName(PyObject m) {
        PyObject n = ObjectProtocol.lookupAttr(m, PyStr.intern("__name__"));
        return n instanceof PyStr s ? s.value() : "?";
    }
}
