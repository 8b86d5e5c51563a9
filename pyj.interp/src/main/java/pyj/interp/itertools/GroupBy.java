// itertools.groupby: runs of consecutive items with equal keys, each run as a (key, _grouper) pair.
package pyj.interp.itertools;

import pyj.interp.object.CompareOp;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * The groupby holds one look-ahead item and its key, shared with the current {@link Grouper}: only
 * the most recently made grouper may take items, and advancing the groupby skips the rest of the
 * current run, so an older grouper is simply empty.
 */
final class GroupBy extends ItertoolsObject {
    static final PyType TYPE = newType("groupby", true, null);
    private static final Signature ARGS = Signature.of("groupby", 1, 2, "iterable", "key");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            PyObject key = a[1] == null ? PySingleton.NONE : a[1];
            return new GroupBy(type, ObjectProtocol.getIter(a[0]), key);
        };
        iteratorSlots(TYPE, self -> ((GroupBy) self).next());
    }

    private final PyObject iterator;
    private final PyObject keyFunction;
    /** The key of the run being produced, null before the first. */
    private PyObject targetKey;
    /** The look-ahead item and its key (both null when there is none). */
    private PyObject currentKey;
    private PyObject currentValue;
    /** The grouper allowed to take items, or null. */
    private Grouper currentGrouper;

    private GroupBy(PyType type, PyObject iterator, PyObject keyFunction) {
        super(type);
        this.iterator = iterator;
        this.keyFunction = keyFunction;
    }

    private PyObject next() {
        currentGrouper = null;
        // Skip the rest of the current run.
        while (true) {
            if (currentKey != null) {
                if (targetKey == null) break;
                if (!ObjectProtocol.richCompareBool(targetKey, currentKey, CompareOp.EQ)) break;
            }
            if (!step()) return null;
        }
        targetKey = currentKey;
        return PyTuple.of(currentKey, new Grouper(this, targetKey));
    }

    /** Reads the next item and its key; false when the source is exhausted. */
    boolean step() {
        PyObject value = ObjectProtocol.next(iterator);
        if (value == null) return false;
        PyObject key = keyFunction == PySingleton.NONE ? value : ObjectProtocol.call(keyFunction, value);
        currentValue = value;
        currentKey = key;
        return true;
    }

    void setCurrentGrouper(Grouper g) { currentGrouper = g; }

    boolean isCurrentGrouper(Grouper g) { return currentGrouper == g; }

    PyObject currentKey() { return currentKey; }

    boolean hasCurrentValue() { return currentValue != null; }

    /** Hands the look-ahead item to the grouper and forgets it. */
    PyObject takeCurrent() {
        PyObject v = currentValue;
        currentValue = null;
        currentKey = null;
        return v;
    }
}
