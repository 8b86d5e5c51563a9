// functools._lru_cache_wrapper: the callable lru_cache puts around a function, with its cache and statistics.
package pyj.interp.functools;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import pyj.interp.eval.PyMethod;
import pyj.interp.object.ArgParser;
import pyj.interp.object.CompareOp;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * The cache maps CPython's lru_cache key (the lone argument for a single exact int or str, else a
 * tuple of the arguments, a marker and the keyword items, then the argument types when typed) to
 * the result. A key's hash is computed once per call, as CPython's known-hash lookups do; an
 * access-ordered map keeps the least recently used entry first for eviction.
 */
public final class LruCacheWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", PyType.OBJECT,
            PyType.METHOD_DESCRIPTOR, LruCacheWrapper::defineMethods);

    private static final ArgParser NEW = new ArgParser("lru_cache", 4, "user_function", "maxsize", "typed",
            "cache_info_type");
    /** maxsize of a cache without a bound. */
    private static final long UNBOUNDED = -1;
    /** Separates positional from keyword arguments in a key (CPython's kwd_mark). */
    private static final PyObject KEYWORD_MARK = ObjectProtocol.call(PyType.OBJECT);

    static {
        TYPE.setDoc("Create a cached callable that wraps another function.\n\n"
                + "user_function:      the function being cached\n\n"
                + "maxsize:  0         for no caching\n"
                + "          None      for unlimited cache size\n"
                + "          n         for a bounded cache\n\n"
                + "typed:    False     cache f(3) and f(3.0) as identical calls\n"
                + "          True      cache f(3) and f(3.0) as distinct calls\n\n"
                + "cache_info_type:    namedtuple class with the fields:\n"
                + "                        hits misses currsize maxsize\n");
        TYPE.setInstancesHaveDict(true);
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = NEW.parse(args, kw);
            if (a[0].type().call == null) throw PyErr.typeError("the first argument must be callable");
            long maxsize;
            if (a[1] == PySingleton.NONE) {
                maxsize = UNBOUNDED;
            } else if (a[1] instanceof PyInt n) {
                maxsize = Math.max(0, n.asSsize());
            } else {
                throw PyErr.typeError("maxsize should be integer or None");
            }
            return new LruCacheWrapper(a[0], maxsize, ObjectProtocol.isTrue(a[2]), a[3]);
        };
        TYPE.call = (self, args, kw) -> ((LruCacheWrapper) self).invoke(args, kw);
        TYPE.descrGet = (self, obj, type) -> obj == null || obj == PySingleton.NONE ? self : new PyMethod(self, obj);
    }

    private static void defineMethods(PyType t) {
        MethodDef.noArgs(t, "cache_info", self -> ((LruCacheWrapper) self).info());
        MethodDef.noArgs(t, "cache_clear", self -> {
            ((LruCacheWrapper) self).clear();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "__reduce__", self -> ObjectProtocol.getAttr(self, "__qualname__"));
        MethodDef.noArgs(t, "__copy__", self -> self);
        MethodDef.oneArg(t, "__deepcopy__", (self, memo) -> self);
        MethodDef.getset(t, "__dict__", self -> ((LruCacheWrapper) self).ensureDict(), (self, value) -> {
            if (value == null) throw PyErr.typeError("cannot delete __dict__");
            if (!(value instanceof PyDict d)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%s'",
                        value.type().name());
            }
            ((LruCacheWrapper) self).dict = d;
        });
    }

    /** A cache key with its hash computed once; equal as dict keys are (identity, then ==). */
    private record Key(PyObject key, long hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash
                    && (k.key == key || ObjectProtocol.richCompareBool(k.key, key, CompareOp.EQ));
        }

        @Override
        public int hashCode() { return Long.hashCode(hash); }
    }

    private final PyObject function;
    private final long maxsize;
    private final boolean typed;
    private final PyObject cacheInfoType;
    private final LinkedHashMap<Key, PyObject> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long misses;
    private PyDict dict;

    private LruCacheWrapper(PyObject function, long maxsize, boolean typed, PyObject cacheInfoType) {
        this.function = function;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    @Override
    public PyType type() { return TYPE; }

    private PyObject invoke(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return ObjectProtocol.call(function, args, kwnames);
        }
        PyObject k = makeKey(args, kwnames);
        Key key = new Key(k, ObjectProtocol.hash(k));
        PyObject cached = cache.get(key);
        if (cached != null) {
            hits++;
            return cached;
        }
        misses++;
        PyObject result = ObjectProtocol.call(function, args, kwnames);
        if (maxsize == UNBOUNDED) {
            cache.put(key, result);
            return result;
        }
        // A recursive call may have cached this key meanwhile; its entry stands.
        if (cache.containsKey(key)) return result;
        if (cache.size() >= maxsize) {
            Iterator<Map.Entry<Key, PyObject>> eldest = cache.entrySet().iterator();
            eldest.next();
            eldest.remove();
        }
        cache.put(key, result);
        return result;
    }

    private PyObject makeKey(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1 && (args[0].type() == PyStr.TYPE || args[0].type() == PyInt.TYPE)) return args[0];
            return new PyTuple(args.clone());
        }
        int size = npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (typed ? npos + nkw : 0);
        PyObject[] key = new PyObject[size];
        int i = 0;
        for (int j = 0; j < npos; j++) key[i++] = args[j];
        if (nkw > 0) {
            key[i++] = KEYWORD_MARK;
            for (int j = 0; j < nkw; j++) {
                key[i++] = PyStr.intern(kwnames[j]);
                key[i++] = args[npos + j];
            }
        }
        if (typed) {
            for (int j = 0; j < npos; j++) key[i++] = args[j].type();
            for (int j = 0; j < nkw; j++) key[i++] = args[npos + j].type();
        }
        return new PyTuple(key);
    }

    private PyObject info() {
        PyObject size = maxsize == UNBOUNDED ? PySingleton.NONE : PyInt.of(maxsize);
        return ObjectProtocol.call(cacheInfoType, PyInt.of(hits), PyInt.of(misses), size, PyInt.of(cache.size()));
    }

    private void clear() {
        hits = 0;
        misses = 0;
        cache.clear();
    }

    private PyDict ensureDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public PyDict dict() { return dict; }

    @Override
    public boolean storeInstanceAttribute(PyStr name, PyObject value) {
        ensureDict().putStr(name, value);
        return true;
    }
}
