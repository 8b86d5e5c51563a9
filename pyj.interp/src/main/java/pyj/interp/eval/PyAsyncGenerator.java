// Async generators: created by RETURN_GENERATOR for 'async def' functions that contain 'yield'.
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.Identity;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * An async generator object. Iterating one needs the asend/athrow awaitables of PEP 525, which
 * are not implemented yet: creating one works, and using it raises a clear NotImplementedError.
 */
public final class PyAsyncGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtin("async_generator", PyType.OBJECT, 0, null);

    static {
        TYPE.repr = self -> PyStr.of("<async_generator object " + ((PyAsyncGenerator) self).frame.code.qualname.value()
                + " at " + Identity.hex(self) + ">");
        TYPE.getattro = (self, name) -> {
            if (name.value().equals("__anext__") || name.value().equals("asend") || name.value().equals("athrow")
                    || name.value().equals("aclose")) {
                throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "async generators are not supported yet");
            }
            return ObjectProtocol.genericGetAttr(self, name);
        };
    }

    final PyFrame frame;

    PyAsyncGenerator(PyFrame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() { return TYPE; }
}
