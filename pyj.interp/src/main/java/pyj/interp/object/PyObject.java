// The root of every Python value in pyj.
package pyj.interp.object;

/**
 * A Python object. Behaviour lives in the object's type ({@link PyType}'s slots), as in CPython;
 * Java subclasses only carry state. Identity is Java identity: {@code is} is {@code ==}.
 */
public abstract class PyObject {

    /** The object's Python type ({@code type(x)}). */
    public abstract PyType type();

    /** The instance dictionary, or null for objects without one. */
    public PyDict dict() { return null; }

    @Override
    public String toString() {
        return "<" + type().name() + " object>";
    }
}
