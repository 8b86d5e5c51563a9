// _io.BufferedReader, BufferedWriter and BufferedRandom: one shared read/write buffer over a raw stream.
package pyj.interp.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyByteArray;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * CPython's bufferedio.c: the three classes share one implementation and one buffer, so that
 * BufferedRandom can interleave reads and writes without flushing. {@code pos} is the logical
 * position in the buffer, {@code rawPos} where the raw stream is relative to the buffer's start,
 * {@code readEnd} the end of valid read-ahead (-1: none) and {@code writePos}/{@code writeEnd} the
 * dirty range (writeEnd -1: none). When the raw stream is a plain FileIO, calls go straight to it.
 */
public final class PyBuffered extends PyObject {
    public static final PyType READER_TYPE = PyType.builtin("_io.BufferedReader", IOBases.BUFFERED_IO_BASE,
            PyType.BASETYPE, t -> define(t, true, false));
    public static final PyType WRITER_TYPE = PyType.builtin("_io.BufferedWriter", IOBases.BUFFERED_IO_BASE,
            PyType.BASETYPE, t -> define(t, false, true));
    public static final PyType RANDOM_TYPE = PyType.builtin("_io.BufferedRandom", IOBases.BUFFERED_IO_BASE,
            PyType.BASETYPE, t -> define(t, true, true));

    static {
        for (PyType t : new PyType[] {READER_TYPE, WRITER_TYPE, RANDOM_TYPE}) {
            t.newFn = (type, args, kw) -> new PyBuffered(type);
            t.repr = self -> PyStr.of(((PyBuffered) self).repr());
        }
        READER_TYPE.init = (self, args, kw) -> ((PyBuffered) self).init(args, kw, "BufferedReader", true, false);
        WRITER_TYPE.init = (self, args, kw) -> ((PyBuffered) self).init(args, kw, "BufferedWriter", false, true);
        RANDOM_TYPE.init = (self, args, kw) -> ((PyBuffered) self).init(args, kw, "BufferedRandom", true, true);
        READER_TYPE.next = PyBuffered::iternext;
        RANDOM_TYPE.next = PyBuffered::iternext;
    }

    /** The largest piece read() takes from the raw stream at once, and preallocates, for big requests. */
    private static final int LARGE_READ = 1 << 20;

    private final PyType type;
    private final PyDict dict = new PyDict();
    private PyObject raw;
    /** raw, when it is exactly FileIO. */
    private PyFileIO fileRaw;
    private boolean ok;
    private boolean detached;
    private boolean readable;
    private boolean writable;
    private long absPos = -1;
    private byte[] buffer;
    private int bufferSize;
    private int pos;
    private int rawPos;
    private int readEnd = -1;
    private int writePos;
    private int writeEnd = -1;

    private PyBuffered(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }

    /** A BufferedReader or BufferedWriter over a raw stream, made from Java (open(), the standard streams). */
    static PyBuffered create(PyType type, PyObject raw, int bufferSize) {
        PyBuffered b = new PyBuffered(type);
        boolean r = type == READER_TYPE || type == RANDOM_TYPE;
        boolean w = type == WRITER_TYPE || type == RANDOM_TYPE;
        b.init(new PyObject[] {raw, PyInt.of(bufferSize)}, null, type.name(), r, w);
        return b;
    }

    private void init(PyObject[] args, String[] kw, String fname, boolean r, boolean w) {
        IOBases.checkRequired(fname, args, kw, "raw");
        PyObject[] a = new ArgParser(fname, 1, "raw", "buffer_size").parse(args, kw);
        ok = false;
        detached = false;
        PyObject rawArg = a[0];
        long size = a[1] == null ? IOBases.DEFAULT_BUFFER_SIZE : ObjectProtocol.index(a[1]);
        if (r && w) IOBases.checkCapability(rawArg, "seekable", "File or stream is not seekable.");
        if (r) IOBases.checkCapability(rawArg, "readable", "File or stream is not readable.");
        if (w) IOBases.checkCapability(rawArg, "writable", "File or stream is not writable.");
        raw = rawArg;
        fileRaw = rawArg instanceof PyFileIO f && f.isExact() ? f : null;
        readable = r;
        writable = w;
        if (size <= 0) throw PyErr.valueError("buffer size must be strictly positive");
        if (size > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        bufferSize = (int) size;
        buffer = new byte[bufferSize];
        absPos = -1;
        try {
            rawTell();
        } catch (PyException ignored) {
            // an unseekable stream has no position to cache
        }
        readEnd = -1;
        writePos = 0;
        writeEnd = -1;
        pos = 0;
        rawPos = 0;
        ok = true;
    }

    // ---- state checks ----------------------------------------------------------------------

    private void checkInitialized() {
        if (!ok) {
            throw PyErr.valueError(detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        }
    }

    private boolean rawClosed() {
        if (fileRaw != null) return fileRaw.isClosed();
        return ObjectProtocol.isTrue(ObjectProtocol.getAttr(raw, "closed"));
    }

    boolean isClosed() { return buffer == null || rawClosed(); }

    /** CHECK_CLOSED: a closed stream may still hand out what it had read ahead. */
    private void checkClosed(String message) {
        if (isClosed() && readahead() == 0) throw PyErr.valueError(message);
    }

    private boolean validRead() { return readable && readEnd != -1; }

    private boolean validWrite() { return writable && writeEnd != -1; }

    private int readahead() { return validRead() ? readEnd - pos : 0; }

    private int rawOffset() { return (validRead() || validWrite()) && rawPos >= 0 ? rawPos - pos : 0; }

    private void adjustPosition(int newPos) {
        pos = newPos;
        if (validRead() && readEnd < pos) readEnd = pos;
    }

    private long rawTellCached() { return absPos != -1 ? absPos : rawTell(); }

    private void resetReadBuf() { readEnd = -1; }

    private void resetWriteBuf() {
        writePos = 0;
        writeEnd = -1;
    }

    // ---- the raw stream ----------------------------------------------------------------------

    private long rawTell() {
        long n = fileRaw != null ? fileRaw.tell() : ObjectProtocol.index(ObjectProtocol.callMethod(raw, "tell"));
        if (n < 0) throw PyErr.format(ExceptionTypes.OS_ERROR, "Raw stream returned invalid position %d", n);
        absPos = n;
        return n;
    }

    private long rawSeek(long target, int whence) {
        long n = fileRaw != null ? fileRaw.seek(target, whence)
                : ObjectProtocol.index(ObjectProtocol.callMethod(raw, "seek", PyInt.of(target), PyInt.of(whence)));
        if (n < 0) throw PyErr.format(ExceptionTypes.OS_ERROR, "Raw stream returned invalid position %d", n);
        absPos = n;
        return n;
    }

    /** raw.readinto: bytes read, 0 at end of file, -2 when a non-blocking stream has nothing. */
    private int rawRead(byte[] dst, int off, int len) {
        int n;
        if (fileRaw != null) {
            n = fileRaw.readInto(dst, off, len);
        } else {
            PyByteArray b = new PyByteArray(new byte[len]);
            PyObject res = ObjectProtocol.callMethod(raw, "readinto", b);
            if (res == PySingleton.NONE) return -2;
            long got = ObjectProtocol.index(res);
            if (got < 0 || got > len) {
                throw PyErr.format(ExceptionTypes.OS_ERROR,
                        "raw readinto() returned invalid length %d (should have been between 0 and %d)", got, len);
            }
            n = (int) got;
            System.arraycopy(b.toArray(), 0, dst, off, n);
        }
        if (n > 0 && absPos != -1) absPos += n;
        return n;
    }

    private int rawWrite(byte[] src, int off, int len) {
        int n;
        if (fileRaw != null) {
            fileRaw.write(src, off, len);
            n = len;
        } else {
            PyObject res = ObjectProtocol.callMethod(raw, "write", new PyBytes(Arrays.copyOfRange(src, off, off + len)));
            if (res == PySingleton.NONE) return -2;
            long got = ObjectProtocol.index(res);
            if (got < 0 || got > len) {
                throw PyErr.format(ExceptionTypes.OS_ERROR,
                        "raw write() returned invalid length %d (should have been between 0 and %d)", got, len);
            }
            n = (int) got;
        }
        if (n > 0 && absPos != -1) absPos += n;
        return n;
    }

    private static PyException blockingError(long written) {
        return new PyException((pyj.interp.object.PyBaseException) ObjectProtocol.call(
                ExceptionTypes.BLOCKING_IO_ERROR, PyInt.of(11), PyStr.of("write could not complete without blocking"),
                PyInt.of(written)));
    }

    // ---- writing -----------------------------------------------------------------------------

    private void flushUnlocked() {
        if (validWrite() && writePos != writeEnd) {
            int rewind = rawOffset() + (pos - writePos);
            if (rewind != 0) {
                rawSeek(-rewind, 1);
                rawPos -= rewind;
            }
            while (writePos < writeEnd) {
                int n = rawWrite(buffer, writePos, writeEnd - writePos);
                if (n == -2) throw blockingError(0);
                writePos += n;
                rawPos = writePos;
            }
        }
        resetWriteBuf();
    }

    private void flushAndRewind() {
        flushUnlocked();
        if (readable) {
            try {
                rawSeek(-rawOffset(), 1);
            } finally {
                resetReadBuf();
            }
        }
    }

    /** BufferedWriter.write: the number of bytes, always all of them. */
    int write(byte[] b, int off, int len) {
        checkInitialized();
        if (isClosed()) throw PyErr.valueError("write to closed file");
        if (!validRead() && !validWrite()) {
            pos = 0;
            rawPos = 0;
        }
        int avail = bufferSize - pos;
        if (len <= avail) {
            System.arraycopy(b, off, buffer, pos, len);
            if (!validWrite() || writePos > pos) writePos = pos;
            adjustPosition(pos + len);
            if (pos > writeEnd) writeEnd = pos;
            return len;
        }
        flushUnlocked();
        int offset = rawOffset();
        if (offset != 0) {
            rawSeek(-offset, 1);
            rawPos -= offset;
        }
        int remaining = len;
        int written = 0;
        while (remaining > bufferSize) {
            int n = rawWrite(b, off + written, len - written);
            if (n == -2) {
                if (remaining > bufferSize) {
                    System.arraycopy(b, off + written, buffer, 0, bufferSize);
                    rawPos = 0;
                    adjustPosition(bufferSize);
                    writeEnd = bufferSize;
                    throw blockingError(written + bufferSize);
                }
                break;
            }
            written += n;
            remaining -= n;
        }
        if (readable) resetReadBuf();
        if (remaining > 0) System.arraycopy(b, off + written, buffer, 0, remaining);
        writePos = 0;
        writeEnd = remaining;
        adjustPosition(remaining);
        rawPos = 0;
        return len;
    }

    void flush() {
        checkInitialized();
        checkClosed("flush of closed file");
        flushAndRewind();
    }

    // ---- reading -----------------------------------------------------------------------------

    private int fillBuffer() {
        int start = validRead() ? readEnd : 0;
        int n = rawRead(buffer, start, bufferSize - start);
        if (n <= 0) return n;
        readEnd = start + n;
        rawPos = start + n;
        return n;
    }

    private PyBytes readFast(int n) {
        PyBytes res = new PyBytes(Arrays.copyOfRange(buffer, pos, pos + n));
        pos += n;
        return res;
    }

    private PyObject readAll() {
        int current = readahead();
        byte[] data = null;
        if (current > 0) {
            data = Arrays.copyOfRange(buffer, pos, pos + current);
            pos += current;
        }
        if (writable) flushAndRewind();
        resetReadBuf();
        if (fileRaw != null) {
            PyBytes rest = (PyBytes) fileRaw.readall();
            absPos = -1;
            return data == null ? rest : concat(data, rest.data());
        }
        PyObject readall = ObjectProtocol.lookupAttr(raw, PyStr.intern("readall"));
        if (readall != null) {
            PyObject tmp = ObjectProtocol.call(readall);
            if (tmp != PySingleton.NONE && !(tmp instanceof PyBytes)) throw PyErr.typeError("readall() should return bytes");
            if (data == null) return tmp;
            return tmp == PySingleton.NONE ? new PyBytes(data) : concat(data, ((PyBytes) tmp).data());
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        if (data != null) chunks.writeBytes(data);
        for (;;) {
            PyObject d = ObjectProtocol.callMethod(raw, "read");
            if (d != PySingleton.NONE && !(d instanceof PyBytes)) throw PyErr.typeError("read() should return bytes");
            if (d == PySingleton.NONE || ((PyBytes) d).size() == 0) {
                if (current == 0 && chunks.size() == 0) return d;
                return new PyBytes(chunks.toByteArray());
            }
            chunks.writeBytes(((PyBytes) d).data());
            if (absPos != -1) absPos += ((PyBytes) d).size();
        }
    }

    private static PyBytes concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return new PyBytes(r);
    }

    /** Room for {@code more} bytes after {@code used} in {@code out}, growing it (large requests are not preallocated). */
    private static byte[] room(byte[] out, int used, int more) {
        if (used + more <= out.length) return out;
        return Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(used + (long) more, out.length * 2L)));
    }

    private PyObject readGeneric(int n) {
        int current = readahead();
        if (n <= current) return readFast(n);
        byte[] out = new byte[Math.min(n, Math.max(bufferSize, LARGE_READ))];
        int remaining = n;
        int written = 0;
        if (current > 0) {
            System.arraycopy(buffer, pos, out, 0, current);
            remaining -= current;
            written += current;
            pos += current;
        }
        if (writable) flushAndRewind();
        resetReadBuf();
        while (remaining > 0) {
            int r = bufferSize * (remaining / bufferSize);
            if (r == 0) break;
            // Whole blocks go straight to the caller, a bounded piece at a time; a regular file
            // gives the same bytes as CPython's single read, and a pipe returns short reads anyway.
            r = Math.min(r, Math.max(bufferSize, LARGE_READ));
            out = room(out, written, r);
            r = rawRead(out, written, r);
            if (r == 0 || r == -2) {
                if (r == 0 || written > 0) return new PyBytes(Arrays.copyOf(out, written));
                return PySingleton.NONE;
            }
            remaining -= r;
            written += r;
        }
        out = room(out, written, remaining);
        pos = 0;
        rawPos = 0;
        readEnd = 0;
        while (remaining > 0 && readEnd < bufferSize) {
            int r = fillBuffer();
            if (r == 0 || r == -2) {
                if (r == 0 || written > 0) return new PyBytes(Arrays.copyOf(out, written));
                return PySingleton.NONE;
            }
            int take = Math.min(remaining, r);
            System.arraycopy(buffer, pos, out, written, take);
            written += take;
            pos += take;
            remaining -= take;
        }
        return new PyBytes(written == out.length ? out : Arrays.copyOf(out, written));
    }

    /** read(n): up to n bytes (all of them unless end of file comes first); n == -1 reads to the end. */
    PyObject read(long n) {
        checkInitialized();
        if (n < -1) throw PyErr.valueError("read length must be non-negative or -1");
        checkClosed("read of closed file");
        if (n == -1) return readAll();
        if (n > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        return readGeneric((int) n);
    }

    /** read1(n): buffered bytes if there are any, else at most one raw read. */
    PyObject read1(long n) {
        checkInitialized();
        if (n < 0) n = bufferSize;
        checkClosed("read of closed file");
        if (n == 0) return PyBytes.EMPTY;
        int have = readahead();
        if (have > 0) return readFast((int) Math.min(have, n));
        if (writable) flushAndRewind();
        resetReadBuf();
        int size = fileRaw != null ? fileRaw.readSize(n) : (int) Math.min(n, Integer.MAX_VALUE - 8);
        byte[] out = new byte[size];
        int r = rawRead(out, 0, out.length);
        if (r == -2) r = 0;
        return new PyBytes(r == out.length ? out : Arrays.copyOf(out, r));
    }

    private PyObject peekUnlocked() {
        int have = readahead();
        if (have > 0) return new PyBytes(Arrays.copyOfRange(buffer, pos, pos + have));
        resetReadBuf();
        int r = fillBuffer();
        if (r == -2) r = 0;
        pos = 0;
        return new PyBytes(Arrays.copyOf(buffer, Math.max(r, 0)));
    }

    private PyObject readinto(PyObject arg, boolean readinto1, String fname) {
        PyBytesLike target = IOBases.writableBuffer(arg, fname + "() argument");
        checkInitialized();
        checkClosed("readinto of closed file");
        int len = target.size();
        byte[] out = new byte[len];
        int written = 0;
        int n = readahead();
        if (n > 0) {
            if (n >= len) {
                System.arraycopy(buffer, pos, out, 0, len);
                pos += len;
                IOBases.fill(target, out, 0, len);
                return PyInt.of(len);
            }
            System.arraycopy(buffer, pos, out, 0, n);
            pos += n;
            written = n;
        }
        if (writable) flushAndRewind();
        resetReadBuf();
        pos = 0;
        PyObject result = null;
        for (int remaining = len - written; remaining > 0; written += n, remaining -= n) {
            if (remaining > bufferSize) {
                n = rawRead(out, written, remaining);
            } else if (!(readinto1 && written > 0)) {
                n = fillBuffer();
                if (n > 0) {
                    if (n > remaining) n = remaining;
                    System.arraycopy(buffer, pos, out, written, n);
                    pos += n;
                    continue;
                }
            } else {
                n = 0;
            }
            if (n == 0 || (n == -2 && written > 0)) break;
            if (n == -2) {
                result = PySingleton.NONE;
                break;
            }
            if (readinto1) {
                written += n;
                break;
            }
        }
        IOBases.fill(target, out, 0, written);
        return result != null ? result : PyInt.of(written);
    }

    /** readline(limit): through the next b'\n', at most {@code limit} bytes if limit is not negative. */
    PyObject readline(long limit) {
        checkClosed("readline of closed file");
        int n = readahead();
        if (limit >= 0 && n > limit) n = (int) limit;
        for (int i = 0; i < n; i++) {
            if (buffer[pos + i] == '\n') return readFast(i + 1);
        }
        if (n == limit) return readFast(n);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        if (n > 0) {
            chunks.write(buffer, pos, n);
            pos += n;
            if (limit >= 0) limit -= n;
        }
        if (writable) flushAndRewind();
        for (;;) {
            resetReadBuf();
            n = fillBuffer();
            if (n <= 0) break;
            if (limit >= 0 && n > limit) n = (int) limit;
            int found = -1;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    found = i + 1;
                    break;
                }
            }
            if (found >= 0) {
                chunks.write(buffer, 0, found);
                pos = found;
                break;
            }
            chunks.write(buffer, 0, n);
            if (n == limit) {
                pos = n;
                break;
            }
            if (limit >= 0) limit -= n;
        }
        return new PyBytes(chunks.toByteArray());
    }

    private static PyObject iternext(PyObject self) {
        PyBuffered b = (PyBuffered) self;
        b.checkInitialized();
        PyObject line;
        if (b.type == READER_TYPE || b.type == RANDOM_TYPE) {
            line = b.readline(-1);
        } else {
            line = ObjectProtocol.callMethod(self, "readline");
            if (!(line instanceof PyBytes)) {
                throw PyErr.format(ExceptionTypes.OS_ERROR, "readline() should have returned a bytes object, not '%s'",
                        line.type().name());
            }
        }
        return ((PyBytes) line).size() == 0 ? null : line;
    }

    // ---- positioning -------------------------------------------------------------------------

    long tell() {
        checkInitialized();
        return rawTell() - rawOffset();
    }

    long seek(PyObject targetObj, int whence) {
        checkInitialized();
        if (whence < 0 || whence > 4) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR, "whence value %d unsupported", whence);
        }
        checkClosed("seek of closed file");
        IOBases.checkCapability(raw, "seekable", "File or stream is not seekable.");
        long target = ObjectProtocol.index(targetObj);
        if ((whence == 0 || whence == 1) && readable) {
            long current = rawTellCached();
            int avail = readahead();
            if (avail > 0) {
                long offset = whence == 0 ? target - (current - rawOffset()) : target;
                if (offset >= -pos && offset <= avail) {
                    pos += (int) offset;
                    return current - avail + offset;
                }
            }
        }
        if (writable) flushUnlocked();
        if (whence == 1) target -= rawOffset();
        long n = rawSeek(target, whence);
        rawPos = -1;
        if (readable) resetReadBuf();
        return n;
    }

    PyObject truncate(PyObject posArg) {
        checkInitialized();
        checkClosed("truncate of closed file");
        if (!writable) throw OsErrors.unsupported("truncate");
        flushAndRewind();
        PyObject res = ObjectProtocol.callMethod(raw, "truncate", posArg == null ? PySingleton.NONE : posArg);
        try {
            rawTell();
        } catch (PyException ignored) {
            // the cached position is merely unknown
        }
        return res;
    }

    // ---- closing -----------------------------------------------------------------------------

    void close() {
        checkInitialized();
        if (rawClosed()) return;
        PyException failure = null;
        try {
            ObjectProtocol.callMethod(this, "flush");
        } catch (PyException e) {
            failure = e;
        }
        try {
            ObjectProtocol.callMethod(raw, "close");
        } catch (PyException e) {
            failure = IOBases.chain(failure, e);
        }
        buffer = null;
        readEnd = 0;
        pos = 0;
        if (failure != null) throw failure;
    }

    private PyObject detach() {
        checkInitialized();
        ObjectProtocol.callMethod(this, "flush");
        PyObject r = raw;
        raw = null;
        fileRaw = null;
        detached = true;
        ok = false;
        return r;
    }

    /** The raw stream, or null once detached. */
    PyObject raw() { return raw; }

    private String repr() {
        String tn = type.name();
        PyObject name;
        try {
            name = ObjectProtocol.lookupAttr(this, PyStr.intern("name"));
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.VALUE_ERROR)) throw e;
            name = null;
        }
        if (name == null) return "<" + tn + ">";
        if (!ObjectProtocol.reprEnter(this)) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "reentrant call inside %s.__repr__", tn);
        }
        try {
            return "<" + tn + " name=" + ObjectProtocol.reprString(name) + ">";
        } finally {
            ObjectProtocol.reprLeave(this);
        }
    }

    // ---- the Python methods ------------------------------------------------------------------

    private static PyBuffered b(PyObject o) { return (PyBuffered) o; }

    private static void define(PyType t, boolean r, boolean w) {
        MethodDef.noArgs(t, "close", self -> {
            b(self).close();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "detach", self -> b(self).detach());
        MethodDef.noArgs(t, "seekable", self -> {
            b(self).checkInitialized();
            return ObjectProtocol.callMethod(b(self).raw, "seekable");
        });
        MethodDef.noArgs(t, "fileno", self -> {
            b(self).checkInitialized();
            return ObjectProtocol.callMethod(b(self).raw, "fileno");
        });
        MethodDef.noArgs(t, "isatty", self -> {
            b(self).checkInitialized();
            return ObjectProtocol.callMethod(b(self).raw, "isatty");
        });
        MethodDef.method(t, "seek", (self, args, kw) -> {
            ArgParser.checkPositional("seek", args, kw, 1, 2);
            int whence = args.length > 1 ? (int) ObjectProtocol.index(args[1]) : 0;
            return PyInt.of(b(self).seek(args[0], whence));
        });
        MethodDef.noArgs(t, "tell", self -> PyInt.of(b(self).tell()));
        MethodDef.method(t, "truncate", (self, args, kw) -> {
            IOBases.definingClassArgs("truncate", args, kw, 0, 1);
            return b(self).truncate(args.length == 0 ? null : args[0]);
        });
        MethodDef.getter(t, "raw", self -> b(self).raw == null ? PySingleton.NONE : b(self).raw);
        MethodDef.getter(t, "closed", self -> {
            b(self).checkInitialized();
            return ObjectProtocol.getAttr(b(self).raw, "closed");
        });
        MethodDef.getter(t, "name", self -> {
            b(self).checkInitialized();
            return ObjectProtocol.getAttr(b(self).raw, "name");
        });
        MethodDef.getter(t, "mode", self -> {
            b(self).checkInitialized();
            return ObjectProtocol.getAttr(b(self).raw, "mode");
        });
        MethodDef.noArgs(t, "__sizeof__", self -> PyInt.of(120 + (b(self).buffer == null ? 0 : b(self).bufferSize)));
        if (r) {
            MethodDef.noArgs(t, "readable", self -> {
                b(self).checkInitialized();
                return ObjectProtocol.callMethod(b(self).raw, "readable");
            });
            MethodDef.method(t, "read", (self, args, kw) ->
                    b(self).read(IOBases.optionalSize(IOBases.optionalArg("read", args, kw))));
            MethodDef.method(t, "read1", (self, args, kw) -> {
                PyObject a = IOBases.optionalArg("read1", args, kw);
                return b(self).read1(a == null ? -1 : IOBases.size(a));
            });
            MethodDef.method(t, "peek", (self, args, kw) -> {
                PyObject a = IOBases.optionalArg("peek", args, kw);
                if (a != null) IOBases.size(a);
                PyBuffered buf = b(self);
                buf.checkInitialized();
                buf.checkClosed("peek of closed file");
                if (buf.writable) buf.flushAndRewind();
                return buf.peekUnlocked();
            });
            MethodDef.method(t, "readline", (self, args, kw) -> {
                long limit = IOBases.optionalSize(IOBases.optionalArg("readline", args, kw));
                b(self).checkInitialized();
                return b(self).readline(limit);
            });
            MethodDef.oneArg(t, "readinto", (self, a) -> b(self).readinto(a, false, "readinto"));
            MethodDef.oneArg(t, "readinto1", (self, a) -> b(self).readinto(a, true, "readinto1"));
        }
        if (w) {
            MethodDef.noArgs(t, "writable", self -> {
                b(self).checkInitialized();
                return ObjectProtocol.callMethod(b(self).raw, "writable");
            });
            MethodDef.oneArg(t, "write", (self, a) -> {
                byte[] data = PyBytesLike.bytesOf(a);
                return PyInt.of(b(self).write(data, 0, data.length));
            });
            MethodDef.noArgs(t, "flush", self -> {
                b(self).flush();
                return PySingleton.NONE;
            });
        } else {
            MethodDef.noArgs(t, "flush", self -> {
                b(self).checkInitialized();
                return ObjectProtocol.callMethod(b(self).raw, "flush");
            });
        }
    }

    /** The stream reads (BufferedReader or BufferedRandom). */
    boolean isReader() { return readable; }

    /** The stream writes (BufferedWriter or BufferedRandom). */
    boolean isWriter() { return writable; }

    /** Whether calls may skip method lookup: the object is exactly one of the three classes. */
    boolean isExact() { return !type.isHeapType(); }
}
