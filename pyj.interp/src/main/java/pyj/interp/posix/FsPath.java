// A path argument of an os function (str, bytes or os.PathLike) as the Java Path it names, remembering its kind for results.
package pyj.interp.posix;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;

/**
 * CPython's path_t: the object as given (for OSError.filename), its fspath form, and whether results
 * derived from it (listdir names, readlink) should be bytes.
 */
record FsPath(PyObject given, String text, boolean bytes) {

    /** os.fspath, the one io's open() uses. */
    static PyObject fspath(PyObject o) {
        return pyj.interp.io.PyFileIO.fspath(o);
    }

    /** The path argument {@code param} of function {@code func}, with CPython's message for a wrong type. */
    static FsPath of(String func, String param, PyObject o) {
        PyObject p;
        if (o instanceof PyStr || o instanceof PyBytes) {
            p = o;
        } else if (ObjectProtocol.lookupSpecial(o, PyStr.intern("__fspath__")) != null) {
            p = fspath(o);
        } else {
            // stat and listdir also take a file descriptor in CPython, and their message says so; pyj's
            // os has no descriptors, so an int gets the message of the functions that take none.
            boolean fdInMessage = (func.equals("stat") || func.equals("listdir")) && !(o instanceof PyInt);
            String tail = !fdInMessage ? " or os.PathLike" : func.equals("listdir") ? ", os.PathLike, integer or None"
                    : ", os.PathLike or integer";
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s: %s should be string, bytes%s, not %s", func, param,
                    tail, o.type().name());
        }
        boolean isBytes = p instanceof PyBytes;
        String text = isBytes ? new String(((PyBytes) p).data(), StandardCharsets.UTF_8) : ((PyStr) p).value();
        if (text.indexOf('\0') >= 0) throw PyErr.valueError(func + ": embedded null character in " + param);
        return new FsPath(o, text, isBytes);
    }

    /** The Java path; the empty path names no file, as for the system call. */
    Path path() {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw PyErr.valueError(e.getMessage());
        }
    }

    /** A name derived from this path, in the same kind (str or bytes). */
    PyObject result(String name) {
        return bytes ? new PyBytes(name.getBytes(StandardCharsets.UTF_8)) : PyStr.of(name);
    }
}
