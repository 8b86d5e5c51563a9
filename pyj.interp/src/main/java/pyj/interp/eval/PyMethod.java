// Bound methods: a callable paired with the object it was looked up on.
package pyj.interp.eval;

import pyj.interp.object.ArgParser;
import pyj.interp.object.CompareOp;
import pyj.interp.object.Identity;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.object.MethodDef;

public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, 0, t -> {
        MethodDef.getter(t, "__func__", self -> ((PyMethod) self).func);
        MethodDef.getter(t, "__self__", self -> ((PyMethod) self).self);
        MethodDef.getter(t, "__name__", self -> ObjectProtocol.getAttr(((PyMethod) self).func, "__name__"));
        MethodDef.getter(t, "__qualname__", self -> ObjectProtocol.getAttr(((PyMethod) self).func, "__qualname__"));
        MethodDef.getter(t, "__doc__", self -> ObjectProtocol.getAttr(((PyMethod) self).func, "__doc__"));
        MethodDef.getter(t, "__module__", self -> ObjectProtocol.getAttr(((PyMethod) self).func, "__module__"));
        MethodDef.noArgs(t, "__reduce__", self -> PyTuple.of(Interpreter.main().builtins.getStr(PyStr.intern("getattr")),
                PyTuple.of(((PyMethod) self).self, ObjectProtocol.getAttr(((PyMethod) self).func, "__name__"))));
    });

    static {
        TYPE.call = (self, args, kw) -> {
            PyMethod m = (PyMethod) self;
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = m.self;
            System.arraycopy(args, 0, full, 1, args.length);
            if (m.func instanceof PyFunction fn) return Functions.invoke(ThreadState.current(), fn, full, kw);
            return ObjectProtocol.call(m.func, full, kw);
        };
        TYPE.descrGet = (descr, obj, type) -> descr;
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("method", kw);
            ArgParser.checkPositional("method", args, kw, 2, 2);
            if (args[0].type().call == null) throw PyErr.typeError("first argument must be callable");
            if (args[1] == PySingleton.NONE) throw PyErr.typeError("instance must not be None");
            return new PyMethod(args[0], args[1]);
        };
        TYPE.repr = self -> {
            PyMethod m = (PyMethod) self;
            PyObject qn = ObjectProtocol.lookupAttr(m.func, PyStr.intern("__qualname__"));
            if (qn == null) qn = ObjectProtocol.lookupAttr(m.func, PyStr.intern("__name__"));
            String name = qn instanceof PyStr s ? s.value() : "?";
            return PyStr.of("<bound method " + name + " of " + ObjectProtocol.reprString(m.self) + ">");
        };
        TYPE.richcompare = (a, b, op) -> {
            if (!(b instanceof PyMethod y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyMethod x = (PyMethod) a;
            boolean eq = x.self == y.self && ObjectProtocol.richCompareBool(x.func, y.func, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        TYPE.hash = self -> {
            PyMethod m = (PyMethod) self;
            return Identity.hash(m.self) ^ ObjectProtocol.hash(m.func);
        };
        TYPE.getattro = (self, name) -> {
            try {
                return ObjectProtocol.genericGetAttr(self, name);
            } catch (pyj.interp.object.PyException e) {
                if (!e.matches(pyj.interp.object.ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
                return ObjectProtocol.getAttr(((PyMethod) self).func, name);
            }
        };
    }

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() { return TYPE; }
}
