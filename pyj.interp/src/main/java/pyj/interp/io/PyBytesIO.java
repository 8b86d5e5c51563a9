// _io.BytesIO: a binary stream over an in-memory, growable byte array.
package pyj.interp.io;

import java.util.Arrays;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * CPython's bytesio.c. Seeking past the end is allowed; a write there fills the gap with zero
 * bytes. Closing frees the data; {@code buf == null} means closed.
 */
public final class PyBytesIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.BytesIO", IOBases.BUFFERED_IO_BASE, PyType.BASETYPE,
            PyBytesIO::define);

    private static final ArgParser INIT = new ArgParser("BytesIO", 0, "initial_bytes");

    static {
        TYPE.newFn = (type, args, kw) -> new PyBytesIO(type);
        TYPE.init = (self, args, kw) -> ((PyBytesIO) self).init(INIT.parse(args, kw)[0]);
        TYPE.iter = self -> self;
        TYPE.next = self -> {
            PyBytesIO b = (PyBytesIO) self;
            b.checkClosed();
            int n = b.scanEol(-1);
            return n == 0 ? null : b.readBytes(n);
        };
    }

    private final PyType type;
    private final PyDict dict = new PyDict();
    private byte[] buf = new byte[0];
    private int size;
    private int pos;

    private PyBytesIO(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }

    private void init(PyObject initial) {
        size = 0;
        pos = 0;
        if (buf == null) buf = new byte[0];
        if (initial != null && initial != PySingleton.NONE) {
            write(PyBytesLike.bytesOf(initial));
            pos = 0;
        }
    }

    private void checkClosed() {
        if (buf == null) throw IOBases.closedFile();
    }

    private int write(byte[] b) {
        checkClosed();
        if (b.length == 0) return 0;
        long end = (long) pos + b.length;
        if (end > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        if (end > buf.length) buf = Arrays.copyOf(buf, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8L, buf.length * 2L)));
        if (pos > size) Arrays.fill(buf, size, pos, (byte) 0);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos = (int) end;
        if (pos > size) size = pos;
        return b.length;
    }

    /** Bytes up to and including the next newline (at most {@code limit} when not negative). */
    private int scanEol(long limit) {
        if (pos >= size) return 0;
        int maxlen = size - pos;
        if (limit >= 0 && limit < maxlen) maxlen = (int) limit;
        for (int i = 0; i < maxlen; i++) {
            if (buf[pos + i] == '\n') return i + 1;
        }
        return maxlen;
    }

    private PyBytes readBytes(int n) {
        PyBytes r = new PyBytes(Arrays.copyOfRange(buf, pos, pos + n));
        pos += n;
        return r;
    }

    private PyBytes read(long n) {
        checkClosed();
        long avail = Math.max(0, size - pos);
        if (n < 0 || n > avail) n = avail;
        return readBytes((int) n);
    }

    private static PyBytesIO b(PyObject o) { return (PyBytesIO) o; }

    private static void define(PyType t) {
        MethodDef.noArgs(t, "getvalue", self -> {
            b(self).checkClosed();
            return new PyBytes(Arrays.copyOf(b(self).buf, b(self).size));
        });
        MethodDef.method(t, "read", (self, args, kw) ->
                b(self).read(IOBases.optionalSize(IOBases.optionalArg("read", args, kw))));
        MethodDef.method(t, "read1", (self, args, kw) ->
                b(self).read(IOBases.optionalSize(IOBases.optionalArg("read1", args, kw))));
        MethodDef.method(t, "readline", (self, args, kw) -> {
            long limit = IOBases.optionalSize(IOBases.optionalArg("readline", args, kw));
            b(self).checkClosed();
            return b(self).readBytes(b(self).scanEol(limit));
        });
        MethodDef.method(t, "readlines", (self, args, kw) -> {
            PyObject a = IOBases.optionalArg("readlines", args, kw);
            long maxsize;
            if (a instanceof PyInt i) maxsize = i.asSsize();
            else if (a == null || a == PySingleton.NONE) maxsize = -1;
            else throw PyErr.format(ExceptionTypes.TYPE_ERROR, "integer argument expected, got '%s'", a.type().name());
            PyBytesIO io = b(self);
            io.checkClosed();
            PyList result = new PyList();
            long total = 0;
            for (int n; (n = io.scanEol(-1)) != 0; ) {
                result.append(io.readBytes(n));
                total += n;
                if (maxsize > 0 && total >= maxsize) break;
            }
            return result;
        });
        MethodDef.oneArg(t, "readinto", (self, arg) -> {
            PyBytesLike target = IOBases.writableBuffer(arg, "readinto() argument");
            PyBytesIO io = b(self);
            io.checkClosed();
            int n = (int) Math.min(target.size(), Math.max(0, io.size - io.pos));
            IOBases.fill(target, io.buf, io.pos, n);
            io.pos += n;
            return PyInt.of(n);
        });
        MethodDef.oneArg(t, "write", (self, arg) -> {
            byte[] data = PyBytesLike.bytesOf(arg);
            return PyInt.of(b(self).write(data));
        });
        MethodDef.oneArg(t, "writelines", (self, lines) -> {
            b(self).checkClosed();
            PyObject it = ObjectProtocol.getIter(lines);
            for (PyObject line; (line = ObjectProtocol.next(it)) != null; ) b(self).write(PyBytesLike.bytesOf(line));
            return PySingleton.NONE;
        });
        MethodDef.method(t, "seek", (self, args, kw) -> {
            ArgParser.checkPositional("seek", args, kw, 1, 2);
            long p = ObjectProtocol.index(args[0]);
            int whence = args.length > 1 ? (int) ObjectProtocol.index(args[1]) : 0;
            PyBytesIO io = b(self);
            io.checkClosed();
            if (whence < 0 || whence > 2) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR, "invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            if (p < 0 && whence == 0) throw PyErr.format(ExceptionTypes.VALUE_ERROR, "negative seek value %d", p);
            if (whence == 1) p += io.pos;
            else if (whence == 2) p += io.size;
            if (p < 0) p = 0;
            if (p > Integer.MAX_VALUE - 8) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "new position too large");
            io.pos = (int) p;
            return PyInt.of(p);
        });
        MethodDef.noArgs(t, "tell", self -> {
            b(self).checkClosed();
            return PyInt.of(b(self).pos);
        });
        MethodDef.method(t, "truncate", (self, args, kw) -> {
            PyObject a = IOBases.optionalArg("truncate", args, kw);
            PyBytesIO io = b(self);
            long n = a == null || a == PySingleton.NONE ? io.pos : IOBases.optionalSize(a);
            io.checkClosed();
            if (n < 0) throw PyErr.format(ExceptionTypes.VALUE_ERROR, "negative size value %d", n);
            if (n < io.size) io.size = (int) n;
            return PyInt.of(n);
        });
        MethodDef.noArgs(t, "close", self -> {
            b(self).buf = null;
            return PySingleton.NONE;
        });
        MethodDef.getter(t, "closed", self -> PyBool.of(b(self).buf == null));
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            MethodDef.noArgs(t, name, self -> {
                b(self).checkClosed();
                return PyBool.TRUE;
            });
        }
        MethodDef.noArgs(t, "flush", self -> {
            b(self).checkClosed();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "isatty", self -> {
            b(self).checkClosed();
            return PyBool.FALSE;
        });
        MethodDef.noArgs(t, "__getstate__", self -> {
            PyBytesIO io = b(self);
            io.checkClosed();
            return PyTuple.of(new PyBytes(Arrays.copyOf(io.buf, io.size)), PyInt.of(io.pos), io.dict.copy());
        });
    }
}
