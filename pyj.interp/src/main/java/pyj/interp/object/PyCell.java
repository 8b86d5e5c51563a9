// A cell: the shared box behind a closure variable.
package pyj.interp.object;

public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, 0, t -> MethodDef.getset(t,
            "cell_contents", self -> {
                PyObject v = ((PyCell) self).value;
                if (v == null) throw PyErr.valueError("Cell is empty");
                return v;
            }, (self, value) -> ((PyCell) self).value = value));

    static {
        TYPE.repr = self -> {
            PyObject v = ((PyCell) self).value;
            return PyStr.of(v == null ? "<cell at " + Identity.hex(self) + ": empty>"
                    : "<cell at " + Identity.hex(self) + ": " + v.type().name() + " object at " + Identity.hex(v) + ">");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    /** The contents, or null when the cell is empty. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() { return TYPE; }
}
