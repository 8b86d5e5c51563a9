// itertools._tee_dataobject: one block of the buffer that tee iterators share, linked to the next block.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

/**
 * The items read from the source are kept in fixed-size blocks (CPython's 57 cells), so a block
 * that every tee has moved past is garbage and memory stays proportional to how far apart the
 * tees are, not to how much has been read.
 */
final class TeeData extends ItertoolsObject {
    static final PyType TYPE = newType("_tee_dataobject", false, null);
    static final int CELLS = 57;

    static {
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("teedataobject", kw);
            ArgParser.checkPositional("teedataobject", args, null, 3, 3);
            if (!(args[1] instanceof PyList values)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "teedataobject() argument 2 must be list, not %s",
                        args[1].type().name());
            }
            return restore(args[0], values, args[2]);
        };
    }

    private final PyObject source;
    private final PyObject[] values = new PyObject[CELLS];
    private int read;
    private boolean running;
    private TeeData nextBlock;

    TeeData(PyObject source) {
        super(TYPE);
        this.source = source;
    }

    /** The constructor's rebuilding of a block from its items; a block links on only when full. */
    private static TeeData restore(PyObject source, PyList values, PyObject next) {
        int n = values.size();
        if (n > CELLS) throw invalid();
        TeeData block = new TeeData(source);
        for (int i = 0; i < n; i++) block.values[i] = values.get(i);
        block.read = n;
        if (next != PySingleton.NONE) {
            if (n != CELLS || next.type() != TYPE) throw invalid();
            block.nextBlock = (TeeData) next;
        }
        return block;
    }

    private static PyException invalid() {
        return PyErr.valueError("Invalid arguments");
    }

    /** The block after this one, made on first use. */
    TeeData nextBlock() {
        if (nextBlock == null) nextBlock = new TeeData(source);
        return nextBlock;
    }

    /** Item {@code i}: buffered, or read from the source by the tee that is furthest ahead; null at the end. */
    PyObject get(int i) {
        if (i < read) return values[i];
        if (running) throw PyErr.newException(ExceptionTypes.RUNTIME_ERROR, "cannot re-enter the tee iterator");
        running = true;
        PyObject value;
        try {
            value = ObjectProtocol.next(source);
        } finally {
            running = false;
        }
        if (value == null) return null;
        values[read++] = value;
        return value;
    }
}
