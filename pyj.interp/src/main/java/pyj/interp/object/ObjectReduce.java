// object.__reduce_ex__, object.__reduce__ and object.__getstate__: the default pickling protocol that copy and pickle build on.
package pyj.interp.object;

import java.util.function.Function;

/**
 * The default reduction of an instance (CPython's reduce_newobj and _common_reduce): protocol 2
 * and up rebuilds through {@code copyreg.__newobj__}/{@code __newobj_ex__} with the state from
 * {@code __getstate__}; older protocols defer to {@code copyreg._reduce_ex}.
 */
public final class ObjectReduce {
    private ObjectReduce() {}

    /**
     * Imports a module by absolute name. The import system lives in a package that depends on
     * this one, so it installs itself here when it is created.
     */
    public static Function<String, PyObject> moduleImporter;

    private static final class Names {
        static final PyStr REDUCE = PyStr.intern("__reduce__");
        static final PyStr GETSTATE = PyStr.intern("__getstate__");
        static final PyStr GETNEWARGS = PyStr.intern("__getnewargs__");
        static final PyStr GETNEWARGS_EX = PyStr.intern("__getnewargs_ex__");
        static final PyStr SLOTNAMES = PyStr.intern("__slotnames__");
    }

    static void define(PyType t) {
        MethodDef.method(t, "__reduce_ex__", (self, args, kw) -> {
            ArgParser.noKeywords("object.__reduce_ex__", kw);
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "object.__reduce_ex__() takes exactly one argument (%d given)", args.length);
            }
            return reduceEx(self, protocolArg(args[0]));
        });
        MethodDef.noArgs(t, "__reduce__", self -> commonReduce(self, 0));
        MethodDef.noArgs(t, "__getstate__", self -> defaultState(self, false));
    }

    private static int protocolArg(PyObject o) {
        long p = ObjectProtocol.index(o);
        if (p > Integer.MAX_VALUE || p < Integer.MIN_VALUE) {
            throw PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        return (int) p;
    }

    private static PyObject reduceEx(PyObject self, int protocol) {
        PyObject reduce = ObjectProtocol.lookupAttr(self, Names.REDUCE);
        if (reduce != null) {
            PyObject clsReduce = ObjectProtocol.getAttr(self.type(), Names.REDUCE);
            if (clsReduce != PyType.OBJECT.dict().getStr(Names.REDUCE)) return ObjectProtocol.call(reduce);
        }
        return commonReduce(self, protocol);
    }

    private static PyObject commonReduce(PyObject self, int protocol) {
        if (protocol >= 2) return reduceNewObj(self);
        return ObjectProtocol.call(copyregAttr("_reduce_ex"), self, PyInt.of(protocol));
    }

    private static PyObject copyregAttr(String name) {
        return ObjectProtocol.getAttr(moduleImporter.apply("copyreg"), name);
    }

    /** The arguments for {@code cls.__new__}: a pair (args, kwargs), or null when the class defines neither hook. */
    private static PyObject[] newArguments(PyObject self) {
        PyObject ex = ObjectProtocol.lookupSpecial(self, Names.GETNEWARGS_EX);
        if (ex != null) {
            PyObject r = ObjectProtocol.call(ex);
            if (!(r instanceof PyTuple pair)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__getnewargs_ex__ should return a tuple, not '%s'",
                        r.type().name());
            }
            if (pair.size() != 2) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR,
                        "__getnewargs_ex__ should return a tuple of length 2, not %d", pair.size());
            }
            if (!(pair.get(0) instanceof PyTuple)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        pair.get(0).type().name());
            }
            if (!(pair.get(1) instanceof PyDict)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        pair.get(1).type().name());
            }
            return new PyObject[] {pair.get(0), pair.get(1)};
        }
        PyObject plain = ObjectProtocol.lookupSpecial(self, Names.GETNEWARGS);
        if (plain != null) {
            PyObject r = ObjectProtocol.call(plain);
            if (!(r instanceof PyTuple)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__getnewargs__ should return a tuple, not '%s'",
                        r.type().name());
            }
            return new PyObject[] {r, null};
        }
        return null;
    }

    private static PyObject reduceNewObj(PyObject self) {
        PyType cls = self.type();
        PyObject[] newArgs = newArguments(self);
        PyObject args = newArgs == null ? null : newArgs[0];
        PyObject kwargs = newArgs == null ? null : newArgs[1];
        PyObject newObj;
        PyTuple callArgs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newObj = copyregAttr("__newobj__");
            PyObject[] items = args == null ? new PyObject[0] : ((PyTuple) args).items();
            PyObject[] all = new PyObject[items.length + 1];
            all[0] = cls;
            System.arraycopy(items, 0, all, 1, items.length);
            callArgs = new PyTuple(all);
        } else {
            newObj = copyregAttr("__newobj_ex__");
            callArgs = PyTuple.of(cls, args, kwargs);
        }
        boolean isList = self instanceof PyList;
        boolean isDict = self instanceof PyDict;
        PyObject state = state(self, !(args != null || isList || isDict));
        PyObject listItems = isList ? ObjectProtocol.getIter(self) : PySingleton.NONE;
        PyObject dictItems = isDict ? ObjectProtocol.getIter(ObjectProtocol.callMethod(self, "items"))
                : PySingleton.NONE;
        return PyTuple.of(newObj, callArgs, state, listItems, dictItems);
    }

    /** set.__reduce__ and frozenset.__reduce__: rebuilt from a list of the items, plus any instance state. */
    static PyObject reduceSet(PyObject self) {
        PyList items = new PyList();
        PyObject it = ObjectProtocol.getIter(self);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) items.append(x);
        return PyTuple.of(self.type(), PyTuple.of(items), state(self, false));
    }

    /** The state to pickle: an overriding __getstate__'s result, or the default one. */
    private static PyObject state(PyObject self, boolean required) {
        PyDict d = self.dict();
        boolean ownInDict = d != null && d.getStr(Names.GETSTATE) != null;
        if (!ownInDict && self.type().lookup(Names.GETSTATE) == PyType.OBJECT.dict().getStr(Names.GETSTATE)) {
            return defaultState(self, required);
        }
        return ObjectProtocol.call(ObjectProtocol.getAttr(self, Names.GETSTATE));
    }

    /**
     * object.__getstate__: None, the instance dict, or (dict-or-None, slots) when __slots__ hold
     * values. When the state is required, an instance whose builtin base keeps data the state
     * cannot carry is refused.
     */
    private static PyObject defaultState(PyObject self, boolean required) {
        if (required && self.type().solid() != PyType.OBJECT) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot pickle '%s' object", self.type().name());
        }
        PyDict d = self.dict();
        PyObject state = d == null || d.size() == 0 ? PySingleton.NONE : d;
        PyObject names = slotNames(self.type());
        if (names instanceof PyList list && list.size() > 0) {
            PyDict slots = new PyDict();
            PyObject it = ObjectProtocol.getIter(list);
            for (PyObject name; (name = ObjectProtocol.next(it)) != null; ) {
                PyObject value = name instanceof PyStr s ? ObjectProtocol.lookupAttr(self, s) : null;
                if (value != null) slots.put(name, value);
            }
            if (slots.size() > 0) state = PyTuple.of(state, slots);
        }
        return state;
    }

    /** The type's cached __slotnames__, computed by copyreg._slotnames the first time. */
    private static PyObject slotNames(PyType cls) {
        PyObject cached = cls.dict().getStr(Names.SLOTNAMES);
        if (cached != null) {
            if (cached instanceof PyList || cached == PySingleton.NONE) return cached;
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__slotnames__ should be a list or None, not %s",
                    cls.name(), cached.type().name());
        }
        PyObject names = ObjectProtocol.call(copyregAttr("_slotnames"), cls);
        if (!(names instanceof PyList) && names != PySingleton.NONE) {
            throw PyErr.typeError("copyreg._slotnames didn't return a list or None");
        }
        return names;
    }
}
