// The itertools module: its iterator types and the tee() function.
package pyj.interp.itertools;

import pyj.interp.object.MethodDef;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyType;

public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        PyType[] types = {
            Count.TYPE, Cycle.TYPE, Repeat.TYPE, Accumulate.TYPE, Batched.TYPE, Chain.TYPE, Compress.TYPE,
            DropWhile.TYPE, TakeWhile.TYPE, FilterFalse.TYPE, StarMap.TYPE, Pairwise.TYPE, GroupBy.TYPE,
            Grouper.TYPE, ISlice.TYPE, Tee.TYPE, TeeData.TYPE, ZipLongest.TYPE, Product.TYPE,
            Permutations.TYPE, Combinations.TYPE, CombinationsWithReplacement.TYPE,
        };
        for (PyType t : types) m.put(t.simpleName(), t);
        m.put("tee", MethodDef.function(m, "tee", (self, args, kw) -> Tee.tee(args, kw)));
        return m;
    }
}
