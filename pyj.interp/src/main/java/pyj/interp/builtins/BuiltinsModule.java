// The builtins module: the types, constants, exceptions and functions every Python namespace can see.
package pyj.interp.builtins;

import java.util.Map;

import pyj.interp.eval.PySuper;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyByteArray;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyClassMethod;
import pyj.interp.object.PyComplex;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyProperty;
import pyj.interp.object.PyRange;
import pyj.interp.object.PySet;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PySlice;
import pyj.interp.object.PyStaticMethod;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** Creates the builtins module of an interpreter (CPython's _PyBuiltin_Init). */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /** A fresh builtins module; {@code debug} is the value of __debug__ (False under -O). */
    public static PyModule create(boolean debug) {
        PyModule b = new PyModule("builtins");
        b.put("__doc__", PyStr.of("Built-in functions, types, exceptions, and other objects."));
        b.put("None", PySingleton.NONE);
        b.put("Ellipsis", PySingleton.ELLIPSIS);
        b.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        b.put("False", PyBool.FALSE);
        b.put("True", PyBool.TRUE);
        b.put("__debug__", PyBool.of(debug));
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyBool.TYPE, PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE,
            PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.SET_TYPE,
            PySet.FROZENSET_TYPE, PyRange.TYPE, PySlice.TYPE, PySuper.TYPE, PyProperty.TYPE, PyClassMethod.TYPE,
            PyStaticMethod.TYPE, PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE, pyj.interp.object.PyMemoryView.TYPE};
        for (PyType t : types) b.put(t.name(), t);
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) b.put(e.getKey(), e.getValue());
        b.put("EnvironmentError", ExceptionTypes.OS_ERROR);
        b.put("IOError", ExceptionTypes.OS_ERROR);
        Printing.define(b);
        b.put("open", pyj.interp.io.OpenFunction.OPEN);
        NumericBuiltins.define(b);
        IterationBuiltins.define(b);
        IntrospectionBuiltins.define(b);
        CodeBuiltins.define(b);
        return b;
    }
}
