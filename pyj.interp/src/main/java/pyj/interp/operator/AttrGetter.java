// operator.attrgetter: a callable that fetches one or several fixed, possibly dotted, attributes.
package pyj.interp.operator;

import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** Each name is kept split at its dots ("a.b" fetches b of a), and joined again for repr and pickling. */
public final class AttrGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin("operator.attrgetter", PyType.OBJECT, 0,
            t -> MethodDef.noArgs(t, "__reduce__", self -> PyTuple.of(t, ((AttrGetter) self).dottedNames())));

    static {
        TYPE.setDoc("Return a callable object that fetches the given attribute(s) from its operand.\n"
                + "After f = attrgetter('name'), the call f(r) returns r.name.\n"
                + "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
                + "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
                + "(r.name.first, r.name.last).");
        TYPE.newFn = (type, args, kw) -> {
            Arity.noKeywords("attrgetter", kw);
            if (args.length == 0) Arity.count("attrgetter", 0, 1, 1);
            PyStr[][] paths = new PyStr[args.length][];
            for (int i = 0; i < args.length; i++) {
                if (!(args[i] instanceof PyStr s)) throw PyErr.typeError("attribute name must be a string");
                String[] parts = s.value().split("\\.", -1);
                paths[i] = new PyStr[parts.length];
                for (int j = 0; j < parts.length; j++) paths[i][j] = PyStr.intern(parts[j]);
            }
            return new AttrGetter(paths);
        };
        TYPE.call = (self, args, kw) -> ((AttrGetter) self).get(Callables.operand("attrgetter", args, kw));
        TYPE.repr = self -> {
            PyTuple names = ((AttrGetter) self).dottedNames();
            return PyStr.of(Callables.repr(self, () -> names.size() == 1
                    ? "(" + ObjectProtocol.reprString(names.get(0)) + ")"
                    : ObjectProtocol.reprString(names)));
        };
    }

    private final PyStr[][] paths;

    private AttrGetter(PyStr[][] paths) { this.paths = paths; }

    @Override
    public PyType type() { return TYPE; }

    private PyObject get(PyObject operand) {
        if (paths.length == 1) return follow(operand, paths[0]);
        PyObject[] out = new PyObject[paths.length];
        for (int i = 0; i < out.length; i++) out[i] = follow(operand, paths[i]);
        return new PyTuple(out);
    }

    private static PyObject follow(PyObject o, PyStr[] path) {
        for (PyStr name : path) o = ObjectProtocol.getAttr(o, name);
        return o;
    }

    private PyTuple dottedNames() {
        PyObject[] names = new PyObject[paths.length];
        for (int i = 0; i < paths.length; i++) {
            String[] parts = new String[paths[i].length];
            for (int j = 0; j < parts.length; j++) parts[j] = paths[i][j].value();
            names[i] = PyStr.of(String.join(".", parts));
        }
        return new PyTuple(names);
    }
}
