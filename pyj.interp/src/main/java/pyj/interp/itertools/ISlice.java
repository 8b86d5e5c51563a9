// itertools.islice: the items of an iterator at positions start, start+step, ... below stop.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

/**
 * Positions are machine words as in CPython (0 <= x <= sys.maxsize); the iterator is read only as
 * far as the next position needed, and never past {@code stop}.
 */
final class ISlice extends ItertoolsObject {
    static final PyType TYPE = newType("islice", true, null);
    private static final long NO_STOP = -1;
    private static final String STOP_MESSAGE =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    static {
        TYPE.newFn = ISlice::create;
        iteratorSlots(TYPE, self -> ((ISlice) self).next());
    }

    private static PyObject create(PyType type, PyObject[] args, String[] kw) {
        ItertoolsArgs.noKeywords(type, TYPE, "islice", kw);
        args = ItertoolsArgs.positional(args, kw);
        ArgParser.checkPositional("islice", args, null, 2, 4);
        long start = 0;
        long stop = NO_STOP;
        long step = 1;
        if (args.length == 2) {
            if (args[1] != PySingleton.NONE) {
                stop = indexOrMinusOne(args[1]);
                if (stop == -1) throw PyErr.valueError(STOP_MESSAGE);
            }
        } else {
            if (args[1] != PySingleton.NONE) start = indexOrMinusOne(args[1]);
            if (args[2] != PySingleton.NONE) {
                stop = indexOrMinusOne(args[2]);
                if (stop == -1) throw PyErr.valueError(STOP_MESSAGE);
            }
        }
        if (start < 0 || stop < -1) {
            throw PyErr.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        if (args.length == 4 && args[3] != PySingleton.NONE) step = indexOrMinusOne(args[3]);
        if (step < 1) throw PyErr.valueError("Step for islice() must be a positive integer or None.");
        return new ISlice(type, ObjectProtocol.getIter(args[0]), start, stop, step);
    }

    /** CPython converts each index and, on any error, carries on with -1 to report its own message. */
    private static long indexOrMinusOne(PyObject o) {
        try {
            return ItertoolsArgs.ssize(o);
        } catch (PyException e) {
            return -1;
        }
    }

    /** The source, dropped when exhausted, failed or past stop. */
    private PyObject iterator;
    /** How many items have been read from the source. */
    private long count;
    /** The position of the next item to produce. */
    private long nextPosition;
    private final long stop;
    private final long step;

    private ISlice(PyType type, PyObject iterator, long start, long stop, long step) {
        super(type);
        this.iterator = iterator;
        this.nextPosition = start;
        this.stop = stop;
        this.step = step;
    }

    private PyObject next() {
        if (iterator == null) return null;
        try {
            while (count < nextPosition) {
                if (ObjectProtocol.next(iterator) == null) return exhausted();
                count++;
            }
            if (stop != NO_STOP && count >= stop) return exhausted();
            PyObject item = ObjectProtocol.next(iterator);
            if (item == null) return exhausted();
            count++;
            long old = nextPosition;
            nextPosition += step;
            if (nextPosition < old || (stop != NO_STOP && nextPosition > stop)) nextPosition = stop;
            return item;
        } catch (PyException e) {
            iterator = null;
            throw e;
        }
    }

    private PyObject exhausted() {
        iterator = null;
        return null;
    }
}
