// property: a data descriptor calling fget/fset/fdel, with getter/setter/deleter copies for decorators.
package pyj.interp.object;

public final class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyType.BASETYPE, PyProperty::define);
    private static final ArgParser ARGS = new ArgParser("property", 0, "fget", "fset", "fdel", "doc");
    private static final PyStr DOC = PyStr.intern("__doc__");
    private static final PyStr NAME = PyStr.intern("__name__");
    private static final PyStr QUALNAME = PyStr.intern("__qualname__");

    static {
        TYPE.newFn = (type, args, kw) -> new PyProperty(type);
        TYPE.init = (self, args, kw) -> ((PyProperty) self).init(ARGS.parse(args, kw));
        TYPE.descrGet = PyProperty::get;
        TYPE.descrSet = PyProperty::set;
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.setattro = ObjectProtocol.GENERIC_SETATTR;
    }

    private final PyType type;
    private PyObject fget = PySingleton.NONE;
    private PyObject fset = PySingleton.NONE;
    private PyObject fdel = PySingleton.NONE;
    private PyObject doc = PySingleton.NONE;
    private PyObject name;
    private PyDict dict;

    private PyProperty(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    private static PyObject orNone(PyObject o) { return o == null ? PySingleton.NONE : o; }

    private void init(PyObject[] a) {
        fget = orNone(a[0]);
        fset = orNone(a[1]);
        fdel = orNone(a[2]);
        doc = orNone(a[3]);
        // Without an explicit doc a property takes its getter's docstring, as CPython does.
        if (doc == PySingleton.NONE && fget != PySingleton.NONE) {
            PyObject d = ObjectProtocol.lookupAttr(fget, DOC);
            if (d != null) doc = d;
        }
        if (type != TYPE && dict() != null) dict.putStr(DOC, doc);
    }

    /** "property 'x' of 'C' object", or just "property" when the name is unknown, for error messages. */
    private String describe(PyObject obj) {
        PyObject n = name;
        if (n == null && fget != PySingleton.NONE) n = ObjectProtocol.lookupAttr(fget, NAME);
        if (n instanceof PyStr s) {
            PyObject q = fget == PySingleton.NONE ? null : ObjectProtocol.lookupAttr(fget, QUALNAME);
            String owner = obj.type().qualname();
            if (q instanceof PyStr qs && qs.value().endsWith("." + s.value())) {
                owner = qs.value().substring(0, qs.value().length() - s.value().length() - 1);
            }
            return "property '" + s.value() + "' of '" + owner + "' object";
        }
        return "property of '" + obj.type().qualname() + "' object";
    }

    private static PyObject get(PyObject descr, PyObject obj, PyType owner) {
        PyProperty p = (PyProperty) descr;
        if (obj == null) return descr;
        if (p.fget == PySingleton.NONE) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "%s has no getter", p.describe(obj));
        }
        return ObjectProtocol.call(p.fget, obj);
    }

    private static void set(PyObject descr, PyObject obj, PyObject value) {
        PyProperty p = (PyProperty) descr;
        if (value == null) {
            if (p.fdel == PySingleton.NONE) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "%s has no deleter", p.describe(obj));
            }
            ObjectProtocol.call(p.fdel, obj);
        } else {
            if (p.fset == PySingleton.NONE) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "%s has no setter", p.describe(obj));
            }
            ObjectProtocol.call(p.fset, obj, value);
        }
    }

    /** property.getter/setter/deleter: a copy of the property with one accessor replaced. */
    private PyObject copyWith(int which, PyObject f) {
        PyObject[] a = {fget, fset, fdel, PySingleton.NONE};
        a[which] = f;
        // A doc taken from the old getter is replaced by the new getter's.
        boolean docFromGetter = fget != PySingleton.NONE && doc == ObjectProtocol.lookupAttr(fget, DOC);
        if (!docFromGetter) a[3] = doc;
        PyObject copy = ObjectProtocol.call(type, a, null);
        if (copy instanceof PyProperty p) p.name = name;
        return copy;
    }

    private static PyProperty p(PyObject o) { return (PyProperty) o; }

    private static void define(PyType t) {
        MethodDef.getter(t, "fget", self -> p(self).fget);
        MethodDef.getter(t, "fset", self -> p(self).fset);
        MethodDef.getter(t, "fdel", self -> p(self).fdel);
        MethodDef.getset(t, "__doc__", self -> p(self).doc, (self, v) -> p(self).doc = orNone(v));
        MethodDef.getter(t, "__isabstractmethod__", self -> PyBool.of(Abstracts.isAbstract(p(self).fget)
                || Abstracts.isAbstract(p(self).fset) || Abstracts.isAbstract(p(self).fdel)));
        MethodDef.oneArg(t, "getter", (self, f) -> p(self).copyWith(0, f));
        MethodDef.oneArg(t, "setter", (self, f) -> p(self).copyWith(1, f));
        MethodDef.oneArg(t, "deleter", (self, f) -> p(self).copyWith(2, f));
        MethodDef.method(t, "__set_name__", (self, args, kw) -> {
            ArgParser.checkPositional("__set_name__", args, kw, 2, 2);
            p(self).name = args[1];
            return PySingleton.NONE;
        });
        MethodDef.getter(t, "__name__", self -> {
            PyObject n = p(self).name;
            if (n == null && p(self).fget != PySingleton.NONE) n = ObjectProtocol.lookupAttr(p(self).fget, NAME);
            if (n == null) throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "'property' object has no attribute '__name__'");
            return n;
        });
    }
}
