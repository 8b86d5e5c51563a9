// The abstract bases _io._IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase, whose default methods call the stream's own.
package pyj.interp.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyByteArray;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PySlice;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * As in CPython's iobase.c, every default here works on any object through its methods and
 * attributes (a Python subclass overriding readinto() gets read() for free), and the concrete
 * Java classes override what they do faster. A stream's closed state, for classes that do not
 * keep their own, is the {@code __IOBase_closed} instance attribute.
 */
public final class IOBases {
    private IOBases() {}

    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /** Created with its slots filled, since subclasses copy slots from their base when they are created. */
    public static final PyType IO_BASE = ioBase();
    public static final PyType RAW_IO_BASE = PyType.builtin("_io._RawIOBase", IO_BASE, PyType.BASETYPE,
            IOBases::defineRawIOBase);
    public static final PyType BUFFERED_IO_BASE = PyType.builtin("_io._BufferedIOBase", IO_BASE, PyType.BASETYPE,
            IOBases::defineBufferedIOBase);
    public static final PyType TEXT_IO_BASE = PyType.builtin("_io._TextIOBase", IO_BASE, PyType.BASETYPE,
            IOBases::defineTextIOBase);

    private static final PyStr IOBASE_CLOSED = PyStr.intern("__IOBase_closed");
    private static final PyStr CLOSED = PyStr.intern("closed");

    static {
        for (PyType t : new PyType[] {IO_BASE, RAW_IO_BASE, BUFFERED_IO_BASE, TEXT_IO_BASE}) {
            t.setInstancesHaveDict(true);
            t.setInstancesHaveWeakref(true);
        }
    }

    private static PyType ioBase() {
        PyType t = PyType.builtin("_io._IOBase", PyType.OBJECT, PyType.BASETYPE, IOBases::defineIOBase);
        t.iter = self -> {
            checkClosed(self);
            return self;
        };
        t.next = self -> {
            PyObject line = ObjectProtocol.callMethod(self, "readline");
            return ObjectProtocol.length(line) <= 0 ? null : line;
        };
        return t;
    }

    // ---- helpers the concrete classes share ------------------------------------------------

    /** CPython's iobase_check_closed: the stream's (possibly overridden) closed attribute. */
    static void checkClosed(PyObject self) {
        PyObject closed = ObjectProtocol.lookupAttr(self, CLOSED);
        if (closed != null && ObjectProtocol.isTrue(closed)) throw closedFile();
    }

    static PyException closedFile() { return PyErr.valueError("I/O operation on closed file."); }

    /** _IOBase's own closed state: the __IOBase_closed attribute exists. */
    static boolean ioBaseClosed(PyObject self) {
        return ObjectProtocol.lookupAttr(self, IOBASE_CLOSED) != null;
    }

    /** _IOBase.close: flush, then mark closed even if flushing failed. */
    static void ioBaseClose(PyObject self) {
        if (ioBaseClosed(self)) return;
        PyException failure = null;
        try {
            ObjectProtocol.callMethod(self, "flush");
        } catch (PyException e) {
            failure = e;
        }
        ObjectProtocol.setAttr(self, IOBASE_CLOSED, PyBool.TRUE);
        if (failure != null) throw failure;
    }

    /** _Py_convert_optional_to_ssize_t: None or an integer, -1 for None or omitted. */
    static long optionalSize(PyObject o) {
        if (o == null || o == PySingleton.NONE) return -1;
        if (o instanceof PyInt || o.type().index != null) return ObjectProtocol.index(o);
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "argument should be integer or None, not '%s'", o.type().name());
    }

    /** A Py_ssize_t argument (no None). */
    static long size(PyObject o) { return ObjectProtocol.index(o); }

    /** The single optional positional argument of read(), readline() and friends. */
    static PyObject optionalArg(String name, PyObject[] args, String[] kw) {
        ArgParser.checkPositional(name, args, kw, 0, 1);
        return args.length == 0 ? null : args[0];
    }

    /**
     * Argument Clinic's message for a missing required argument of a constructor, which ArgParser
     * words differently when no keywords are given: "BufferedReader() missing required argument 'raw' (pos 1)".
     */
    static void checkRequired(String fname, PyObject[] args, String[] kw, String... names) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        for (int i = npos; i < names.length; i++) {
            boolean given = false;
            for (int k = 0; k < nkw; k++) given |= kw[k].equals(names[i]);
            if (!given) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing required argument '%s' (pos %d)", fname,
                        names[i], i + 1);
            }
        }
    }

    /**
     * The argument checks of a method that receives its defining class in CPython (its positional
     * arguments are counted differently): "read() takes at most 1 argument (2 given)".
     */
    static PyObject[] definingClassArgs(String name, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", name, kw[0]);
        }
        if (args.length > max) {
            if (max == 0) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no arguments", name);
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes at most %d argument%s (%d given)", name, max,
                    max == 1 ? "" : "s", args.length);
        }
        if (args.length < min) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)", name,
                    min == max ? "exactly" : "at least", min, min == 1 ? "" : "s", args.length);
        }
        return args;
    }

    /**
     * A writable buffer argument (readinto): a bytearray or a writable memoryview. {@code what} is
     * "readinto() argument".
     */
    static PyBytesLike writableBuffer(PyObject o, String what) {
        if (o instanceof PyByteArray b) return b;
        if (o instanceof pyj.interp.object.PyMemoryView m
                && !ObjectProtocol.isTrue(ObjectProtocol.getAttr(m, PyStr.intern("readonly")))) {
            return m;
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s must be read-write bytes-like object, not %s", what,
                o.type().name());
    }

    /** Stores {@code n} bytes of {@code src} at the start of a writable buffer. */
    static void fill(PyBytesLike target, byte[] src, int off, int n) {
        if (n == 0) return;
        if (target instanceof PyByteArray b) {
            byte[] data = b.toArray();
            System.arraycopy(src, off, data, 0, n);
            b.setAll(data);
        } else {
            ObjectProtocol.setItem(target, new PySlice(PyInt.ZERO, PyInt.of(n), PySingleton.NONE),
                    new PyBytes(Arrays.copyOfRange(src, off, off + n)));
        }
    }

    /** A bytes-like argument's contents (write). */
    static byte[] bytesLike(PyObject o) {
        return pyj.interp.object.PyBytesLike.bytesOf(o);
    }

    /** Raises {@code first} with {@code second} as its context, as _PyErr_ChainExceptions1 does. */
    static PyException chain(PyException first, PyException second) {
        if (first == null) return second;
        if (second == null) return first;
        PyBaseException v = second.value;
        if (v.context() == null && v != first.value) v.setContext(first.value);
        return second;
    }

    // ---- _IOBase ---------------------------------------------------------------------------

    private static void defineIOBase(PyType t) {
        unsupported(t, "seek", 1, 2);
        MethodDef.noArgs(t, "tell", self -> ObjectProtocol.callMethod(self, "seek", PyInt.ZERO, PyInt.ONE));
        unsupported(t, "truncate", 0, 1);
        MethodDef.noArgs(t, "flush", self -> {
            if (ioBaseClosed(self)) throw closedFile();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "close", self -> {
            ioBaseClose(self);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "seekable", self -> PyBool.FALSE);
        MethodDef.noArgs(t, "readable", self -> PyBool.FALSE);
        MethodDef.noArgs(t, "writable", self -> PyBool.FALSE);
        MethodDef.method(t, "_checkClosed", (self, args, kw) -> {
            checkClosed(self);
            return PySingleton.NONE;
        });
        MethodDef.method(t, "_checkSeekable", (self, args, kw) -> {
            checkCapability(self, "seekable", "File or stream is not seekable.");
            return PyBool.TRUE;
        });
        MethodDef.method(t, "_checkReadable", (self, args, kw) -> {
            checkCapability(self, "readable", "File or stream is not readable.");
            return PyBool.TRUE;
        });
        MethodDef.method(t, "_checkWritable", (self, args, kw) -> {
            checkCapability(self, "writable", "File or stream is not writable.");
            return PyBool.TRUE;
        });
        unsupported(t, "fileno", 0, 0);
        MethodDef.noArgs(t, "isatty", self -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        MethodDef.noArgs(t, "__enter__", self -> {
            checkClosed(self);
            return self;
        });
        MethodDef.method(t, "__exit__", (self, args, kw) -> ObjectProtocol.callMethod(self, "close"));
        MethodDef.method(t, "readline", (self, args, kw) ->
                readline(self, optionalSize(optionalArg("readline", args, kw))));
        MethodDef.method(t, "readlines", (self, args, kw) ->
                readlines(self, optionalSize(optionalArg("readlines", args, kw))));
        MethodDef.oneArg(t, "writelines", (self, lines) -> {
            checkClosed(self);
            PyObject it = ObjectProtocol.getIter(lines);
            for (PyObject line; (line = ObjectProtocol.next(it)) != null; ) {
                ObjectProtocol.callMethod(self, "write", line);
            }
            return PySingleton.NONE;
        });
        MethodDef.getter(t, "closed", self -> PyBool.of(ioBaseClosed(self)));
        MethodDef.getter(t, "__dict__", PyObject::dict);
    }

    /** _PyIOBase_check_seekable and friends: the stream must answer True. */
    static void checkCapability(PyObject stream, String method, String message) {
        if (ObjectProtocol.callMethod(stream, method) != PyBool.TRUE) throw OsErrors.unsupported(message);
    }

    /** _IOBase.readline: peek() when the stream has it, to read whole runs up to the newline at once. */
    private static PyObject readline(PyObject self, long limit) {
        PyObject peek = ObjectProtocol.lookupAttr(self, PyStr.intern("peek"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        while (limit < 0 || buffer.size() < limit) {
            long nreadahead = 1;
            if (peek != null) {
                PyObject readahead = ObjectProtocol.call(peek, PyInt.ONE);
                if (!(readahead instanceof PyBytes ra)) {
                    throw PyErr.format(ExceptionTypes.OS_ERROR, "peek() should have returned a bytes object, not '%s'",
                            readahead.type().name());
                }
                byte[] buf = ra.data();
                if (buf.length > 0) {
                    int n = 0;
                    while (n < buf.length && (limit < 0 || n < limit)) {
                        if (buf[n++] == '\n') break;
                    }
                    nreadahead = n;
                }
            }
            PyObject b = ObjectProtocol.callMethod(self, "read", PyInt.of(nreadahead));
            if (!(b instanceof PyBytes bytes)) {
                throw PyErr.format(ExceptionTypes.OS_ERROR, "read() should have returned a bytes object, not '%s'",
                        b.type().name());
            }
            if (bytes.size() == 0) break;
            buffer.write(bytes.data(), 0, bytes.size());
            if (bytes.data()[bytes.size() - 1] == '\n') break;
        }
        return new PyBytes(buffer.toByteArray());
    }

    private static PyObject readlines(PyObject self, long hint) {
        PyList result = new PyList();
        PyObject it = ObjectProtocol.getIter(self);
        long length = 0;
        for (PyObject line; (line = ObjectProtocol.next(it)) != null; ) {
            result.append(line);
            if (hint <= 0) continue;
            long n = ObjectProtocol.length(line);
            if (n > hint - length) break;
            length += n;
        }
        return result;
    }

    // ---- _RawIOBase ------------------------------------------------------------------------

    private static void defineRawIOBase(PyType t) {
        MethodDef.method(t, "read", (self, args, kw) -> {
            ArgParser.checkPositional("read", args, kw, 0, 1);
            long n = args.length == 0 ? -1 : size(args[0]);
            if (n < 0) return ObjectProtocol.callMethod(self, "readall");
            PyByteArray b = new PyByteArray(new byte[(int) n]);
            PyObject res = ObjectProtocol.callMethod(self, "readinto", b);
            if (res == PySingleton.NONE) return res;
            long got = ObjectProtocol.index(res);
            return new PyBytes(Arrays.copyOf(b.toArray(), (int) got));
        });
        MethodDef.noArgs(t, "readall", self -> {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            boolean any = false;
            for (;;) {
                PyObject data = ObjectProtocol.callMethod(self, "read", PyInt.of(DEFAULT_BUFFER_SIZE));
                if (data == PySingleton.NONE) {
                    if (!any) return data;
                    break;
                }
                if (!(data instanceof PyBytes b)) throw PyErr.typeError("read() should return bytes");
                if (b.size() == 0) break;
                chunks.write(b.data(), 0, b.size());
                any = true;
            }
            return new PyBytes(chunks.toByteArray());
        });
        MethodDef.method(t, "readinto", (self, args, kw) -> {
            throw PyErr.noArgs(ExceptionTypes.NOT_IMPLEMENTED_ERROR);
        });
        MethodDef.method(t, "write", (self, args, kw) -> {
            throw PyErr.noArgs(ExceptionTypes.NOT_IMPLEMENTED_ERROR);
        });
    }

    // ---- _BufferedIOBase -------------------------------------------------------------------

    private static void defineBufferedIOBase(PyType t) {
        unsupported(t, "detach", 0, 0);
        unsupported(t, "read", 0, 1);
        unsupported(t, "read1", 0, 1);
        unsupported(t, "write", 1, 1);
        MethodDef.oneArg(t, "readinto", (self, b) -> bufferedReadinto(self, b, "read", "readinto"));
        MethodDef.oneArg(t, "readinto1", (self, b) -> bufferedReadinto(self, b, "read1", "readinto1"));
    }

    /** An abstract method of the io base classes: checks its arguments, then raises UnsupportedOperation. */
    private static void unsupported(PyType t, String name, int minArgs, int maxArgs) {
        MethodDef.method(t, name, (self, args, kw) -> {
            definingClassArgs(name, args, kw, minArgs, maxArgs);
            throw OsErrors.unsupported(name);
        });
    }

    private static PyObject bufferedReadinto(PyObject self, PyObject arg, String reader, String fname) {
        PyBytesLike buffer = writableBuffer(arg, fname + "() argument");
        int len = buffer.size();
        PyObject data = ObjectProtocol.callMethod(self, reader, PyInt.of(len));
        if (!(data instanceof PyBytes b)) throw PyErr.typeError("read() should return bytes");
        if (b.size() > len) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR, "read() returned too much data: %d bytes requested, %d returned",
                    len, b.size());
        }
        fill(buffer, b.data(), 0, b.size());
        return PyInt.of(b.size());
    }

    // ---- _TextIOBase -----------------------------------------------------------------------

    private static void defineTextIOBase(PyType t) {
        unsupported(t, "detach", 0, 0);
        unsupported(t, "read", 0, 1);
        unsupported(t, "readline", 0, 1);
        unsupported(t, "write", 1, 1);
        MethodDef.getter(t, "encoding", self -> PySingleton.NONE);
        MethodDef.getter(t, "newlines", self -> PySingleton.NONE);
        MethodDef.getter(t, "errors", self -> PySingleton.NONE);
    }
}
