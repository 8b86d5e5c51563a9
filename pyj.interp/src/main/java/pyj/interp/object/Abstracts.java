// The __isabstractmethod__ protocol used by abc and by descriptors that wrap functions.
package pyj.interp.object;

final class Abstracts {
    private Abstracts() {}

    static boolean isAbstract(PyObject o) {
        PyObject v = ObjectProtocol.lookupAttr(o, PyStr.intern("__isabstractmethod__"));
        return v != null && ObjectProtocol.isTrue(v);
    }
}
