// Instances of classes defined in Python (and of plain object()).
package pyj.interp.object;

/**
 * An instance of a Python-defined class whose nearest builtin base is {@code object}. Its
 * attributes live in a values array laid out by a {@link Shape} until something needs a real dict
 * ({@code __dict__}, {@code vars()}, deleting an attribute); from then on they live in that dict.
 * Classes whose {@code __slots__} leave out {@code __dict__} have neither. The state sits in fields
 * of its own rather than in an {@link InstanceState}: these are the most common heap objects.
 */
public class PyInstance extends PyObject implements HeapObject {
    private static final PyObject[] NO_VALUES = new PyObject[0];

    private PyType type;
    /** Non-null while the attributes are in {@link #values}. */
    private Shape shape;
    private PyObject[] values;
    private PyDict dict;
    private final PyObject[] slotValues;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) {
            shape = type.instanceShape();
            values = NO_VALUES;
        }
        slotValues = InstanceState.slotArray(type);
    }

    @Override
    public PyType type() { return type; }

    @Override
    public void setType(PyType t) { this.type = t; }

    /** The attribute layout, or null once the attributes live in a dict (or there are none). */
    public Shape shape() { return shape; }

    /** The value at a position of {@link #shape()}. */
    public PyObject valueAt(int index) { return values[index]; }

    /** The attribute dict, made from the values on first request; the instance keeps using it after. */
    @Override
    public PyDict dict() {
        if (shape != null) {
            PyDict d = new PyDict(shape.size());
            for (int i = 0; i < shape.size(); i++) d.putStr(shape.key(i), values[i]);
            dict = d;
            shape = null;
            values = null;
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        shape = null;
        values = null;
        this.dict = d;
    }

    @Override
    public PyObject[] slots() { return slotValues; }

    @Override
    public PyObject instanceAttribute(PyStr name) {
        Shape s = shape;
        if (s != null) {
            int i = s.indexOf(name);
            return i < 0 ? null : values[i];
        }
        return dict == null ? null : dict.getStr(name);
    }

    @Override
    public boolean storeInstanceAttribute(PyStr name, PyObject value) {
        Shape s = shape;
        if (s == null) return super.storeInstanceAttribute(name, value);
        int i = s.indexOf(name);
        if (i >= 0) {
            values[i] = value;
            return true;
        }
        // Only exact str names go in a shape; a str subclass name must stay the key a dict would keep.
        Shape next = name.getClass() == PyStr.class ? s.with(name) : null;
        if (next == null) return super.storeInstanceAttribute(name, value);
        int n = s.size();
        if (n == values.length) values = java.util.Arrays.copyOf(values, Math.max(4, n * 2));
        values[n] = value;
        shape = next;
        return true;
    }
}
