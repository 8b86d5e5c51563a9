// collections._tuplegetter: the read-only descriptor namedtuple classes use for their field names.
package pyj.interp.collections;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** Reads item {@code index} of the tuple it is looked up on; {@code __doc__} is a writable member. */
final class TupleGetter extends PyObject {
    static final PyType TYPE = PyType.builtin("collections._tuplegetter", PyType.OBJECT, 0, TupleGetter::define);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("_tuplegetter", kw);
            ArgParser.checkPositional("_tuplegetter", args, kw, 2, 2);
            return new TupleGetter(ObjectProtocol.index(args[0]), args[1]);
        };
        TYPE.descrGet = (descr, obj, type) -> {
            TupleGetter g = (TupleGetter) descr;
            if (obj == null || obj == PySingleton.NONE) return g;
            if (!(obj instanceof PyTuple t)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index,
                        obj.type().name());
            }
            if (g.index < 0 || g.index >= t.size()) throw PyErr.indexError("tuple index out of range");
            return t.get((int) g.index);
        };
        TYPE.descrSet = (descr, obj, value) -> {
            throw PyErr.newException(ExceptionTypes.ATTRIBUTE_ERROR,
                    value == null ? "can't delete attribute" : "can't set attribute");
        };
        TYPE.repr = self -> {
            TupleGetter g = (TupleGetter) self;
            return PyStr.of("_tuplegetter(" + g.index + ", " + ObjectProtocol.reprString(g.doc) + ")");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    private final long index;
    private PyObject doc;

    private TupleGetter(long index, PyObject doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType type() { return TYPE; }

    private static void define(PyType t) {
        MethodDef.getset(t, "__doc__", self -> ((TupleGetter) self).doc,
                (self, v) -> ((TupleGetter) self).doc = v == null ? PySingleton.NONE : v);
        MethodDef.noArgs(t, "__reduce__", self -> {
            TupleGetter g = (TupleGetter) self;
            return PyTuple.of(TYPE, PyTuple.of(PyInt.of(g.index), g.doc));
        });
    }
}
