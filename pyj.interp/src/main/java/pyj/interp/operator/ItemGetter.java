// operator.itemgetter: a callable that subscripts its operand with one or several fixed keys.
package pyj.interp.operator;

import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

public final class ItemGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin("operator.itemgetter", PyType.OBJECT, 0,
            t -> MethodDef.noArgs(t, "__reduce__", self -> PyTuple.of(t, PyTuple.of(((ItemGetter) self).items))));

    static {
        TYPE.setDoc("Return a callable object that fetches the given item(s) from its operand.\n"
                + "After f = itemgetter(2), the call f(r) returns r[2].\n"
                + "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
        TYPE.newFn = (type, args, kw) -> {
            Arity.noKeywords("itemgetter", kw);
            if (args.length == 0) Arity.count("itemgetter", 0, 1, 1);
            return new ItemGetter(args.clone());
        };
        TYPE.call = (self, args, kw) -> ((ItemGetter) self).get(Callables.operand("itemgetter", args, kw));
        TYPE.repr = self -> {
            ItemGetter g = (ItemGetter) self;
            return PyStr.of(Callables.repr(self, () -> g.items.length == 1
                    ? "(" + ObjectProtocol.reprString(g.items[0]) + ")"
                    : ObjectProtocol.reprString(PyTuple.of(g.items))));
        };
    }

    private final PyObject[] items;

    private ItemGetter(PyObject[] items) { this.items = items; }

    @Override
    public PyType type() { return TYPE; }

    private PyObject get(PyObject operand) {
        if (items.length == 1) return ObjectProtocol.getItem(operand, items[0]);
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < out.length; i++) out[i] = ObjectProtocol.getItem(operand, items[i]);
        return new PyTuple(out);
    }
}
