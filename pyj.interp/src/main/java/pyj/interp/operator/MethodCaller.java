// operator.methodcaller: a callable that calls a named method of its operand with fixed arguments.
package pyj.interp.operator;

import pyj.interp.eval.Interpreter;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** The fixed arguments are kept in vectorcall form: positional values, then keyword values named by kwnames. */
public final class MethodCaller extends PyObject {
    public static final PyType TYPE = PyType.builtin("operator.methodcaller", PyType.OBJECT, 0,
            t -> MethodDef.noArgs(t, "__reduce__", self -> ((MethodCaller) self).reduce()));

    static {
        TYPE.setDoc("Return a callable object that calls the given method on its operand.\n"
                + "After f = methodcaller('name'), the call f(r) returns r.name().\n"
                + "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
                + "r.name('date', foo=1).");
        TYPE.newFn = (type, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw < 1) {
                throw PyErr.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(args[0] instanceof PyStr name)) throw PyErr.typeError("method name must be a string");
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return new MethodCaller(PyStr.intern(name.value()), rest, nkw == 0 ? null : kw.clone());
        };
        TYPE.call = (self, args, kw) -> {
            MethodCaller c = (MethodCaller) self;
            PyObject method = ObjectProtocol.getAttr(Callables.operand("methodcaller", args, kw), c.name);
            return ObjectProtocol.call(method, c.args.clone(), c.kwnames);
        };
        TYPE.repr = self -> {
            MethodCaller c = (MethodCaller) self;
            return PyStr.of(Callables.repr(self, () -> {
                StringBuilder b = new StringBuilder("(").append(ObjectProtocol.reprString(c.name));
                int npos = c.positionalCount();
                for (int i = 0; i < c.args.length; i++) {
                    b.append(", ");
                    if (i >= npos) b.append(c.kwnames[i - npos]).append('=');
                    b.append(ObjectProtocol.reprString(c.args[i]));
                }
                return b.append(')').toString();
            }));
        };
    }

    private final PyStr name;
    private final PyObject[] args;
    private final String[] kwnames;

    private MethodCaller(PyStr name, PyObject[] args, String[] kwnames) {
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
    }

    @Override
    public PyType type() { return TYPE; }

    private int positionalCount() { return args.length - (kwnames == null ? 0 : kwnames.length); }

    /**
     * Without keywords, the type and (name, *args); with them, as CPython does, a functools.partial
     * of the type holding the name and keywords, and the positional arguments.
     */
    private PyObject reduce() {
        int npos = positionalCount();
        if (kwnames == null) {
            PyObject[] all = new PyObject[npos + 1];
            all[0] = name;
            System.arraycopy(args, 0, all, 1, npos);
            return PyTuple.of(TYPE, new PyTuple(all));
        }
        PyObject functools = Interpreter.main().importer.importModule("functools", null, null, 0);
        PyObject partial = ObjectProtocol.getAttr(functools, "partial");
        PyObject[] partialArgs = new PyObject[2 + kwnames.length];
        partialArgs[0] = TYPE;
        partialArgs[1] = name;
        System.arraycopy(args, npos, partialArgs, 2, kwnames.length);
        PyObject constructor = ObjectProtocol.call(partial, partialArgs, kwnames);
        return PyTuple.of(constructor, PyTuple.copyOf(args, 0, npos));
    }
}
