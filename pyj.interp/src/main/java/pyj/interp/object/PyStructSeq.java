// Struct sequences (sys.version_info, sys.flags, os.stat_result): tuples whose items also have names.
package pyj.interp.object;

/**
 * CPython's PyStructSequence: an instance is a tuple, so it compares, indexes and unpacks like one,
 * and each of its first fields is also readable by name; the repr names the fields.
 */
public final class PyStructSeq extends PyTuple {
    private final PyType type;

    private PyStructSeq(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    /** A struct sequence type {@code module.name} with the given field names. */
    public static PyType newType(String module, String name, String... fields) {
        PyType t = PyType.builtin(name, PyTuple.TYPE, 0, ty -> {
            for (int i = 0; i < fields.length; i++) {
                int index = i;
                MethodDef.getter(ty, fields[i], self -> ((PyTuple) self).get(index));
            }
            MethodDef.attr(ty, "n_sequence_fields", PyInt.of(fields.length));
            MethodDef.attr(ty, "n_fields", PyInt.of(fields.length));
            MethodDef.attr(ty, "n_unnamed_fields", PyInt.ZERO);
        });
        t.setModule(PyStr.intern(module));
        t.repr = self -> {
            PyTuple tup = (PyTuple) self;
            StringBuilder b = new StringBuilder(module).append('.').append(name).append('(');
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) b.append(", ");
                b.append(fields[i]).append('=').append(ObjectProtocol.reprString(tup.get(i)));
            }
            return PyStr.of(b.append(')').toString());
        };
        t.newFn = (type, args, kw) -> {
            ArgParser.checkPositional(name, args, kw, 1, 1);
            PyObject[] items = SequenceMethods.toArray(args[0]);
            if (items.length != fields.length) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.%s() takes a %d-sequence (%d-sequence given)", module,
                        name, fields.length, items.length);
            }
            return new PyStructSeq(type, items);
        };
        return t;
    }

    /** An instance of a type made by {@link #newType}. */
    public static PyStructSeq of(PyType type, PyObject... items) { return new PyStructSeq(type, items); }
}
