// Python complex: a pair of doubles.
package pyj.interp.object;

public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, PyType.BASETYPE, ComplexOps::defineMethods);

    static {
        ComplexOps.fillSlots(TYPE);
    }

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() { return TYPE; }
}
