// Python module objects: a name and a namespace dict.
package pyj.interp.object;

public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, PyType.BASETYPE, ModuleMethods::define);

    static {
        ModuleMethods.fillSlots(TYPE);
        TYPE.setInstancesHaveDict(true);
        TYPE.setInstancesHaveWeakref(true);
    }

    private final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.putStr(PyStr.intern("__name__"), PyStr.of(name));
        if (dict.getStr(PyStr.intern("__doc__")) == null) dict.putStr(PyStr.intern("__doc__"), PySingleton.NONE);
        if (dict.getStr(PyStr.intern("__package__")) == null) dict.putStr(PyStr.intern("__package__"), PySingleton.NONE);
        if (dict.getStr(PyStr.intern("__loader__")) == null) dict.putStr(PyStr.intern("__loader__"), PySingleton.NONE);
        if (dict.getStr(PyStr.intern("__spec__")) == null) dict.putStr(PyStr.intern("__spec__"), PySingleton.NONE);
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyDict dict() { return dict; }

    public String name() {
        PyObject n = dict.getStr(PyStr.intern("__name__"));
        return n instanceof PyStr s ? s.value() : "?";
    }

    /** Sets a module attribute from Java. */
    public void put(String name, PyObject value) { dict.putStr(PyStr.intern(name), value); }

    public PyObject get(String name) { return dict.getStr(PyStr.intern(name)); }
}
