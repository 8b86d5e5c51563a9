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

    /**
     * The instance attribute {@code name} (what {@code __dict__} maps it to), or null. Objects that
     * keep attributes outside a dict ({@link PyInstance}) answer without making one.
     */
    public PyObject instanceAttribute(PyStr name) {
        PyDict d = dict();
        return d == null ? null : d.getStr(name);
    }

    /** Sets the instance attribute {@code name} to a non-null value; false when there is no dict to hold it. */
    public boolean storeInstanceAttribute(PyStr name, PyObject value) {
        PyDict d = dict();
        if (d == null) return false;
        d.putStr(name, value);
        return true;
    }

    @Override
    public String toString() {
        return "<" + type().name() + " object>";
    }
}
