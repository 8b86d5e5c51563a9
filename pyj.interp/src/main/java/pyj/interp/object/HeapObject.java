// An instance of a Python-defined class: its class may be reassigned, and it may carry a dict and __slots__.
package pyj.interp.object;

/**
 * What {@code __class__} assignment, {@code __dict__} and {@code __slots__} member descriptors need
 * from an instance of a heap type, whichever builtin it derives from ({@link PyInstance} for plain
 * classes, {@link DerivedInstances} for subclasses of list, int, str, ..., {@link PyBaseException}).
 */
public interface HeapObject {
    PyType type();

    void setType(PyType type);

    /** The attribute dict, or null when the class's {@code __slots__} leave it out. */
    PyDict dict();

    void setDict(PyDict dict);

    /** Values of the {@code __slots__} attributes by position (null while unset), or null without slots. */
    PyObject[] slots();
}
