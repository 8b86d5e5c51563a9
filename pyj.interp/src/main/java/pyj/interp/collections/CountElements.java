// _collections._count_elements: Counter's tally loop, with a direct path for plain dict mappings.
package pyj.interp.collections;

import pyj.interp.object.ArgParser;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

final class CountElements {
    private CountElements() {}

    private static final PyStr GET = PyStr.intern("get");
    private static final PyStr SETITEM = PyStr.intern("__setitem__");

    static PyObject call(PyObject[] args, String[] kw) {
        ArgParser.checkPositional("_count_elements", args, kw, 2, 2);
        PyObject mapping = args[0];
        PyObject it = ObjectProtocol.getIter(args[1]);
        // Like CPython, the direct path is taken only when get() and __setitem__ are dict's own.
        if (mapping instanceof PyDict d && mapping.type().lookup(GET) == PyDict.TYPE.lookup(GET)
                && mapping.type().lookup(SETITEM) == PyDict.TYPE.lookup(SETITEM)) {
            for (PyObject key; (key = ObjectProtocol.next(it)) != null; ) {
                PyObject old = d.get(key);
                d.put(key, old == null ? PyInt.ONE : NumberProtocol.add(old, PyInt.ONE));
            }
            return PySingleton.NONE;
        }
        PyObject get = ObjectProtocol.getAttr(mapping, GET);
        for (PyObject key; (key = ObjectProtocol.next(it)) != null; ) {
            PyObject old = ObjectProtocol.call(get, key, PyInt.ZERO);
            ObjectProtocol.setItem(mapping, key, NumberProtocol.add(old, PyInt.ONE));
        }
        return PySingleton.NONE;
    }
}
