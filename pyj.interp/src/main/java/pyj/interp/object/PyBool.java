// Python bool: the two int instances True and False.
package pyj.interp.object;

public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, 0, IntOps::defineBoolMethods);

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    static {
        IntOps.fillBoolSlots(TYPE);
    }

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public String toString() { return value != 0 ? "True" : "False"; }
}
