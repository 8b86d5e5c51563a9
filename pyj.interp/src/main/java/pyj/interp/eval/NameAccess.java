// Name lookups and stores: locals mappings, globals, builtins, cells, and their error messages.
package pyj.interp.eval;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.ExceptionFields;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyCell;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;

final class NameAccess {
    private NameAccess() {}

    static PyException nameError(PyStr name) {
        PyException e = PyErr.format(ExceptionTypes.NAME_ERROR, "name '%s' is not defined", name.value());
        ExceptionFields.setName(e.value, name);
        return e;
    }

    static PyObject loadGlobal(PyFrame f, PyStr name) {
        PyObject v = f.globals.getStr(name);
        if (v != null) return v;
        v = f.builtins.getStr(name);
        if (v != null) return v;
        throw nameError(name);
    }

    /** A lookup in a locals mapping that answers null for a missing key. */
    private static PyObject mappingGet(PyObject mapping, PyStr name) {
        if (mapping instanceof PyDict d && mapping.getClass() == PyDict.class) return d.getStr(name);
        try {
            return ObjectProtocol.getItem(mapping, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) return null;
            throw e;
        }
    }

    static PyObject loadName(PyFrame f, PyStr name) {
        if (f.locals == null) {
            throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "no locals found when loading '%s'", name.value());
        }
        PyObject v = mappingGet(f.locals, name);
        if (v != null) return v;
        return loadGlobal(f, name);
    }

    static void storeName(PyFrame f, PyStr name, PyObject v) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "no locals found when storing '%s'", name.value());
        }
        if (locals instanceof PyDict d && locals.getClass() == PyDict.class) d.putStr(name, v);
        else ObjectProtocol.setItem(locals, name, v);
    }

    static void deleteName(PyFrame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "no locals when deleting '%s'", name.value());
        }
        try {
            ObjectProtocol.setItem(locals, name, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) throw nameError(name);
            throw e;
        }
    }

    static void deleteGlobal(PyFrame f, PyStr name) {
        if (f.globals.delStr(name) == null) throw nameError(name);
    }

    static PyObject loadBuildClass(PyFrame f) {
        PyObject bc = f.builtins.getStr(PyStr.intern("__build_class__"));
        if (bc == null) throw PyErr.format(ExceptionTypes.NAME_ERROR, "__build_class__ not found");
        return bc;
    }

    static PyObject locals(PyFrame f) {
        if (f.locals == null) throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "no locals found");
        return f.locals;
    }

    static void setupAnnotations(PyFrame f) {
        PyObject locals = locals(f);
        PyStr key = PyStr.intern("__annotations__");
        if (mappingGet(locals, key) == null) ObjectProtocol.setItem(locals, key, new PyDict());
    }

    static PyObject loadFromDictOrGlobals(PyFrame f, PyObject mapping, PyStr name) {
        PyObject v = mappingGet(mapping, name);
        if (v != null) return v;
        return loadGlobal(f, name);
    }

    static PyObject loadFromDictOrDeref(PyFrame f, PyObject classDict, int slot) {
        PyStr name = f.code.localsplusNames[slot];
        PyObject v = mappingGet(classDict, name);
        if (v != null) return v;
        v = ((PyCell) f.localsplus[slot]).value;
        if (v == null) throw unboundDeref(f, slot);
        return v;
    }

    static PyException unboundLocal(PyFrame f, int slot) {
        PyStr name = f.code.localsplusNames[slot];
        PyException e = PyErr.format(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '%s' where it is not associated with a value", name.value());
        ExceptionFields.setName(e.value, name);
        return e;
    }

    static PyException unboundDeref(PyFrame f, int slot) {
        PyStr name = f.code.localsplusNames[slot];
        byte kind = f.code.source.localsplusKinds()[slot];
        if ((kind & CodeObject.CO_FAST_FREE) != 0) {
            PyException e = PyErr.format(ExceptionTypes.NAME_ERROR,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                    name.value());
            ExceptionFields.setName(e.value, name);
            return e;
        }
        return unboundLocal(f, slot);
    }

    static void deleteDeref(PyFrame f, int slot) {
        PyCell cell = (PyCell) f.localsplus[slot];
        if (cell.value == null) throw unboundDeref(f, slot);
        cell.value = null;
    }
}
