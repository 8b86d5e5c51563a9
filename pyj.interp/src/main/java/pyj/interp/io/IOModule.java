// The _io and io modules: the stream classes, open(), and io's abstract base classes.
package pyj.interp.io;

import pyj.interp.eval.Interpreter;
import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * As in CPython, _io holds the implementation and io re-exports it, adding IOBase, RawIOBase,
 * BufferedIOBase and TextIOBase: ABCs deriving from _io's bases, with the concrete classes
 * registered so that {@code isinstance(f, io.TextIOBase)} holds for a TextIOWrapper.
 */
public final class IOModule {
    private IOModule() {}

    private static final String[] ALL = {"BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
        "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
        "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
        "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"};

    private static final PyType[] CLASSES = {PyFileIO.TYPE, PyBytesIO.TYPE, PyStringIO.TYPE, PyBuffered.READER_TYPE,
        PyBuffered.WRITER_TYPE, PyBufferedRWPair.TYPE, PyBuffered.RANDOM_TYPE, PyTextIO.TYPE,
        PyIncrementalNewlineDecoder.TYPE};

    /** The built-in _io module. */
    public static PyModule createIo() {
        PyModule m = new PyModule("_io");
        m.put("__doc__", PyStr.of("The io module provides the Python interfaces to stream handling. The\n"
                + "builtin open function is defined in this module.\n"));
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(IOBases.DEFAULT_BUFFER_SIZE));
        m.put("UnsupportedOperation", OsErrors.unsupportedOperation());
        m.put("BlockingIOError", ExceptionTypes.BLOCKING_IO_ERROR);
        m.put("open", OpenFunction.OPEN);
        m.put("open_code", OpenFunction.OPEN_CODE);
        m.put("text_encoding", MethodDef.function(m, "text_encoding", (self, args, kw) -> {
            PyObject[] a = new ArgParser("text_encoding", 1, "encoding", "stacklevel").parse(args, kw);
            if (a[1] != null) pyj.interp.object.ObjectProtocol.index(a[1]);
            if (a[0] != PySingleton.NONE) return a[0];
            return PyStr.intern(LocaleEncoding.current().utf8Mode() ? "utf-8" : "locale");
        }));
        for (PyType t : CLASSES) m.put(t.simpleName(), t);
        for (PyType t : new PyType[] {IOBases.IO_BASE, IOBases.RAW_IO_BASE, IOBases.BUFFERED_IO_BASE,
            IOBases.TEXT_IO_BASE}) {
            m.put(t.simpleName(), t);
        }
        return m;
    }

    /** The io module, built on the interpreter's _io. */
    public static PyModule createPublicIo() {
        PyModule underscore = (PyModule) Interpreter.main().importer.importModule("_io", null, PySingleton.NONE, 0);
        PyModule m = new PyModule("io");
        m.put("__doc__", PyStr.of("The io module provides the Python interfaces to stream handling."));
        PyList all = new PyList();
        for (String name : ALL) all.append(PyStr.intern(name));
        m.put("__all__", all);
        m.put("_io", underscore);
        for (String name : new String[] {"DEFAULT_BUFFER_SIZE", "BlockingIOError", "UnsupportedOperation", "open",
            "open_code", "text_encoding"}) {
            m.put(name, underscore.get(name));
        }
        for (PyType t : CLASSES) m.put(t.simpleName(), t);
        m.put("SEEK_SET", PyInt.of(0));
        m.put("SEEK_CUR", PyInt.of(1));
        m.put("SEEK_END", PyInt.of(2));
        PyType ioBase = AbcMeta.create("IOBase", "io", IOBases.IO_BASE);
        PyType rawIOBase = AbcMeta.create("RawIOBase", "io", IOBases.RAW_IO_BASE, ioBase);
        PyType bufferedIOBase = AbcMeta.create("BufferedIOBase", "io", IOBases.BUFFERED_IO_BASE, ioBase);
        PyType textIOBase = AbcMeta.create("TextIOBase", "io", IOBases.TEXT_IO_BASE, ioBase);
        AbcMeta.register(rawIOBase, PyFileIO.TYPE);
        for (PyType t : new PyType[] {PyBytesIO.TYPE, PyBuffered.READER_TYPE, PyBuffered.WRITER_TYPE,
            PyBuffered.RANDOM_TYPE, PyBufferedRWPair.TYPE}) {
            AbcMeta.register(bufferedIOBase, t);
        }
        AbcMeta.register(textIOBase, PyStringIO.TYPE);
        AbcMeta.register(textIOBase, PyTextIO.TYPE);
        m.put("IOBase", ioBase);
        m.put("RawIOBase", rawIOBase);
        m.put("BufferedIOBase", bufferedIOBase);
        m.put("TextIOBase", textIOBase);
        return m;
    }
}
