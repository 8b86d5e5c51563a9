// typing.NoDefault: the marker a type parameter's __default__ holds when it has none (PEP 696).
package pyj.interp.typing;

import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

public final class NoDefault extends PyObject {
    static final PyType TYPE = PyType.builtin("typing.NoDefaultType", PyType.OBJECT, 0, null);
    public static final NoDefault INSTANCE = new NoDefault();

    static {
        TYPE.repr = self -> PyStr.of("typing.NoDefault");
        TYPE.newFn = (type, args, kw) -> {
            if (args.length > 0) throw PyErr.typeError("NoDefaultType takes no arguments");
            return INSTANCE;
        };
    }

    private NoDefault() {}

    @Override
    public PyType type() { return TYPE; }
}
