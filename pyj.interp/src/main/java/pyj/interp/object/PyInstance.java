// Instances of classes defined in Python (and of plain object()).
package pyj.interp.object;

/**
 * An instance of a Python-defined class whose nearest builtin base is {@code object}. It carries
 * its class and, unless the class uses {@code __slots__} only, an attribute dict. The state sits in
 * fields of its own rather than in an {@link InstanceState}: these are the most common heap objects.
 */
public class PyInstance extends PyObject implements HeapObject {
    private PyType type;
    private PyDict dict;
    private final PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) dict = new PyDict();
        slotValues = InstanceState.slotArray(type);
    }

    @Override
    public PyType type() { return type; }

    @Override
    public void setType(PyType t) { this.type = t; }

    @Override
    public PyDict dict() { return dict; }

    @Override
    public void setDict(PyDict d) { this.dict = d; }

    @Override
    public PyObject[] slots() { return slotValues; }
}
