// The builtin open() (also io.open and _io.open): mode checks, then FileIO, a Buffered* class and TextIOWrapper.
package pyj.interp.io;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBuiltinFunction;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/** CPython's _io_open_impl, step for step, with its messages. */
public final class OpenFunction {
    private OpenFunction() {}

    /**
     * How open() issues its RuntimeWarning. The warnings package writes its reports through io's
     * streams, so it cannot be a dependency of io; the runtime installs it here.
     */
    @FunctionalInterface
    public interface WarningHook {
        void warn(PyType category, String message, int stacklevel);
    }

    private static volatile WarningHook warnings = (category, message, stacklevel) -> { };

    public static void setWarningHook(WarningHook hook) { warnings = hook; }

    private static final ArgParser ARGS = new ArgParser("open", 1, "file", "mode", "buffering", "encoding", "errors",
            "newline", "closefd", "opener");

    /** One function object, so that {@code open is io.open} as in CPython. */
    public static final PyBuiltinFunction OPEN = new PyBuiltinFunction("open", "open", null,
            (self, args, kw) -> {
                if (args.length == 0) throw PyErr.typeError("open() missing required argument 'file' (pos 1)");
                return open(ARGS.parse(args, kw));
            }, null);

    /** io.open_code(path): open(path, 'rb'), for str paths only. */
    static final PyBuiltinFunction OPEN_CODE = new PyBuiltinFunction("open_code", "open_code", null, (self, args, kw) -> {
        PyObject path = new ArgParser("open_code", 1, "path").parse(args, kw)[0];
        if (!(path instanceof PyStr)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "open_code() argument 'path' must be str, not %s",
                    path.type().name());
        }
        return open(new PyObject[] {path, PyStr.intern("rb"), null, null, null, null, null, null});
    }, null);

    private static String optionalString(PyObject o, String arg) {
        if (o == null || o == PySingleton.NONE) return null;
        if (o instanceof PyStr s) return withoutNul(s.value());
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "open() argument '%s' must be str or None, not %s", arg,
                o.type().name());
    }

    static PyObject open(PyObject[] a) {
        PyObject file = a[0];
        String mode = "r";
        if (a[1] != null) {
            if (!(a[1] instanceof PyStr m)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "open() argument 'mode' must be str, not %s",
                        a[1].type().name());
            }
            mode = withoutNul(m.value());
        }
        long buffering = a[2] == null ? -1 : ObjectProtocol.index(a[2]);
        PyObject encoding = a[3] == null ? PySingleton.NONE : a[3];
        PyObject errors = a[4] == null ? PySingleton.NONE : a[4];
        PyObject newline = a[5] == null ? PySingleton.NONE : a[5];
        String encodingStr = optionalString(encoding, "encoding");
        String errorsStr = optionalString(errors, "errors");
        String newlineStr = optionalString(newline, "newline");
        boolean closefd = a[6] == null || ObjectProtocol.isTrue(a[6]);
        PyObject opener = a[7] == null ? PySingleton.NONE : a[7];

        boolean isNumber = file instanceof PyInt || file.type().index != null || file.type().intFn != null
                || file.type().floatFn != null;
        PyObject pathOrFd = isNumber || file instanceof PyStr || file instanceof PyBytes ? file : PyFileIO.fspath(file);

        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> throw invalidMode(mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) throw invalidMode(mode);
        }
        StringBuilder rawmode = new StringBuilder();
        if (creating) rawmode.append('x');
        if (reading) rawmode.append('r');
        if (writing) rawmode.append('w');
        if (appending) rawmode.append('a');
        if (updating) rawmode.append('+');

        if (text && binary) throw PyErr.valueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encodingStr != null) throw PyErr.valueError("binary mode doesn't take an encoding argument");
        if (binary && errorsStr != null) throw PyErr.valueError("binary mode doesn't take an errors argument");
        if (binary && newlineStr != null) throw PyErr.valueError("binary mode doesn't take a newline argument");
        if (binary && buffering == 1) {
            warnings.warn(ExceptionTypes.RUNTIME_WARNING, "line buffering (buffering=1) isn't supported in binary mode, "
                    + "the default buffer size will be used", 1);
        }

        PyFileIO raw = PyFileIO.open(pathOrFd, rawmode.toString(), closefd, opener);
        PyObject result = raw;
        try {
            boolean lineBuffering = false;
            boolean isatty = false;
            if (buffering < 0) isatty = ObjectProtocol.isTrue(ObjectProtocol.callMethod(raw, "isatty"));
            if (buffering == 1 || isatty) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) buffering = PyFileIO.BLKSIZE;
            if (buffering == 0) {
                if (!binary) throw PyErr.valueError("can't have unbuffered text I/O");
                return result;
            }
            PyType bufferType = updating ? PyBuffered.RANDOM_TYPE
                    : creating || writing || appending ? PyBuffered.WRITER_TYPE
                    : PyBuffered.READER_TYPE;
            PyBuffered buffer = PyBuffered.create(bufferType, raw, (int) Math.min(buffering, Integer.MAX_VALUE - 8));
            result = buffer;
            boolean writable = updating || creating || writing || appending;
            DescriptorTable.current().track(buffer, writable);
            if (binary) return result;
            PyTextIO wrapper = PyTextIO.create(buffer, encoding, errors, newline, lineBuffering, false);
            result = wrapper;
            DescriptorTable.current().track(wrapper, writable);
            wrapper.dict().putStr(PyStr.intern("mode"), PyStr.of(mode));
            return result;
        } catch (PyException e) {
            try {
                ObjectProtocol.callMethod(result, "close");
            } catch (PyException closing) {
                throw IOBases.chain(e, closing);
            }
            throw e;
        }
    }

    /** Argument Clinic's str converter refuses NUL characters. */
    private static String withoutNul(String s) {
        if (s.indexOf('\0') >= 0) throw PyErr.valueError("embedded null character");
        return s;
    }

    private static PyException invalidMode(String mode) {
        return PyErr.format(ExceptionTypes.VALUE_ERROR, "invalid mode: '%s'", mode);
    }
}
