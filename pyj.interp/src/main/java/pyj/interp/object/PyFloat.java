// Python float: an IEEE 754 double.
package pyj.interp.object;

public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, PyType.BASETYPE,
            FloatOps::defineMethods);

    static {
        FloatOps.fillSlots(TYPE);
    }

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) { return new PyFloat(v); }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public String toString() { return FloatFormat.repr(value); }
}
