// Instances of classes defined in Python (and of plain object()).
package pyj.interp.object;

/**
 * An instance of a Python-defined class whose nearest builtin base is {@code object}. It carries
 * its class and, unless the class uses {@code __slots__} only, an attribute dict.
 */
public class PyInstance extends PyObject {
    private PyType type;
    private PyDict dict;
    /** Values of __slots__ attributes, indexed by slot position. */
    private PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) dict = new PyDict();
        PyStr[] slots = type.slotNames();
        if (slots != null && slots.length > 0) slotValues = new PyObject[slots.length];
    }

    @Override
    public PyType type() { return type; }

    public void setType(PyType t) { this.type = t; }

    @Override
    public PyDict dict() { return dict; }

    public void setDict(PyDict d) { this.dict = d; }

    public PyObject slot(int i) { return slotValues[i]; }

    public void setSlot(int i, PyObject v) { slotValues[i] = v; }
}
