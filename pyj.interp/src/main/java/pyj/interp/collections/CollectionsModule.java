// The _collections module: deque, defaultdict and the helpers collections/__init__.py builds on.
package pyj.interp.collections;

import pyj.interp.object.MethodDef;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyStr;

/** CPython's _collections, less OrderedDict, which pyj's collections package defines in Python. */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.put("__doc__", PyStr.of("High performance data structures.\n"
                + "- deque:        ordered collection accessible from endpoints only\n"
                + "- defaultdict:  dict subclass with a default value factory\n"));
        m.put("deque", DequeType.TYPE);
        m.put("defaultdict", PyDefaultDict.TYPE);
        m.put("_deque_iterator", DequeIterator.FORWARD);
        m.put("_deque_reverse_iterator", DequeIterator.REVERSE);
        m.put("_tuplegetter", TupleGetter.TYPE);
        m.put("_count_elements", MethodDef.function(m, "_count_elements", (self, args, kw) -> CountElements.call(args, kw)));
        return m;
    }
}
