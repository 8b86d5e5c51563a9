// What every itertools iterator object shares: its Python type and, for Python subclasses, a dict and __slots__.
package pyj.interp.itertools;

import java.util.function.Consumer;

import pyj.interp.object.HeapObject;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;
import pyj.interp.object.Slots;

/**
 * One Java class serves a builtin iterator type and every Python class derived from it, so the
 * instance carries the heap-instance state ({@code class C(itertools.count)} gets a {@code __dict__}
 * and may declare {@code __slots__}) that builtin instances leave empty.
 */
abstract class ItertoolsObject extends PyObject implements HeapObject {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    ItertoolsObject(PyType type) {
        this.type = type;
        PyStr[] names = type.slotNames();
        this.slots = names == null || names.length == 0 ? null : new PyObject[names.length];
    }

    /** A type named {@code itertools.NAME}; {@code subclassable} as CPython's Py_TPFLAGS_BASETYPE. */
    static PyType newType(String name, boolean subclassable, Consumer<PyType> methods) {
        return PyType.builtin("itertools." + name, PyType.OBJECT, subclassable ? PyType.BASETYPE : 0, methods);
    }

    /** An iterator type: iter(it) is it, next advances, attributes the generic way. */
    static void iteratorSlots(PyType t, Slots.IterNext next) {
        t.iter = self -> self;
        t.next = next;
        t.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    @Override
    public final PyType type() { return type; }

    @Override
    public final void setType(PyType type) { this.type = type; }

    /** Only instances of Python subclasses have a dict, made when first needed. */
    @Override
    public final PyDict dict() {
        if (dict == null && type.instancesHaveDict()) dict = new PyDict();
        return dict;
    }

    @Override
    public final void setDict(PyDict dict) { this.dict = dict; }

    @Override
    public final PyObject[] slots() { return slots; }
}
