// Text streams (_io.TextIOWrapper): sys.stdin/stdout/stderr and files opened in text mode.
package pyj.interp.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * A UTF-8 text stream over a byte stream, with CPython's buffering: block-buffered output unless
 * line buffering is on (stderr, or stdout to a terminal), and universal-newline input. Writes
 * accumulate in a character buffer so that {@code print} costs a string append, not a system call.
 */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT, 0, PyTextIO::define);

    static {
        TYPE.setModule(PyStr.intern("_io"));
        TYPE.iter = self -> {
            ((PyTextIO) self).checkOpen();
            return self;
        };
        TYPE.next = self -> {
            PyTextIO t = (PyTextIO) self;
            String line = t.readLine(-1);
            return line.isEmpty() ? null : PyStr.of(line);
        };
        TYPE.repr = self -> {
            PyTextIO t = (PyTextIO) self;
            return PyStr.of("<_io.TextIOWrapper name=" + ObjectProtocol.reprString(t.name) + " mode='" + t.mode
                    + "' encoding='utf-8'>");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    private static final int BUFFER_CHARS = 8192;

    private final PyObject name;
    private final String mode;
    private final OutputStream out;
    private final Reader in;
    private final boolean lineBuffering;
    /** -u: every write goes straight to the byte stream. */
    private boolean writeThrough;
    private final boolean closeUnderlying;
    private final boolean tty;
    private final StringBuilder pending = new StringBuilder();
    private final char[] readBuf = new char[BUFFER_CHARS];
    private int readPos;
    private int readLen;
    /** A '\r' ended the last chunk: a '\n' starting the next one belongs to it. */
    private boolean skipLf;
    private boolean closed;

    private PyTextIO(PyObject name, String mode, OutputStream out, InputStream in, boolean lineBuffering,
                     boolean closeUnderlying, boolean tty) {
        this.name = name;
        this.mode = mode;
        this.out = out;
        this.in = in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        this.lineBuffering = lineBuffering;
        this.closeUnderlying = closeUnderlying;
        this.tty = tty;
    }

    /** A writable stream (sys.stdout, sys.stderr, a file opened with "w" or "a"). */
    public static PyTextIO writer(PyObject name, String mode, OutputStream out, boolean lineBuffering,
                                  boolean closeUnderlying, boolean tty) {
        return new PyTextIO(name, mode, out, null, lineBuffering, closeUnderlying, tty);
    }

    /** A readable stream (sys.stdin, a file opened with "r"). */
    public static PyTextIO reader(PyObject name, String mode, InputStream in, boolean closeUnderlying, boolean tty) {
        return new PyTextIO(name, mode, null, in, false, closeUnderlying, tty);
    }

    @Override
    public PyType type() { return TYPE; }

    // ---- writing ---------------------------------------------------------------------------

    /** Appends text; flushes when the buffer is full or, with line buffering, at a newline. */
    public void write(String s) {
        checkOpen();
        if (out == null) throw unsupported("not writable");
        pending.append(s);
        if (writeThrough || pending.length() >= BUFFER_CHARS || (lineBuffering && s.indexOf('\n') >= 0)) flush();
    }

    /** Makes every write reach the underlying stream at once (python -u). */
    public void setWriteThrough(boolean on) { writeThrough = on; }

    public void flush() {
        checkOpen();
        flushQuietly();
    }

    private void flushQuietly() {
        if (out == null || pending.isEmpty()) return;
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw osError(e);
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    private boolean fill() {
        if (readPos < readLen) return true;
        try {
            int n = in.read(readBuf, 0, readBuf.length);
            if (n <= 0) return false;
            readPos = 0;
            readLen = n;
            return true;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    /** The next character with "\r\n" and "\r" read as "\n", or -1 at end of input. */
    private int readChar() {
        for (;;) {
            if (!fill()) return -1;
            char c = readBuf[readPos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') continue;
            }
            if (c == '\r') {
                skipLf = true;
                return '\n';
            }
            return c;
        }
    }

    /** A line including its newline; at most {@code limit} characters when limit is not negative. */
    public String readLine(long limit) {
        checkReadable();
        StringBuilder sb = new StringBuilder();
        while (limit < 0 || sb.length() < limit) {
            int c = readChar();
            if (c < 0) break;
            sb.append((char) c);
            if (c == '\n') break;
        }
        return sb.toString();
    }

    public String read(long size) {
        checkReadable();
        StringBuilder sb = new StringBuilder();
        while (size < 0 || sb.length() < size) {
            int c = readChar();
            if (c < 0) break;
            sb.append((char) c);
        }
        return sb.toString();
    }

    private void checkReadable() {
        checkOpen();
        if (in == null) throw unsupported("not readable");
    }

    // ---- state -----------------------------------------------------------------------------

    public void close() {
        if (closed) return;
        try {
            flushQuietly();
        } finally {
            closed = true;
            try {
                if (closeUnderlying) {
                    if (out != null) out.close();
                    if (in != null) in.close();
                }
            } catch (IOException e) {
                throw osError(e);
            }
        }
    }

    public boolean isClosed() { return closed; }

    private void checkOpen() {
        if (closed) throw PyErr.valueError("I/O operation on closed file.");
    }

    private static PyException unsupported(String what) {
        PyType t = ExceptionTypes.ALL.get("UnsupportedOperation");
        return PyErr.newException(t != null ? t : ExceptionTypes.OS_ERROR, what);
    }

    private static PyException osError(IOException e) {
        if (e.getMessage() != null && e.getMessage().contains("Broken pipe")) {
            return PyErr.format(ExceptionTypes.BROKEN_PIPE_ERROR, "[Errno 32] Broken pipe");
        }
        return PyErr.newException(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
    }

    private static PyTextIO t(PyObject o) { return (PyTextIO) o; }

    private static long sizeArg(PyObject o) {
        return o == null || o == PySingleton.NONE ? -1 : ObjectProtocol.index(o);
    }

    private static final ArgParser READ = new ArgParser("read", 0, 1, 1, "size");
    private static final ArgParser READLINE = new ArgParser("readline", 0, 1, 1, "size");
    private static final ArgParser READLINES = new ArgParser("readlines", 0, 1, 1, "hint");

    private static void define(PyType type) {
        MethodDef.oneArg(type, "write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "write() argument must be str, not %s", s.type().name());
            }
            t(self).write(str.value());
            return PyInt.of(str.length());
        });
        MethodDef.oneArg(type, "writelines", (self, lines) -> {
            PyObject it = ObjectProtocol.getIter(lines);
            for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
                if (!(x instanceof PyStr str)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "write() argument must be str, not %s",
                            x.type().name());
                }
                t(self).write(str.value());
            }
            return PySingleton.NONE;
        });
        MethodDef.noArgs(type, "flush", self -> {
            t(self).flush();
            return PySingleton.NONE;
        });
        MethodDef.method(type, "read", (self, args, kw) -> PyStr.of(t(self).read(sizeArg(READ.parse(args, kw)[0]))));
        MethodDef.method(type, "readline", (self, args, kw) ->
                PyStr.of(t(self).readLine(sizeArg(READLINE.parse(args, kw)[0]))));
        MethodDef.method(type, "readlines", (self, args, kw) -> {
            long hint = sizeArg(READLINES.parse(args, kw)[0]);
            PyList out = new PyList();
            long total = 0;
            for (;;) {
                String line = t(self).readLine(-1);
                if (line.isEmpty()) break;
                out.append(PyStr.of(line));
                total += line.length();
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        MethodDef.noArgs(type, "close", self -> {
            t(self).close();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(type, "readable", self -> {
            t(self).checkOpen();
            return PyBool.of(t(self).in != null);
        });
        MethodDef.noArgs(type, "writable", self -> {
            t(self).checkOpen();
            return PyBool.of(t(self).out != null);
        });
        MethodDef.noArgs(type, "seekable", self -> PyBool.FALSE);
        MethodDef.noArgs(type, "isatty", self -> {
            t(self).checkOpen();
            return PyBool.of(t(self).tty);
        });
        MethodDef.noArgs(type, "__enter__", self -> {
            t(self).checkOpen();
            return self;
        });
        MethodDef.method(type, "__exit__", (self, args, kw) -> {
            t(self).close();
            return PySingleton.NONE;
        });
        MethodDef.getter(type, "closed", self -> PyBool.of(t(self).closed));
        MethodDef.getter(type, "name", self -> t(self).name);
        MethodDef.getter(type, "mode", self -> PyStr.of(t(self).mode));
        MethodDef.getter(type, "encoding", self -> PyStr.intern("utf-8"));
        MethodDef.getter(type, "errors", self -> PyStr.intern("strict"));
        MethodDef.getter(type, "line_buffering", self -> PyBool.of(t(self).lineBuffering));
        MethodDef.getter(type, "newlines", self -> PySingleton.NONE);
    }
}
