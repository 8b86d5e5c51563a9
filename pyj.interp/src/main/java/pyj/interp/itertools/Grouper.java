// itertools._grouper: one run of a groupby, reading through its parent while it is the current run.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.CompareOp;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

final class Grouper extends ItertoolsObject {
    static final PyType TYPE = newType("_grouper", false, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("_grouper", kw);
            ArgParser.checkPositional("_grouper", args, null, 2, 2);
            if (!(args[0] instanceof GroupBy parent)) {
                throw PyErr.typeError("_grouper() argument 1 must be itertools.groupby, not " + args[0].type().name());
            }
            return new Grouper(parent, args[1]);
        };
        iteratorSlots(TYPE, self -> ((Grouper) self).next());
    }

    private final GroupBy parent;
    private final PyObject targetKey;

    Grouper(GroupBy parent, PyObject targetKey) {
        super(TYPE);
        this.parent = parent;
        this.targetKey = targetKey;
        parent.setCurrentGrouper(this);
    }

    private PyObject next() {
        if (!parent.isCurrentGrouper(this)) return null;
        if (!parent.hasCurrentValue() && !parent.step()) return null;
        if (!ObjectProtocol.richCompareBool(targetKey, parent.currentKey(), CompareOp.EQ)) return null;
        return parent.takeCurrent();
    }
}
