// _io.StringIO: a text stream over an in-memory string, positions counted in code points.
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
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * CPython's stringio.c. Newlines are translated when written, not when read: newline=None turns
 * "\r\n" and "\r" into "\n" as text comes in, "\r" and "\r\n" replace "\n" on the way in, and ""
 * and "\n" store text as given. Reading then splits lines as TextIOWrapper would.
 *
 * <p>The text is a StringBuilder of UTF-16 units; while it holds no surrogates (the usual case),
 * code-point positions are its indexes.
 */
public final class PyStringIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.StringIO", IOBases.TEXT_IO_BASE, PyType.BASETYPE,
            PyStringIO::define);

    private static final ArgParser INIT = new ArgParser("StringIO", 0, "initial_value", "newline");

    static {
        TYPE.newFn = (type, args, kw) -> new PyStringIO(type);
        TYPE.init = (self, args, kw) -> ((PyStringIO) self).init(INIT.parse(args, kw));
        TYPE.next = self -> ((PyStringIO) self).iternext();
    }

    private final PyType type;
    private final PyDict dict = new PyDict();
    private final StringBuilder buf = new StringBuilder();
    /** Whether buf holds surrogate pairs, so that code points and UTF-16 indexes differ. */
    private boolean astral;
    /** Length in code points. */
    private int size;
    /** Position in code points; may be past the end. */
    private int pos;
    private boolean ok;
    private boolean closed;
    private String readnl;
    private boolean readuniversal;
    private boolean readtranslate;
    private String writenl;
    private NewlineTranslator decoder;

    private PyStringIO(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }

    private void init(PyObject[] a) {
        String newline;
        if (a[1] == null) {
            newline = "\n";
        } else if (a[1] == PySingleton.NONE) {
            newline = null;
        } else if (a[1] instanceof PyStr s) {
            newline = s.value();
        } else {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "newline must be str or None, not %s", a[1].type().name());
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR, "illegal newline value: %s", ObjectProtocol.reprString(a[1]));
        }
        PyObject value = a[0];
        if (value != null && value != PySingleton.NONE && !(value instanceof PyStr)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "initial_value must be str or None, not %s",
                    value.type().name());
        }
        ok = false;
        readnl = newline;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        writenl = newline != null && newline.startsWith("\r") ? newline : null;
        decoder = readuniversal ? new NewlineTranslator(readtranslate) : null;
        buf.setLength(0);
        astral = false;
        size = 0;
        pos = 0;
        if (value instanceof PyStr s && !s.value().isEmpty()) writeStr(s.value());
        pos = 0;
        closed = false;
        ok = true;
    }

    private void checkInitialized() {
        if (!ok) throw PyErr.valueError("I/O operation on uninitialized object");
    }

    private void checkClosed() {
        if (closed) throw PyErr.valueError("I/O operation on closed file");
    }

    private void check() {
        checkInitialized();
        checkClosed();
    }

    /** The UTF-16 index of a code-point position within the text. */
    private int index(int cp) {
        return astral ? buf.offsetByCodePoints(0, cp) : cp;
    }

    private void writeStr(String s) {
        String decoded = decoder != null ? decoder.process(s, true) : s;
        if (writenl != null) decoded = decoded.replace("\n", writenl);
        if (decoded.isEmpty()) return;
        boolean sAstral = false;
        for (int i = 0; i < decoded.length(); i++) {
            if (Character.isSurrogate(decoded.charAt(i))) {
                sAstral = true;
                break;
            }
        }
        int len = sAstral ? decoded.codePointCount(0, decoded.length()) : decoded.length();
        if (pos > size) {
            buf.append("\0".repeat(pos - size));
            size = pos;
        }
        int start = index(pos);
        int endCp = Math.min(pos + len, size);
        int end = index(endCp);
        buf.replace(start, end, decoded);
        astral |= sAstral;
        pos += len;
        if (pos > size) size = pos;
    }

    private String read(long n) {
        check();
        if (pos >= size) return "";
        long avail = size - pos;
        if (n < 0 || n > avail) n = avail;
        int start = index(pos);
        int end = index(pos + (int) n);
        pos += (int) n;
        return buf.substring(start, end);
    }

    private String readline(long limit) {
        if (pos >= size) return "";
        long avail = size - pos;
        if (limit < 0 || limit > avail) limit = avail;
        int start = index(pos);
        int end = index(pos + (int) limit);
        String region = buf.substring(start, end);
        int len = findLineEnding(region);
        if (len < 0) len = region.length();
        String line = region.substring(0, len);
        pos += astral ? line.codePointCount(0, line.length()) : line.length();
        return line;
    }

    /** The length of the first line of {@code s} including its ending, or -1 without one. */
    private int findLineEnding(String s) {
        if (readtranslate) {
            int i = s.indexOf('\n');
            return i < 0 ? -1 : i + 1;
        }
        if (readuniversal) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            return -1;
        }
        int i = s.indexOf(readnl);
        return i < 0 ? -1 : i + readnl.length();
    }

    private PyObject iternext() {
        check();
        String line;
        if (type == TYPE) {
            line = readline(-1);
        } else {
            PyObject r = ObjectProtocol.callMethod(this, "readline");
            if (!(r instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.OS_ERROR, "readline() should have returned a str object, not '%s'",
                        r.type().name());
            }
            line = s.value();
            if (!line.isEmpty()) return r;
        }
        return line.isEmpty() ? null : PyStr.of(line);
    }

    private static PyStringIO s(PyObject o) { return (PyStringIO) o; }

    private static PyException cannotSeek() {
        return PyErr.newException(ExceptionTypes.OS_ERROR, "Can't do nonzero cur-relative seeks");
    }

    private static void define(PyType t) {
        MethodDef.noArgs(t, "getvalue", self -> {
            s(self).check();
            return PyStr.of(s(self).buf.toString());
        });
        MethodDef.method(t, "read", (self, args, kw) ->
                PyStr.of(s(self).read(IOBases.optionalSize(IOBases.optionalArg("read", args, kw)))));
        MethodDef.method(t, "readline", (self, args, kw) -> {
            long limit = IOBases.optionalSize(IOBases.optionalArg("readline", args, kw));
            s(self).check();
            return PyStr.of(s(self).readline(limit));
        });
        MethodDef.oneArg(t, "write", (self, arg) -> {
            PyStringIO io = s(self);
            io.checkInitialized();
            if (!(arg instanceof PyStr str)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "string argument expected, got '%s'", arg.type().name());
            }
            io.checkClosed();
            int n = str.length();
            if (n > 0) io.writeStr(str.value());
            return PyInt.of(n);
        });
        MethodDef.method(t, "seek", (self, args, kw) -> {
            ArgParser.checkPositional("seek", args, kw, 1, 2);
            long p = ObjectProtocol.index(args[0]);
            int whence = args.length > 1 ? (int) ObjectProtocol.index(args[1]) : 0;
            PyStringIO io = s(self);
            io.check();
            if (whence != 0 && whence != 1 && whence != 2) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR, "Invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            if (p < 0 && whence == 0) throw PyErr.format(ExceptionTypes.VALUE_ERROR, "Negative seek position %d", p);
            if (whence != 0 && p != 0) throw cannotSeek();
            if (whence == 1) p = io.pos;
            else if (whence == 2) p = io.size;
            if (p > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
            io.pos = (int) p;
            return PyInt.of(p);
        });
        MethodDef.noArgs(t, "tell", self -> {
            s(self).check();
            return PyInt.of(s(self).pos);
        });
        MethodDef.method(t, "truncate", (self, args, kw) -> {
            PyObject a = IOBases.optionalArg("truncate", args, kw);
            PyStringIO io = s(self);
            long n = a == null || a == PySingleton.NONE ? io.pos : IOBases.optionalSize(a);
            io.check();
            if (n < 0) throw PyErr.format(ExceptionTypes.VALUE_ERROR, "Negative size value %d", n);
            if (n < io.size) {
                io.buf.setLength(io.index((int) n));
                io.size = (int) n;
            }
            return PyInt.of(n);
        });
        MethodDef.noArgs(t, "close", self -> {
            s(self).closed = true;
            s(self).buf.setLength(0);
            s(self).size = 0;
            return PySingleton.NONE;
        });
        MethodDef.getter(t, "closed", self -> {
            s(self).checkInitialized();
            return PyBool.of(s(self).closed);
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            MethodDef.noArgs(t, name, self -> {
                s(self).check();
                return PyBool.TRUE;
            });
        }
        MethodDef.getter(t, "line_buffering", self -> {
            s(self).check();
            return PyBool.FALSE;
        });
        MethodDef.getter(t, "newlines", self -> {
            s(self).check();
            return s(self).decoder == null ? PySingleton.NONE : s(self).decoder.newlines();
        });
    }
}
