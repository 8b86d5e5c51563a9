// Python function objects: code plus globals, defaults, closure and attributes.
package pyj.interp.eval;

import pyj.interp.object.Identity;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, PyType.METHOD_DESCRIPTOR,
            FunctionAttributes::define);

    static {
        TYPE.call = (self, args, kw) -> Functions.invoke(ThreadState.current(), (PyFunction) self, args, kw);
        TYPE.descrGet = (descr, obj, type) -> obj == null ? descr : new PyMethod(descr, obj);
        TYPE.repr = self -> PyStr.of("<function " + ((PyFunction) self).qualname.value() + " at " + Identity.hex(self) + ">");
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.setattro = ObjectProtocol.GENERIC_SETATTR;
        TYPE.hash = Identity::hash;
        pyj.interp.object.PyClassMethod.methodFactory = PyMethod::new;
    }

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public PyStr name;
    public PyStr qualname;
    /** Positional defaults, or null. */
    public PyTuple defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** Cells for the free variables, or null. */
    public PyTuple closure;
    public PyObject annotations;
    public PyObject doc;
    public PyObject module;
    public PyObject typeParams = PyTuple.EMPTY;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject mod = globals.getStr(PyStr.intern("__name__"));
        this.module = mod == null ? PySingleton.NONE : mod;
        // As in CPython 3.13: the compiler makes co_consts[0] the docstring, or None when there is none.
        this.doc = code.consts.length > 0 && code.consts[0] instanceof PyStr ? code.consts[0] : PySingleton.NONE;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }
}
