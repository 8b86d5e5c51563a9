// itertools._tee and tee(): independent iterators over one source, sharing the items read so far.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class Tee extends ItertoolsObject {
    static final PyType TYPE = newType("_tee", false, t ->
            MethodDef.noArgs(t, "__copy__", self -> ((Tee) self).copy()));
    private static final PyStr COPY = PyStr.intern("__copy__");

    static {
        TYPE.newFn = (type, args, kw) -> {
            ArgParser.noKeywords("_tee", kw);
            ArgParser.checkPositional("_tee", args, null, 1, 1);
            return fromIterable(args[0]);
        };
        iteratorSlots(TYPE, self -> ((Tee) self).next());
    }

    private TeeData block;
    private int index;

    private Tee(TeeData block, int index) {
        super(TYPE);
        this.block = block;
        this.index = index;
    }

    /** A tee over an iterable; over another tee it is a copy, so the two share one buffer. */
    static Tee fromIterable(PyObject iterable) {
        PyObject it = ObjectProtocol.getIter(iterable);
        if (it.type() == TYPE) return ((Tee) it).copy();
        return new Tee(new TeeData(it), 0);
    }

    /** tee(iterable, n=2): the source itself when it can copy itself, else a _tee, plus n-1 copies. */
    static PyObject tee(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("itertools.tee", kw);
        ArgParser.checkPositional("tee", args, null, 1, 2);
        long n = args.length > 1 ? ItertoolsArgs.ssize(args[1]) : 2;
        if (n < 0) throw PyErr.valueError("n must be >= 0");
        if (n == 0) return PyTuple.EMPTY;
        if (n > ItertoolsArgs.MAX_ARRAY) throw PyErr.memoryError();
        PyObject[] result = new PyObject[(int) n];
        PyObject it = ObjectProtocol.getIter(args[0]);
        PyObject copy = ObjectProtocol.lookupAttr(it, COPY);
        if (copy == null) {
            it = fromIterable(it);
            copy = ObjectProtocol.getAttr(it, COPY);
        }
        result[0] = it;
        for (int i = 1; i < result.length; i++) result[i] = ObjectProtocol.call(copy);
        return new PyTuple(result);
    }

    private Tee copy() {
        return new Tee(block, index);
    }

    private PyObject next() {
        if (index >= TeeData.CELLS) {
            block = block.nextBlock();
            index = 0;
        }
        PyObject value = block.get(index);
        if (value == null) return null;
        index++;
        return value;
    }
}
