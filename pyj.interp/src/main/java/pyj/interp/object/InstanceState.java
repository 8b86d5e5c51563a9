// The class, dict and __slots__ values of an instance of a Python subclass of a builtin type.
package pyj.interp.object;

/**
 * Held by the {@link DerivedInstances} classes, which extend a builtin's Java class and so cannot
 * inherit these fields; {@link DelegatingHeapObject} forwards the {@link HeapObject} view to it.
 */
final class InstanceState {
    PyType type;
    PyDict dict;
    final PyObject[] slots;

    InstanceState(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) dict = new PyDict();
        slots = slotArray(type);
    }

    static PyObject[] slotArray(PyType type) {
        PyStr[] names = type.slotNames();
        return names == null || names.length == 0 ? null : new PyObject[names.length];
    }
}
