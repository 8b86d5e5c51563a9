// The _functools module: partial, reduce and cmp_to_key, which functools.py re-exports.
package pyj.interp.functools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBuiltinFunction;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyMappingProxy;
import pyj.interp.object.MethodDef;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;

public final class FunctoolsModule {
    private FunctoolsModule() {}

    private static final SingleParameter CMP_TO_KEY = new SingleParameter("cmp_to_key", "mycmp");

    public static PyModule create() {
        PyModule m = new PyModule("_functools");
        m.put("__doc__", PyStr.of("Tools that operate on functions."));
        m.put("reduce", new PyBuiltinFunction("reduce", "reduce", m, (self, args, kw) -> reduce(args, kw),
                REDUCE_DOC));
        m.put("cmp_to_key", new PyBuiltinFunction("cmp_to_key", "cmp_to_key", m,
                (self, args, kw) -> new KeyWrapper(CMP_TO_KEY.bind(args, kw), null),
                "Convert a cmp= function into a key= function.\n\n  mycmp\n    Function that compares two "
                        + "objects."));
        m.put("partial", PyPartial.TYPE);
        m.put("_lru_cache_wrapper", LruCacheWrapper.TYPE);
        // functools.py's stand-in for types.MappingProxyType (pyj has no types module), for singledispatch's registry.
        m.put("_mappingproxy", MethodDef.function1(m, "_mappingproxy", PyMappingProxy::new));
        return m;
    }

    private static final String REDUCE_DOC = """
            reduce(function, iterable[, initial], /) -> value

            Apply a function of two arguments cumulatively to the items of a sequence
            or iterable, from left to right, so as to reduce the iterable to a single
            value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
            ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
            of the iterable in the calculation, and serves as a default when the
            iterable is empty.""";

    /** reduce(function, iterable[, initial]) with CPython's METH_VARARGS messages. */
    private static PyObject reduce(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("reduce", kw);
        ArgParser.checkPositional("reduce", args, kw, 2, 3);
        PyObject function = args[0];
        PyObject it;
        try {
            it = ObjectProtocol.getIter(args[1]);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) throw PyErr.typeError("reduce() arg 2 must support iteration");
            throw e;
        }
        PyObject result = args.length == 3 ? args[2] : null;
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
            result = result == null ? x : ObjectProtocol.call(function, result, x);
        }
        if (result == null) throw PyErr.typeError("reduce() of empty iterable with no initial value");
        return result;
    }
}
