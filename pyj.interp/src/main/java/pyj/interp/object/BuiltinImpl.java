// The Java signature every builtin function and method implementation has.
package pyj.interp.object;

/**
 * A builtin's body in vectorcall form. {@code self} is the bound object (the instance for a
 * method, the module for a module function); {@code args} holds positional arguments followed by
 * keyword values named by {@code kwnames} (null when there are none).
 */
@FunctionalInterface
public interface BuiltinImpl {
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}
