// Java I/O failures as the OSError subclasses (with errno and strerror) CPython raises for them, and io.UnsupportedOperation.
package pyj.interp.io;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

public final class OsErrors {
    private OsErrors() {}

    public static final int EBADF = 9;
    public static final int EINVAL = 22;

    /**
     * glibc's strerror texts and their errno values. Java reports a failed system call through the
     * message (or {@link FileSystemException#getReason()}) only, so the text is how errno is recovered.
     */
    private static final String[] STRERROR = {
        "Operation not permitted", "No such file or directory", null, "Interrupted system call",
        "Input/output error", "No such device or address", null, null, "Bad file descriptor", null,
        "Resource temporarily unavailable", null, "Permission denied", null, null, "Device or resource busy",
        "File exists", null, null, "Not a directory", "Is a directory", "Invalid argument", null,
        "Too many open files", null, "Text file busy", "File too large", "No space left on device", "Illegal seek",
        "Read-only file system", null, "Broken pipe", null, null, null, "File name too long", null, null,
        "Directory not empty", "Too many levels of symbolic links",
    };

    /** OSError(errno, strerror, filename), which picks the subclass (FileNotFoundError, ...) from errno. */
    public static PyException of(int errno, String strerror, String filename) {
        return of(errno, strerror, filename == null ? null : PyStr.of(filename));
    }

    /** OSError(errno, strerror[, filename]); the filename is the object the caller was given (str, bytes, ...). */
    public static PyException of(int errno, String strerror, PyObject filename) {
        PyBaseException e = (PyBaseException) (filename == null
                ? ObjectProtocol.call(ExceptionTypes.OS_ERROR, PyInt.of(errno), PyStr.of(strerror))
                : ObjectProtocol.call(ExceptionTypes.OS_ERROR, PyInt.of(errno), PyStr.of(strerror), filename));
        return new PyException(e);
    }

    /** OSError with only an errno, its strerror looked up: {@code [Errno 9] Bad file descriptor}. */
    public static PyException of(int errno) {
        return of(errno, strerror(errno), (PyObject) null);
    }

    /** The OSError for an I/O exception on {@code filename}. */
    public static PyException of(IOException e, String filename) {
        return of(e, filename == null ? null : PyStr.of(filename));
    }

    /** The OSError for an I/O exception, naming {@code filename} (null for none). */
    public static PyException of(IOException e, PyObject filename) {
        if (e instanceof NoSuchFileException) return of(2, "No such file or directory", filename);
        if (e instanceof AccessDeniedException) return of(13, "Permission denied", filename);
        if (e instanceof FileAlreadyExistsException) return of(17, "File exists", filename);
        if (e instanceof NotDirectoryException) return of(20, "Not a directory", filename);
        if (e instanceof DirectoryNotEmptyException) return of(39, "Directory not empty", filename);
        if (e instanceof ClosedChannelException) return of(EBADF, strerror(EBADF), filename);
        String msg = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        for (int i = 0; i < STRERROR.length; i++) {
            if (STRERROR[i] != null && msg.contains(STRERROR[i])) return of(i + 1, STRERROR[i], filename);
        }
        return new PyException((PyBaseException) ObjectProtocol.call(ExceptionTypes.OS_ERROR, PyStr.of(msg)));
    }

    static String strerror(int errno) {
        String s = errno >= 1 && errno <= STRERROR.length ? STRERROR[errno - 1] : null;
        return s != null ? s : "Unknown error " + errno;
    }

    // ---- io.UnsupportedOperation -----------------------------------------------------------

    private static PyType unsupportedOperation;

    /**
     * io.UnsupportedOperation, created as CPython's _io module creates it: a class statement's
     * equivalent with bases (OSError, ValueError), so that either except clause catches it.
     */
    public static synchronized PyType unsupportedOperation() {
        if (unsupportedOperation == null) {
            PyDict ns = new PyDict();
            ns.putStr(PyStr.intern("__module__"), PyStr.intern("io"));
            unsupportedOperation = (PyType) ObjectProtocol.call(PyType.TYPE, PyStr.intern("UnsupportedOperation"),
                    PyTuple.of(ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR), ns);
        }
        return unsupportedOperation;
    }

    /** io.UnsupportedOperation(message). */
    public static PyException unsupported(String message) {
        return PyErr.newException(unsupportedOperation(), message);
    }
}
