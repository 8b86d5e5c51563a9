// dict's slots and methods, and the keys/values/items views and their iterators.
package pyj.interp.object;

final class DictMethods {
    private DictMethods() {}

    static PyDict d(PyObject o) { return (PyDict) o; }

    static void fillSlots(PyType t) {
        t.repr = DictMethods::repr;
        t.hash = HeapSlots.UNHASHABLE;
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyDict y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            boolean eq = equal(d(a), y);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.length = self -> d(self).size();
        t.getitem = DictMethods::getitem;
        t.setitem = (self, key, value) -> {
            if (value == null) {
                if (d(self).remove(key) == null) throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, key);
            } else {
                d(self).put(key, value);
            }
        };
        t.contains = (self, key) -> d(self).get(key) != null;
        t.iter = self -> new DictIterator(d(self), DictIterator.KEYS);
        t.or = (a, b) -> {
            if (!(a instanceof PyDict x) || !(b instanceof PyDict y)) return PySingleton.NOT_IMPLEMENTED;
            PyDict r = x.copy();
            r.update(y);
            return r;
        };
        t.ior = (a, b) -> {
            update(d(a), b);
            return a;
        };
        t.newFn = (type, args, kw) -> {
            return type == PyDict.TYPE ? new PyDict() : DerivedInstances.dict(type);
        };
        t.init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 1) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "dict expected at most 1 argument, got %d", npos);
            if (npos == 1) update(d(self), args[0]);
            for (int i = 0; i < nkw; i++) d(self).putStr(PyStr.intern(kw[i]), args[npos + i]);
        };
        t.addFlags(PyType.MAPPING);
    }

    private static PyObject getitem(PyObject self, PyObject key) {
        PyObject v = d(self).get(key);
        if (v != null) return v;
        if (self.getClass() != PyDict.class) {
            PyObject missing = ObjectProtocol.lookupSpecial(self, PyStr.intern("__missing__"));
            if (missing != null) return ObjectProtocol.call(missing, key);
        }
        throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, key);
    }

    static PyObject repr(PyObject self) {
        PyDict d = d(self);
        if (d.size() == 0) return PyStr.intern("{}");
        if (!ObjectProtocol.reprEnter(self)) return PyStr.intern("{...}");
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(ObjectProtocol.reprString(k)).append(": ").append(ObjectProtocol.reprString(d.entryValue(i)));
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ObjectProtocol.reprLeave(self);
        }
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.entryLimit(); i++) {
            PyObject k = a.keyAt(i);
            if (k == null) continue;
            PyObject v = a.entryValue(i);
            PyObject w = b.get(k);
            if (w == null || !(v == w || ObjectProtocol.richCompareBool(v, w, CompareOp.EQ))) return false;
        }
        return true;
    }

    /** dict.update(other): a dict, an object with keys(), or an iterable of pairs. */
    static void update(PyDict d, PyObject other) {
        if (other instanceof PyDict o) {
            d.update(o);
            return;
        }
        PyObject keys = ObjectProtocol.lookupAttr(other, PyStr.intern("keys"));
        if (keys != null) {
            PyObject it = ObjectProtocol.getIter(ObjectProtocol.call(keys));
            for (PyObject k; (k = ObjectProtocol.next(it)) != null; ) d.put(k, ObjectProtocol.getItem(other, k));
            return;
        }
        PyObject it = ObjectProtocol.getIter(other);
        int n = 0;
        for (PyObject item; (item = ObjectProtocol.next(it)) != null; n++) {
            PyObject[] pair;
            try {
                pair = SequenceMethods.toArray(item);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                            "cannot convert dictionary update sequence element #%d to a sequence", n);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErr.format(ExceptionTypes.VALUE_ERROR,
                        "dictionary update sequence element #%d has length %d; 2 is required", n, pair.length);
            }
            d.put(pair[0], pair[1]);
        }
    }

    static void define(PyType t) {
        PyGenericAlias.defineClassGetItem(t);
        MethodDef.noArgs(t, "keys", self -> new DictView(d(self), DictView.KEYS));
        MethodDef.noArgs(t, "values", self -> new DictView(d(self), DictView.VALUES));
        MethodDef.noArgs(t, "items", self -> new DictView(d(self), DictView.ITEMS));
        MethodDef.method(t, "get", (self, args, kw) -> {
            ArgParser.checkPositional("get", args, kw, 1, 2);
            PyObject v = d(self).get(args[0]);
            return v != null ? v : args.length > 1 ? args[1] : PySingleton.NONE;
        });
        MethodDef.method(t, "setdefault", (self, args, kw) -> {
            ArgParser.checkPositional("setdefault", args, kw, 1, 2);
            PyObject v = d(self).get(args[0]);
            if (v != null) return v;
            PyObject dflt = args.length > 1 ? args[1] : PySingleton.NONE;
            d(self).put(args[0], dflt);
            return dflt;
        });
        MethodDef.method(t, "pop", (self, args, kw) -> {
            ArgParser.checkPositional("pop", args, kw, 1, 2);
            PyObject v = d(self).remove(args[0]);
            if (v != null) return v;
            if (args.length > 1) return args[1];
            throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, args[0]);
        });
        MethodDef.noArgs(t, "popitem", self -> {
            PyObject[] kv = d(self).popLast();
            if (kv == null) throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, PyStr.of("popitem(): dictionary is empty"));
            return PyTuple.of(kv[0], kv[1]);
        });
        MethodDef.method(t, "update", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos > 1) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "update expected at most 1 argument, got %d", npos);
            if (npos == 1) update(d(self), args[0]);
            for (int i = 0; i < nkw; i++) d(self).putStr(PyStr.intern(kw[i]), args[npos + i]);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "clear", self -> {
            d(self).clear();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "copy", self -> d(self).copy());
        MethodDef.classMethod(t, "fromkeys", (cls, args, kw) -> {
            ArgParser.checkPositional("fromkeys", args, kw, 1, 2);
            PyObject value = args.length > 1 ? args[1] : PySingleton.NONE;
            PyObject r = ObjectProtocol.call(cls);
            PyObject it = ObjectProtocol.getIter(args[0]);
            for (PyObject k; (k = ObjectProtocol.next(it)) != null; ) ObjectProtocol.setItem(r, k, value);
            return r;
        });
        MethodDef.noArgs(t, "__reversed__", self -> new DictIterator(d(self), DictIterator.REVERSED_KEYS));
        MethodDef.oneArg(t, "__contains__", (self, k) -> PyBool.of(d(self).get(k) != null));
        MethodDef.noArgs(t, "__sizeof__", self -> PyInt.of(64 + 24L * d(self).entryLimit()));
    }

    /** dict_keys, dict_values and dict_items. */
    static final class DictView extends PyObject {
        static final PyType KEYS = viewType("dict_keys", DictIterator.KEYS);
        static final PyType VALUES = viewType("dict_values", DictIterator.VALUES);
        static final PyType ITEMS = viewType("dict_items", DictIterator.ITEMS);

        private static PyType viewType(String name, PyType iterType) {
            PyType t = PyType.builtin(name, PyType.OBJECT, 0, ty -> MethodDef.getter(ty, "mapping",
                    self -> new PyMappingProxy(((DictView) self).dict)));
            t.length = self -> ((DictView) self).dict.size();
            t.iter = self -> new DictIterator(((DictView) self).dict, iterType);
            t.repr = self -> {
                DictView v = (DictView) self;
                if (!ObjectProtocol.reprEnter(self)) return PyStr.of("...");
                try {
                    StringBuilder sb = new StringBuilder(name).append("([");
                    PyObject it = new DictIterator(v.dict, iterType);
                    boolean first = true;
                    for (PyObject x; (x = ((DictIterator) it).next()) != null; ) {
                        if (!first) sb.append(", ");
                        first = false;
                        sb.append(ObjectProtocol.reprString(x));
                    }
                    return PyStr.of(sb.append("])").toString());
                } finally {
                    ObjectProtocol.reprLeave(self);
                }
            };
            t.getattro = ObjectProtocol.GENERIC_GETATTR;
            if (!name.equals("dict_values")) {
                t.contains = (self, x) -> {
                    DictView v = (DictView) self;
                    if (v.type == KEYS) return v.dict.get(x) != null;
                    if (!(x instanceof PyTuple tup) || tup.size() != 2) return false;
                    PyObject val = v.dict.get(tup.get(0));
                    return val != null && (val == tup.get(1) || ObjectProtocol.richCompareBool(val, tup.get(1), CompareOp.EQ));
                };
                t.hash = HeapSlots.UNHASHABLE;
                t.richcompare = (a, b, op) -> SetOps.viewCompare(a, b, op);
                t.sub = (a, b) -> SetOps.viewBinary(a, b, '-');
                t.and = (a, b) -> SetOps.viewBinary(a, b, '&');
                t.or = (a, b) -> SetOps.viewBinary(a, b, '|');
                t.xor = (a, b) -> SetOps.viewBinary(a, b, '^');
            }
            return t;
        }

        final PyDict dict;
        private final PyType type;

        DictView(PyDict dict, PyType type) {
            this.dict = dict;
            this.type = type;
        }

        @Override
        public PyType type() { return type; }
    }

    /** Iterators over a dict's keys, values or items; changing the dict's size while iterating is an error. */
    public static final class DictIterator extends PyObject {
        static final PyType KEYS = iterType("dict_keyiterator");
        static final PyType VALUES = iterType("dict_valueiterator");
        static final PyType ITEMS = iterType("dict_itemiterator");
        static final PyType REVERSED_KEYS = iterType("dict_reversekeyiterator");

        private static PyType iterType(String name) {
            PyType t = PyType.builtin(name, PyType.OBJECT, 0, ty -> MethodDef.noArgs(ty, "__length_hint__",
                    self -> PyInt.of(((DictIterator) self).lengthHint())));
            t.iter = self -> self;
            t.next = self -> ((DictIterator) self).next();
            t.getattro = ObjectProtocol.GENERIC_GETATTR;
            return t;
        }

        private final PyDict dict;
        private final PyType type;
        private final int expectedSize;
        private int pos;
        private int yielded;
        private boolean done;

        DictIterator(PyDict dict, PyType type) {
            this.dict = dict;
            this.type = type;
            this.expectedSize = dict.size();
            this.pos = type == REVERSED_KEYS ? dict.entryLimit() - 1 : 0;
        }

        @Override
        public PyType type() { return type; }

        public PyObject next() {
            PyObject item = advance();
            if (item != null) yielded++;
            return item;
        }

        /** What is left, while the dict keeps its size (dictiter_len). */
        long lengthHint() {
            return done || dict.size() != expectedSize ? 0 : expectedSize - yielded;
        }

        private PyObject advance() {
            if (done) return null;
            if (dict.size() != expectedSize) {
                done = true;
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            if (type == REVERSED_KEYS) {
                while (pos >= 0) {
                    PyObject k = dict.keyAt(pos--);
                    if (k != null) return k;
                }
                done = true;
                return null;
            }
            int limit = dict.entryLimit();
            while (pos < limit) {
                int i = pos++;
                PyObject k = dict.keyAt(i);
                if (k == null) continue;
                if (type == KEYS) return k;
                if (type == VALUES) return dict.entryValue(i);
                return PyTuple.of(k, dict.entryValue(i));
            }
            done = true;
            return null;
        }
    }
}
