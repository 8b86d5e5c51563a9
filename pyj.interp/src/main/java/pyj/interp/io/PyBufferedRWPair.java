// _io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams, used as one (pipes, sockets).
package pyj.interp.io;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/** Every method forwards to the reader or the writer, as in CPython. */
public final class PyBufferedRWPair extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.BufferedRWPair", IOBases.BUFFERED_IO_BASE, PyType.BASETYPE,
            PyBufferedRWPair::define);

    static {
        TYPE.newFn = (type, args, kw) -> new PyBufferedRWPair(type);
        TYPE.init = (self, args, kw) -> ((PyBufferedRWPair) self).init(args, kw);
    }

    private final PyType type;
    private final PyDict dict = new PyDict();
    private PyObject reader;
    private PyObject writer;

    private PyBufferedRWPair(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }

    private void init(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("BufferedRWPair", kw);
        ArgParser.checkPositional("BufferedRWPair", args, kw, 2, 3);
        PyObject size = args.length > 2 ? args[2] : PyInt.of(IOBases.DEFAULT_BUFFER_SIZE);
        IOBases.checkCapability(args[0], "readable", "File or stream is not readable.");
        IOBases.checkCapability(args[1], "writable", "File or stream is not writable.");
        reader = ObjectProtocol.call(PyBuffered.READER_TYPE, args[0], size);
        writer = ObjectProtocol.call(PyBuffered.WRITER_TYPE, args[1], size);
    }

    private static PyObject forward(PyObject stream, String name, PyObject[] args, String[] kw) {
        if (stream == null) throw PyErr.valueError("I/O operation on uninitialized object");
        return ObjectProtocol.call(ObjectProtocol.getAttr(stream, name), args, kw);
    }

    private static PyBufferedRWPair p(PyObject o) { return (PyBufferedRWPair) o; }

    private static void define(PyType t) {
        for (String name : new String[] {"read", "peek", "read1", "readinto", "readinto1", "readable"}) {
            MethodDef.method(t, name, (self, args, kw) -> forward(p(self).reader, name, args, kw));
        }
        for (String name : new String[] {"write", "flush", "writable"}) {
            MethodDef.method(t, name, (self, args, kw) -> forward(p(self).writer, name, args, kw));
        }
        MethodDef.noArgs(t, "close", self -> {
            PyException failure = null;
            try {
                forward(p(self).writer, "close", new PyObject[0], null);
            } catch (PyException e) {
                failure = e;
            }
            try {
                forward(p(self).reader, "close", new PyObject[0], null);
            } catch (PyException e) {
                failure = IOBases.chain(failure, e);
            }
            if (failure != null) throw failure;
            return pyj.interp.object.PySingleton.NONE;
        });
        MethodDef.noArgs(t, "isatty", self -> {
            PyObject r = forward(p(self).writer, "isatty", new PyObject[0], null);
            if (r != PyBool.FALSE) return r;
            return forward(p(self).reader, "isatty", new PyObject[0], null);
        });
        MethodDef.getter(t, "closed", self -> {
            if (p(self).writer == null) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "the BufferedRWPair object is being garbage-collected");
            }
            return ObjectProtocol.getAttr(p(self).writer, "closed");
        });
    }
}
