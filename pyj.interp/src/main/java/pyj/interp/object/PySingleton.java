// The singletons None, NotImplemented and Ellipsis, each the sole instance of its type.
package pyj.interp.object;

public final class PySingleton extends PyObject {
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", PyType.OBJECT, 0, null);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, 0, null);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", PyType.OBJECT, 0, null);

    public static final PySingleton NONE = new PySingleton(NONE_TYPE, "None");
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton(NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton(ELLIPSIS_TYPE, "Ellipsis");

    static {
        for (PyType t : new PyType[] {NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE}) {
            t.repr = self -> PyStr.intern(((PySingleton) self).name);
            t.newFn = (type, args, kw) -> {
                if (args.length > 0) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s takes no arguments", type.name());
                }
                return type == NONE_TYPE ? NONE : type == NOT_IMPLEMENTED_TYPE ? NOT_IMPLEMENTED : ELLIPSIS;
            };
        }
        NONE_TYPE.bool = self -> false;
        NONE_TYPE.setDoc("The type of the None singleton.");
        NOT_IMPLEMENTED_TYPE.setDoc("The type of the NotImplemented singleton.");
        ELLIPSIS_TYPE.setDoc("The type of the Ellipsis singleton.");
        NONE_TYPE.hash = self -> 0xFCA86420L; // CPython 3.12+: hash(None) is a constant
    }

    private final PyType type;
    private final String name;

    private PySingleton(PyType type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public String toString() { return name; }
}
