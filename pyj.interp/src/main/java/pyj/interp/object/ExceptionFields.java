// The attributes builtin exception classes keep in fixed fields: SyntaxError.lineno, OSError.errno, ...
package pyj.interp.object;

/**
 * CPython declares these as members of the exception's C struct, so they are readable and writable
 * but never appear in the instance {@code __dict__}. Each layout below belongs to one builtin class
 * and its subclasses; a field not yet set reads as None. The index constants let the runtime set
 * and read them without an attribute lookup.
 */
public final class ExceptionFields {
    private ExceptionFields() {}

    /** NameError and AttributeError. */
    public static final int NAME = 0;
    /** AttributeError. */
    public static final int OBJ = 1;

    public static final int IMPORT_MSG = 0;
    public static final int IMPORT_NAME = 1;
    public static final int IMPORT_PATH = 2;
    public static final int IMPORT_NAME_FROM = 3;

    public static final int OS_ERRNO = 0;
    public static final int OS_STRERROR = 1;
    public static final int OS_FILENAME = 2;
    public static final int OS_FILENAME2 = 3;
    public static final int OS_CHARACTERS_WRITTEN = 4;

    public static final int SYNTAX_MSG = 0;
    public static final int SYNTAX_FILENAME = 1;
    public static final int SYNTAX_LINENO = 2;
    public static final int SYNTAX_OFFSET = 3;
    public static final int SYNTAX_TEXT = 4;
    public static final int SYNTAX_END_LINENO = 5;
    public static final int SYNTAX_END_OFFSET = 6;
    public static final int SYNTAX_PRINT_FILE_AND_LINE = 7;

    public static final int EXIT_CODE = 0;

    public static final int UNICODE_ENCODING = 0;
    public static final int UNICODE_OBJECT = 1;
    public static final int UNICODE_START = 2;
    public static final int UNICODE_END = 3;
    public static final int UNICODE_REASON = 4;

    static final String[] NAME_LAYOUT = {"name"};
    static final String[] ATTRIBUTE_LAYOUT = {"name", "obj"};
    static final String[] IMPORT_LAYOUT = {"msg", "name", "path", "name_from"};
    static final String[] OS_LAYOUT = {"errno", "strerror", "filename", "filename2"};
    static final int OS_WIDTH = 5;
    static final String[] SYNTAX_LAYOUT = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
        "print_file_and_line"};
    static final String[] EXIT_LAYOUT = {"code"};
    static final String[] UNICODE_LAYOUT = {"encoding", "object", "start", "end", "reason"};

    /** Adds a member descriptor to {@code t} for each name, backed by the field of the same index. */
    static void define(PyType t, String[] layout) {
        define(t, layout, layout.length);
    }

    static void define(PyType t, String[] names, int width) {
        for (int i = 0; i < names.length; i++) {
            int index = i;
            MethodDef.getset(t, names[i], self -> orNone(((PyBaseException) self).field(index)),
                    (self, v) -> ((PyBaseException) self).setField(index, width, v));
        }
    }

    /** A field's value, None when unset. */
    public static PyObject get(PyBaseException e, int index) {
        return orNone(e.field(index));
    }

    static PyObject orNone(PyObject o) { return o == null ? PySingleton.NONE : o; }

    /** NameError.name / AttributeError.name (and .obj) for suggestions in tracebacks. */
    public static void setName(PyBaseException e, PyObject name) {
        e.setField(NAME, 2, name);
    }

    public static void setAttributeTarget(PyBaseException e, PyObject obj, PyObject name) {
        e.setField(NAME, 2, name);
        e.setField(OBJ, 2, obj);
    }

    public static void setImportNames(PyBaseException e, PyObject module, PyObject nameFrom) {
        e.setField(IMPORT_NAME, IMPORT_LAYOUT.length, module);
        e.setField(IMPORT_NAME_FROM, IMPORT_LAYOUT.length, nameFrom);
    }
}
