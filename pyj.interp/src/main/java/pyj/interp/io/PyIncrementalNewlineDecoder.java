// _io.IncrementalNewlineDecoder: universal newlines on top of any incremental decoder (or on str input, decoder=None).
package pyj.interp.io;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** The Python-visible class; TextIOWrapper and StringIO use {@link NewlineTranslator} directly. */
public final class PyIncrementalNewlineDecoder extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.IncrementalNewlineDecoder", PyType.OBJECT, PyType.BASETYPE,
            PyIncrementalNewlineDecoder::define);

    private static final ArgParser INIT = new ArgParser("IncrementalNewlineDecoder", 2, "decoder", "translate",
            "errors");
    private static final ArgParser DECODE = new ArgParser("decode", 1, "input", "final");

    static {
        TYPE.newFn = (type, args, kw) -> new PyIncrementalNewlineDecoder(type);
        TYPE.init = (self, args, kw) -> {
            PyObject[] a = INIT.parse(args, kw);
            PyIncrementalNewlineDecoder d = (PyIncrementalNewlineDecoder) self;
            d.decoder = a[0];
            d.translator = new NewlineTranslator(ObjectProtocol.isTrue(a[1]));
        };
    }

    private final PyType type;
    private PyDict dict;
    private PyObject decoder;
    private NewlineTranslator translator;

    private PyIncrementalNewlineDecoder(PyType type) {
        this.type = type;
        if (type != TYPE) dict = new PyDict();
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }

    private NewlineTranslator translator() {
        if (translator == null) throw PyErr.valueError("IncrementalNewlineDecoder.__init__() not called");
        return translator;
    }

    private static PyIncrementalNewlineDecoder d(PyObject o) { return (PyIncrementalNewlineDecoder) o; }

    private static void define(PyType t) {
        MethodDef.method(t, "decode", (self, args, kw) -> {
            PyObject[] a = DECODE.parse(args, kw);
            PyIncrementalNewlineDecoder nd = d(self);
            NewlineTranslator tr = nd.translator();
            boolean fin = a[1] != null && ObjectProtocol.isTrue(a[1]);
            PyObject output = nd.decoder == PySingleton.NONE ? a[0]
                    : ObjectProtocol.call(ObjectProtocol.getAttr(nd.decoder, "decode"), new PyObject[] {a[0],
                        PyBool.of(fin)}, new String[] {"final"});
            if (!(output instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "decoder should return a string result, not '%s'",
                        output.type().name());
            }
            return PyStr.of(tr.process(s.value(), fin));
        });
        MethodDef.noArgs(t, "getstate", self -> {
            PyIncrementalNewlineDecoder nd = d(self);
            NewlineTranslator tr = nd.translator();
            PyObject buf = PyBytes.EMPTY;
            long flag = 0;
            if (nd.decoder != PySingleton.NONE) {
                PyObject state = ObjectProtocol.callMethod(nd.decoder, "getstate");
                if (!(state instanceof PyTuple st) || st.size() != 2) {
                    throw PyErr.typeError("illegal decoder state");
                }
                buf = st.get(0);
                flag = ObjectProtocol.index(st.get(1));
            }
            flag <<= 1;
            if (tr.pendingCR) flag |= 1;
            return PyTuple.of(buf, PyInt.of(flag));
        });
        MethodDef.oneArg(t, "setstate", (self, state) -> {
            PyIncrementalNewlineDecoder nd = d(self);
            NewlineTranslator tr = nd.translator();
            if (!(state instanceof PyTuple st) || st.size() != 2) throw PyErr.typeError("state argument must be a tuple");
            long flag = ObjectProtocol.index(st.get(1));
            tr.pendingCR = (flag & 1) != 0;
            if (nd.decoder != PySingleton.NONE) {
                ObjectProtocol.callMethod(nd.decoder, "setstate", PyTuple.of(st.get(0), PyInt.of(flag >> 1)));
            }
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "reset", self -> {
            PyIncrementalNewlineDecoder nd = d(self);
            nd.translator().reset();
            if (nd.decoder != PySingleton.NONE) ObjectProtocol.callMethod(nd.decoder, "reset");
            return PySingleton.NONE;
        });
        MethodDef.getter(t, "newlines", self -> d(self).translator().newlines());
    }
}
