// Java I/O failures as the OSError subclasses (with errno and strerror) CPython raises for them.
package pyj.interp.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyStr;

public final class OsErrors {
    private OsErrors() {}

    /** OSError(errno, strerror, filename), which picks the subclass (FileNotFoundError, ...) from errno. */
    public static PyException of(int errno, String strerror, String filename) {
        PyBaseException e = (PyBaseException) ObjectProtocol.call(ExceptionTypes.OS_ERROR, PyInt.of(errno),
                PyStr.of(strerror), PyStr.of(filename));
        return new PyException(e);
    }

    /** The OSError for an I/O exception on {@code filename}. */
    public static PyException of(IOException e, String filename) {
        if (e instanceof NoSuchFileException) return of(2, "No such file or directory", filename);
        if (e instanceof AccessDeniedException) return of(13, "Permission denied", filename);
        if (e instanceof FileAlreadyExistsException) return of(17, "File exists", filename);
        if (e instanceof NotDirectoryException) return of(20, "Not a directory", filename);
        if (e instanceof DirectoryNotEmptyException) return of(39, "Directory not empty", filename);
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("Is a directory")) return of(21, "Is a directory", filename);
        if (msg.contains("No such file")) return of(2, "No such file or directory", filename);
        if (msg.contains("Permission denied")) return of(13, "Permission denied", filename);
        return new PyException((PyBaseException) ObjectProtocol.call(ExceptionTypes.OS_ERROR, PyStr.of(msg)));
    }
}
