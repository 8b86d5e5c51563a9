// The __dict__ and __weakref__ attributes a class statement gives instances its bases leave without them.
package pyj.interp.object;

/**
 * CPython's {@code subtype_getsets}: {@code type()} adds these getset descriptors to a new class's
 * namespace when its instances gain a dict or weak-reference support that no base provides, which
 * is why {@code '__dict__' in C.__dict__} holds for {@code class C: pass} but not for its subclasses.
 */
final class InstanceAttributes {
    private InstanceAttributes() {}

    static PyGetSetDescriptor dictDescriptor(PyType owner) {
        return new PyGetSetDescriptor("__dict__", owner, InstanceAttributes::getDict, InstanceAttributes::setDict);
    }

    /**
     * pyj has no weak references yet, so no object ever has one pointing at it and the attribute
     * reads None, as CPython's does for an object nothing weakly references.
     */
    static PyGetSetDescriptor weakrefDescriptor(PyType owner) {
        return new PyGetSetDescriptor("__weakref__", owner, self -> PySingleton.NONE, null);
    }

    private static PyObject getDict(PyObject self) {
        PyDict d = self.dict();
        if (d != null) return d;
        if (self instanceof HeapObject h) {
            d = new PyDict();
            h.setDict(d);
            return d;
        }
        throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "This object has no __dict__");
    }

    /** Assigning replaces the dict; deleting leaves a fresh empty one, as in CPython 3.13. */
    private static void setDict(PyObject self, PyObject value) {
        if (value != null && !(value instanceof PyDict)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%s'",
                    value.type().name());
        }
        if (!(self instanceof HeapObject h)) throw PyErr.typeError("This object has no __dict__");
        h.setDict(value == null ? new PyDict() : (PyDict) value);
    }
}
