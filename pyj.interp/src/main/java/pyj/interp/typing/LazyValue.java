// A type parameter's bound, constraints, default or an alias's value, computed on first use (PEP 695).
package pyj.interp.typing;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;

/**
 * {@code def f[T: Node]()} must not evaluate {@code Node} until someone asks for {@code T.__bound__},
 * so the compiler hands over a function that computes it. A failing evaluation is not remembered,
 * so asking again retries, as CPython does.
 */
final class LazyValue {
    private PyObject value;
    private PyObject evaluator;

    private LazyValue(PyObject value, PyObject evaluator) {
        this.value = value;
        this.evaluator = evaluator;
    }

    static LazyValue of(PyObject value) { return new LazyValue(value, null); }

    static LazyValue computedBy(PyObject evaluator) { return new LazyValue(null, evaluator); }

    PyObject get() {
        if (value == null && evaluator != null) {
            value = ObjectProtocol.call(evaluator);
            evaluator = null;
        }
        return value;
    }
}
