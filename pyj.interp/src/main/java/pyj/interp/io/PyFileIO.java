// _io.FileIO: raw, unbuffered byte I/O on a file descriptor (a FileChannel, or a standard stream).
package pyj.interp.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
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
 * CPython's fileio.c over {@link FileHandle}. The descriptor is the number {@link DescriptorTable}
 * gave the file; closing with closefd releases it. Appending is done by moving to the end before
 * each write, since Java cannot open a file for both reading and O_APPEND.
 */
public final class PyFileIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.FileIO", IOBases.RAW_IO_BASE, PyType.BASETYPE, PyFileIO::define);

    private static final PyStr NAME = PyStr.intern("name");
    private static final ArgParser INIT = new ArgParser("FileIO", 1, "file", "mode", "closefd", "opener");
    /** st_blksize of the files CPython reports on Linux; open() sizes buffers with it. */
    static final int BLKSIZE = 4096;

    static {
        TYPE.newFn = (type, args, kw) -> new PyFileIO(type);
        TYPE.init = (self, args, kw) -> {
            IOBases.checkRequired("FileIO", args, kw, "file");
            ((PyFileIO) self).init(INIT.parse(args, kw));
        };
        TYPE.repr = self -> PyStr.of(((PyFileIO) self).repr());
    }

    private final PyType type;
    private final PyDict dict = new PyDict();
    private FileHandle handle;
    private int fd = -1;
    private boolean readable;
    private boolean writable;
    private boolean appending;
    private boolean created;
    private boolean truncating;
    private boolean closefd = true;
    /** seekable() is asked of the system once: -1 unknown, 0 no, 1 yes. */
    private int seekable = -1;

    private PyFileIO(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }

    /** FileIO(file, mode, closefd, opener), as open() creates it. */
    static PyFileIO open(PyObject file, String mode, boolean closefd, PyObject opener) {
        PyFileIO f = new PyFileIO(TYPE);
        f.init(new PyObject[] {file, PyStr.of(mode), PyBool.of(closefd), opener});
        return f;
    }

    /** A FileIO for a standard stream, named like "&lt;stdout&gt;" and never closing the descriptor. */
    static PyFileIO standard(int fd, String name, boolean read) {
        PyFileIO f = new PyFileIO(TYPE);
        f.fd = fd;
        f.handle = DescriptorTable.current().get(fd);
        f.readable = read;
        f.writable = !read;
        f.closefd = false;
        f.dict.putStr(NAME, PyStr.of(name));
        return f;
    }

    // ---- opening ---------------------------------------------------------------------------

    private void init(PyObject[] a) {
        if (fd >= 0) {
            if (closefd) closeDescriptor();
            else fd = -1;
        }
        PyObject file = a[0];
        String mode = a[1] == null ? "r" : modeString(a[1]);
        boolean closefdArg = a[2] == null || ObjectProtocol.isTrue(a[2]);
        PyObject opener = a[3] == null ? PySingleton.NONE : a[3];
        int givenFd = -1;
        String path = null;
        if (file instanceof PyInt i && i.isSmall() && i.value <= Integer.MAX_VALUE) {
            if (i.value < 0) throw PyErr.valueError("negative file descriptor");
            givenFd = (int) i.value;
        } else {
            path = fsPath(file);
        }
        parseMode(mode);
        if (givenFd >= 0) {
            FileHandle h = DescriptorTable.current().get(givenFd);
            if (h == null || !h.isOpen()) throw OsErrors.of(OsErrors.EBADF);
            handle = h;
            fd = givenFd;
            closefd = closefdArg;
        } else {
            closefd = true;
            if (!closefdArg) throw PyErr.valueError("Cannot use closefd=False with file name");
            if (opener != PySingleton.NONE) {
                openWithOpener(file, opener);
            } else {
                openPath(path, file);
            }
        }
        dict.putStr(NAME, file);
        if (appending) {
            try {
                handle.seek(0, 2);
            } catch (IOException ignored) {
                // an unseekable stream appends anyway
            }
        }
    }

    private static String modeString(PyObject m) {
        if (m instanceof PyStr s) {
            if (s.value().indexOf('\0') >= 0) throw PyErr.valueError("embedded null character");
            return s.value();
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "FileIO() argument 'mode' must be str, not %s", m.type().name());
    }

    /** os.fspath: a str or bytes path, from itself or its __fspath__ (also posix.fspath). */
    public static PyObject fspath(PyObject file) {
        if (file instanceof PyStr || file instanceof PyBytes) return file;
        PyObject fspath = ObjectProtocol.lookupSpecial(file, PyStr.intern("__fspath__"));
        if (fspath == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected str, bytes or os.PathLike object, not %s",
                    file.type().name());
        }
        PyObject p = ObjectProtocol.call(fspath);
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected %s.__fspath__() to return str or bytes, not %s",
                    file.type().name(), p.type().name());
        }
        return p;
    }

    /** PyUnicode_FSConverter: str, bytes or os.PathLike to the path string. */
    static String fsPath(PyObject file) {
        PyObject p = fspath(file);
        String s = p instanceof PyStr str ? str.value() : decodeFsBytes(((PyBytes) p).data());
        if (s.indexOf('\0') >= 0) throw PyErr.valueError("embedded null byte");
        return s;
    }

    /** os.fsdecode: UTF-8 with surrogateescape. */
    private static String decodeFsBytes(byte[] b) {
        return new TextDecoder(TextCodec.lookup("utf-8"), "surrogateescape").decode(b, true);
    }

    private void parseMode(String mode) {
        boolean rwa = false;
        boolean plus = false;
        readable = writable = appending = created = false;
        for (int i = 0; i < mode.length(); i++) {
            switch (mode.charAt(i)) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) throw badMode();
                    rwa = true;
                    char c = mode.charAt(i);
                    if (c == 'x') {
                        created = true;
                        writable = true;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                    } else {
                        writable = true;
                        appending = true;
                    }
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) throw badMode();
                    readable = writable = plus = true;
                }
                default -> throw PyErr.format(ExceptionTypes.VALUE_ERROR, "invalid mode: %s", mode);
            }
        }
        if (!rwa) throw badMode();
        truncating = mode.indexOf('w') >= 0;
    }

    private static PyException badMode() {
        return PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private void openPath(String path, PyObject file) {
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw OsErrors.of(OsErrors.EINVAL, OsErrors.strerror(OsErrors.EINVAL), file);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (readable) opts.add(StandardOpenOption.READ);
        if (writable) opts.add(StandardOpenOption.WRITE);
        if (created) opts.add(StandardOpenOption.CREATE_NEW);
        if (truncating || appending) opts.add(StandardOpenOption.CREATE);
        if (truncating) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        FileChannel ch;
        try {
            ch = FileChannel.open(p, opts);
        } catch (IOException e) {
            throw OsErrors.of(e, file);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw OsErrors.of(OsErrors.EINVAL, OsErrors.strerror(OsErrors.EINVAL), file);
        }
        if (Files.isDirectory(p)) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // reporting the directory matters more
            }
            throw OsErrors.of(21, "Is a directory", file);
        }
        String real = p.toAbsolutePath().normalize().toString();
        boolean tty = real.equals("/dev/tty") || real.startsWith("/dev/pts/");
        handle = new FileHandle.Channel(ch, tty);
        DescriptorTable table = DescriptorTable.current();
        fd = table.add(handle);
        CLEANER.register(this, new Release(table, fd, handle));
    }

    /**
     * Closes the descriptor of a FileIO that became garbage without being closed, as CPython's
     * deallocation does, so that a loop of {@code open(p).read()} does not run out of descriptors.
     * Writers are kept alive by {@link DescriptorTable} until closed, so this never drops data.
     */
    private record Release(DescriptorTable table, int fd, FileHandle handle) implements Runnable {
        @Override
        public void run() {
            if (!handle.isOpen()) return;
            table.remove(fd, handle);
            try {
                handle.close();
            } catch (IOException ignored) {
                // nobody is left to tell
            }
        }
    }

    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    /** opener(name, flags) returns a descriptor; pyj can only accept one it already numbered. */
    private void openWithOpener(PyObject file, PyObject opener) {
        int flags = readable && writable ? 2 : writable ? 1 : 0;
        if (created) flags |= 0100 | 0200;
        if (truncating) flags |= 0100 | 01000;
        if (appending) flags |= 0100 | 02000;
        flags |= 02000000;
        PyObject r = ObjectProtocol.call(opener, file, PyInt.of(flags));
        if (!(r instanceof PyInt i)) throw PyErr.typeError("expected integer from opener");
        if (i.signum() < 0) throw PyErr.format(ExceptionTypes.VALUE_ERROR, "opener returned %s", i.bigValue());
        FileHandle h = i.isSmall() && i.value <= Integer.MAX_VALUE ? DescriptorTable.current().get((int) i.value) : null;
        if (h == null) throw OsErrors.of(OsErrors.EBADF);
        handle = h;
        fd = (int) i.value;
    }

    // ---- operations ------------------------------------------------------------------------

    boolean isClosed() { return fd < 0; }

    private void checkOpen() {
        if (fd < 0) throw PyErr.valueError("I/O operation on closed file");
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) throw OsErrors.unsupported("File not open for reading");
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) throw OsErrors.unsupported("File not open for writing");
    }

    private PyException ioError(IOException e) { return OsErrors.of(e, (PyObject) null); }

    /** Reads up to {@code len} bytes into {@code b}: the count, 0 at end of file. */
    int readInto(byte[] b, int off, int len) {
        checkReadable();
        try {
            return handle.read(b, off, len);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    PyObject read(long size) {
        checkReadable();
        if (size < 0) return readall();
        byte[] buf = new byte[readSize(size)];
        int n = readInto(buf, 0, buf.length);
        return new PyBytes(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n));
    }

    /**
     * How much one read(size) can return: CPython allocates {@code size} bytes and shrinks the
     * result, which costs nothing until touched; Java would zero the whole array, so the request is
     * cut to what a regular file has left (and to 1 MiB for pipes, where one read returns less anyway).
     */
    int readSize(long size) {
        long left = handle.remaining();
        long cap = left >= 0 ? left + 1 : 1 << 20;
        return (int) Math.max(0, Math.min(Math.min(size, cap), Integer.MAX_VALUE - 8));
    }

    PyObject readall() {
        checkOpen();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try {
            for (;;) {
                int n = handle.read(buf, 0, buf.length);
                if (n <= 0) break;
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return new PyBytes(out.toByteArray());
    }

    /** Writes all of {@code b[off, off+len)}. */
    void write(byte[] b, int off, int len) {
        checkWritable();
        try {
            if (appending && handle instanceof FileHandle.Channel c) c.toEnd();
            handle.write(b, off, len);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    long seek(long pos, int whence) {
        checkOpen();
        try {
            return handle.seek(pos, whence);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    long tell() { return seek(0, 1); }

    boolean seekable() {
        checkOpen();
        if (seekable < 0) {
            try {
                handle.seek(0, 1);
                seekable = 1;
            } catch (IOException e) {
                seekable = 0;
            }
        }
        return seekable == 1;
    }

    void close() {
        PyException failure = null;
        try {
            IOBases.ioBaseClose(this);
        } catch (PyException e) {
            failure = e;
        }
        if (fd >= 0) {
            if (closefd) {
                try {
                    closeDescriptor();
                } catch (PyException e) {
                    failure = IOBases.chain(failure, e);
                }
            } else {
                fd = -1;
            }
        }
        if (failure != null) throw failure;
    }

    /** close(2): EBADF when another FileIO on the same descriptor closed it first. */
    private void closeDescriptor() {
        FileHandle h = handle;
        int n = fd;
        fd = -1;
        DescriptorTable table = DescriptorTable.current();
        boolean wasOpen = h.isOpen() && table.get(n) == h;
        table.remove(n, h);
        try {
            h.close();
        } catch (IOException e) {
            throw ioError(e);
        }
        if (!wasOpen) throw OsErrors.of(OsErrors.EBADF);
    }

    private String modeName() {
        if (created) return readable ? "xb+" : "xb";
        if (appending) return readable ? "ab+" : "ab";
        if (readable) return writable ? "rb+" : "rb";
        return "wb";
    }

    private String repr() {
        String tn = this.type().name();
        if (fd < 0) return "<" + tn + " [closed]>";
        PyObject name = ObjectProtocol.lookupAttr(this, NAME);
        String cf = closefd ? "True" : "False";
        if (name == null) return "<" + tn + " fd=" + fd + " mode='" + modeName() + "' closefd=" + cf + ">";
        if (!ObjectProtocol.reprEnter(this)) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "reentrant call inside %s.__repr__", tn);
        }
        try {
            return "<" + tn + " name=" + ObjectProtocol.reprString(name) + " mode='" + modeName() + "' closefd=" + cf
                    + ">";
        } finally {
            ObjectProtocol.reprLeave(this);
        }
    }

    // ---- the Python methods ----------------------------------------------------------------

    private static PyFileIO f(PyObject o) { return (PyFileIO) o; }

    private static void define(PyType t) {
        MethodDef.method(t, "read", (self, args, kw) -> {
            IOBases.definingClassArgs("read", args, kw, 0, 1);
            return f(self).read(IOBases.optionalSize(args.length == 0 ? null : args[0]));
        });
        MethodDef.noArgs(t, "readall", self -> f(self).readall());
        MethodDef.method(t, "readinto", (self, args, kw) -> {
            PyObject arg = IOBases.definingClassArgs("readinto", args, kw, 1, 1)[0];
            PyBytesLike b = IOBases.writableBuffer(arg, "readinto() argument 1");
            PyFileIO io = f(self);
            io.checkReadable();
            byte[] buf = new byte[b.size()];
            int n = io.readInto(buf, 0, buf.length);
            IOBases.fill(b, buf, 0, n);
            return PyInt.of(n);
        });
        MethodDef.method(t, "write", (self, args, kw) -> {
            byte[] b = PyBytesLike.bytesOf(IOBases.definingClassArgs("write", args, kw, 1, 1)[0]);
            f(self).write(b, 0, b.length);
            return PyInt.of(b.length);
        });
        MethodDef.method(t, "seek", (self, args, kw) -> {
            ArgParser.checkPositional("seek", args, kw, 1, 2);
            PyFileIO io = f(self);
            int whence = args.length > 1 ? (int) ObjectProtocol.index(args[1]) : 0;
            io.checkOpen();
            long pos = ObjectProtocol.index(args[0]);
            return PyInt.of(io.seek(pos, whence));
        });
        MethodDef.noArgs(t, "tell", self -> PyInt.of(f(self).tell()));
        MethodDef.method(t, "truncate", (self, args, kw) -> {
            IOBases.definingClassArgs("truncate", args, kw, 0, 1);
            PyObject a = args.length == 0 ? null : args[0];
            PyFileIO io = f(self);
            io.checkWritable();
            long size = a == null || a == PySingleton.NONE ? io.tell() : ObjectProtocol.index(a);
            try {
                io.handle.truncate(size);
            } catch (IOException e) {
                throw io.ioError(e);
            }
            return PyInt.of(size);
        });
        MethodDef.method(t, "close", (self, args, kw) -> {
            IOBases.definingClassArgs("close", args, kw, 0, 0);
            f(self).close();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "seekable", self -> PyBool.of(f(self).seekable()));
        MethodDef.noArgs(t, "readable", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).readable);
        });
        MethodDef.noArgs(t, "writable", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).writable);
        });
        MethodDef.noArgs(t, "fileno", self -> {
            f(self).checkOpen();
            return PyInt.of(f(self).fd);
        });
        MethodDef.noArgs(t, "isatty", self -> {
            f(self).checkOpen();
            return PyBool.of(f(self).handle.isTerminal());
        });
        MethodDef.getter(t, "closed", self -> PyBool.of(f(self).fd < 0));
        MethodDef.getter(t, "closefd", self -> PyBool.of(f(self).closefd));
        MethodDef.getter(t, "mode", self -> PyStr.of(f(self).modeName()));
        MethodDef.getter(t, "_blksize", self -> PyInt.of(BLKSIZE));
        MethodDef.noArgs(t, "__getstate__", self -> {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot pickle '%s' instances", self.type().name());
        });
    }

    /** For the exact FileIO type, Buffered* call straight into Java instead of through methods. */
    boolean isExact() { return type == TYPE; }
}
