// Struct sequences (sys.version_info, sys.flags, os.stat_result): tuples whose items also have names.
package pyj.interp.object;

/**
 * CPython's PyStructSequence: an instance is a tuple, so it compares, indexes and unpacks like one,
 * and each of its first fields is also readable by name; the repr names the fields.
 */
public final class PyStructSeq extends PyTuple {
    private final PyType type;
    /** Fields readable by name only, not part of the tuple (struct_time's tm_zone and tm_gmtoff). */
    private final PyObject[] named;

    private PyStructSeq(PyType type, PyObject[] items) { this(type, items, NO_ITEMS); }

    private PyStructSeq(PyType type, PyObject[] items, PyObject[] named) {
        super(items);
        this.type = type;
        this.named = named;
    }

    private static final PyObject[] NO_ITEMS = new PyObject[0];

    @Override
    public PyType type() { return type; }

    /** A struct sequence type {@code module.name} with the given field names. */
    public static PyType newType(String module, String name, String... fields) {
        return newType(module, name, false, fields.length, fields);
    }

    /**
     * A struct sequence type whose first {@code sequenceFields} fields form the tuple; the rest are
     * attributes only, None when a constructor's sequence leaves them out.
     */
    public static PyType newType(String module, String name, int sequenceFields, String... fields) {
        return newType(module, name, false, sequenceFields, fields);
    }

    /**
     * A tuple type with named fields that behaves like a {@code collections.namedtuple} class
     * (dis.Instruction, dis.Positions): its repr omits the module, and it has {@code _fields},
     * {@code _asdict()} and {@code _replace(**changes)}.
     */
    public static PyType newNamedTuple(String module, String name, String... fields) {
        return newType(module, name, true, fields.length, fields);
    }

    private static PyType newType(String module, String name, boolean namedTuple, int visible, String... fields) {
        PyType t = PyType.builtin(name, PyTuple.TYPE, 0, ty -> {
            for (int i = 0; i < fields.length; i++) {
                int index = i;
                if (i < visible) MethodDef.getter(ty, fields[i], self -> ((PyTuple) self).get(index));
                else MethodDef.getter(ty, fields[i], self -> ((PyStructSeq) self).named[index - visible]);
            }
            if (namedTuple) {
                PyObject[] names = new PyObject[fields.length];
                for (int i = 0; i < fields.length; i++) names[i] = PyStr.intern(fields[i]);
                MethodDef.attr(ty, "_fields", PyTuple.of(names));
                MethodDef.noArgs(ty, "_asdict", self -> {
                    PyDict d = new PyDict();
                    for (int i = 0; i < fields.length; i++) d.putStr(PyStr.intern(fields[i]), ((PyTuple) self).get(i));
                    return d;
                });
                MethodDef.method(ty, "_replace", (self, args, kw) -> {
                    if (args.length != (kw == null ? 0 : kw.length)) {
                        throw PyErr.typeError("_replace() takes 0 positional arguments but " + (args.length
                                - (kw == null ? 0 : kw.length)) + " were given");
                    }
                    PyObject[] items = ((PyTuple) self).items().clone();
                    for (int k = 0; kw != null && k < kw.length; k++) {
                        int at = java.util.Arrays.asList(fields).indexOf(kw[k]);
                        if (at < 0) throw PyErr.valueError("Got unexpected field names: ['" + kw[k] + "']");
                        items[at] = args[k];
                    }
                    return new PyStructSeq(self.type(), items);
                });
            } else {
                MethodDef.attr(ty, "n_sequence_fields", PyInt.of(visible));
                MethodDef.attr(ty, "n_fields", PyInt.of(fields.length));
                MethodDef.attr(ty, "n_unnamed_fields", PyInt.ZERO);
            }
        });
        t.setModule(PyStr.intern(module));
        t.repr = self -> {
            PyTuple tup = (PyTuple) self;
            StringBuilder b = new StringBuilder(namedTuple ? name : module + "." + name).append('(');
            for (int i = 0; i < visible; i++) {
                if (i > 0) b.append(", ");
                b.append(fields[i]).append('=').append(ObjectProtocol.reprString(tup.get(i)));
            }
            return PyStr.of(b.append(')').toString());
        };
        if (namedTuple) {
            t.newFn = (type, args, kw) -> new PyStructSeq(type, new ArgParser(name, fields.length, fields).parse(args, kw));
            return t;
        }
        t.newFn = (type, args, kw) -> {
            ArgParser.checkPositional(name, args, kw, 1, 1);
            PyObject[] items = SequenceMethods.toArray(args[0]);
            if (items.length < visible || items.length > fields.length) {
                boolean exact = visible == fields.length;
                String bound = exact ? "a " : items.length < visible ? "an at least " : "an at most ";
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.%s() takes %s%d-sequence (%d-sequence given)", module,
                        name, bound, items.length < visible ? visible : fields.length, items.length);
            }
            PyObject[] named = new PyObject[fields.length - visible];
            for (int i = 0; i < named.length; i++) named[i] = visible + i < items.length ? items[visible + i] : PySingleton.NONE;
            return new PyStructSeq(type, java.util.Arrays.copyOf(items, visible), named);
        };
        return t;
    }

    /** An instance of a type made by {@link #newType}. */
    public static PyStructSeq of(PyType type, PyObject... items) { return new PyStructSeq(type, items); }

    /** An instance of a type made by {@link #newType(String, String, int, String...)}: the tuple items, then the named-only ones. */
    public static PyStructSeq withNamed(PyType type, PyObject[] items, PyObject... named) {
        return new PyStructSeq(type, items, named);
    }
}
