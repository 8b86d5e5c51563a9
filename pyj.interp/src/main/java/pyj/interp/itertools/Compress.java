// itertools.compress: the data items whose paired selector is true.
package pyj.interp.itertools;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

final class Compress extends ItertoolsObject {
    static final PyType TYPE = newType("compress", true, null);
    private static final Signature ARGS = Signature.of("compress", 2, 2, "data", "selectors");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            PyObject data = ObjectProtocol.getIter(a[0]);
            return new Compress(type, data, ObjectProtocol.getIter(a[1]));
        };
        iteratorSlots(TYPE, self -> ((Compress) self).next());
    }

    private final PyObject data;
    private final PyObject selectors;

    private Compress(PyType type, PyObject data, PyObject selectors) {
        super(type);
        this.data = data;
        this.selectors = selectors;
    }

    private PyObject next() {
        while (true) {
            PyObject datum = ObjectProtocol.next(data);
            if (datum == null) return null;
            PyObject selector = ObjectProtocol.next(selectors);
            if (selector == null) return null;
            if (ObjectProtocol.isTrue(selector)) return datum;
        }
    }
}
