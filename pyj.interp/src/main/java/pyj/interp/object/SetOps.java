// set's and frozenset's slots and methods, with CPython's algorithms (so results iterate in its order).
package pyj.interp.object;

final class SetOps {
    private SetOps() {}

    static PySet s(PyObject o) { return (PySet) o; }

    static boolean isAnySet(PyObject o) { return o instanceof PySet; }

    /** A set holding the elements of any iterable. */
    static PySet fromIterable(PyObject iterable, boolean frozen) {
        PySet r = new PySet(frozen);
        update(r, iterable);
        return r;
    }

    static void update(PySet s, PyObject iterable) {
        if (iterable instanceof PySet o) {
            s.addAllFrom(o);
            return;
        }
        if (iterable instanceof PyDict d) {
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) s.add(k);
            }
            return;
        }
        PyObject it = ObjectProtocol.getIter(iterable);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) s.add(x);
    }

    static PySet asSet(PyObject o) {
        return o instanceof PySet ps ? ps : fromIterable(o, false);
    }

    static PySet union(PySet a, PyObject b, boolean frozen) {
        PySet r = a.copy(frozen);
        update(r, b);
        return r;
    }

    static PySet intersection(PySet so, PyObject other, boolean frozen) {
        PySet result = new PySet(frozen);
        if (other instanceof PySet o) {
            // CPython iterates over `other` unless it is strictly larger, probing the other set.
            PySet small = o;
            PySet big = so;
            if (o.size() > so.size()) {
                small = so;
                big = o;
            }
            for (int i = 0; i < small.tableSize(); i++) {
                PyObject k = small.keyAt(i);
                if (k != null && big.containsHashed(k, small.hashAt(i))) result.addHashed(k, small.hashAt(i));
            }
            return result;
        }
        PyObject it = ObjectProtocol.getIter(other);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
            if (so.contains(x)) result.add(x);
        }
        return result;
    }

    static PySet difference(PySet so, PyObject other, boolean frozen) {
        if (other instanceof PySet o && (so.size() >> 2) <= o.size()) {
            PySet result = new PySet(frozen);
            for (int i = 0; i < so.tableSize(); i++) {
                PyObject k = so.keyAt(i);
                if (k != null && !o.containsHashed(k, so.hashAt(i))) result.addHashed(k, so.hashAt(i));
            }
            return result;
        }
        PySet result = so.copy(frozen);
        PyObject it = ObjectProtocol.getIter(other);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) result.discard(x);
        return result;
    }

    /**
     * so ^ other as CPython 3.13 builds it: a new set holding so's elements missing from other, in
     * so's order, then other's elements missing from so (the order decides how the result iterates).
     */
    static PySet symmetricDifference(PySet so, PyObject other, boolean frozen) {
        PySet o = other instanceof PySet ps ? ps : fromIterable(other, false);
        PySet result = new PySet(frozen);
        for (int i = 0; i < so.tableSize(); i++) {
            PyObject k = so.keyAt(i);
            if (k != null && !o.containsHashed(k, so.hashAt(i))) result.addHashed(k, so.hashAt(i));
        }
        for (int i = 0; i < o.tableSize(); i++) {
            PyObject k = o.keyAt(i);
            if (k != null && !so.containsHashed(k, o.hashAt(i))) result.addHashed(k, o.hashAt(i));
        }
        return result;
    }

    /** so -= other: elements discarded in place (they leave dummies, so the rest keep their slots). */
    static void differenceUpdate(PySet so, PyObject other) {
        if (other == so) {
            so.clear();
            return;
        }
        PyObject it = ObjectProtocol.getIter(other);
        for (PyObject k; (k = ObjectProtocol.next(it)) != null; ) so.discard(k);
    }

    /** so ^= other: each element of other is removed from so if there, added otherwise. */
    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        PySet o = other instanceof PySet ps ? (ps == so ? ps.copy(false) : ps) : fromIterable(other, false);
        for (int i = 0; i < o.tableSize(); i++) {
            PyObject k = o.keyAt(i);
            if (k != null && !so.discard(k)) so.addHashed(k, o.hashAt(i));
        }
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) return false;
        for (int i = 0; i < a.tableSize(); i++) {
            PyObject k = a.keyAt(i);
            if (k != null && !b.containsHashed(k, a.hashAt(i))) return false;
        }
        return true;
    }

    static String repr(PyObject self) {
        PySet set = s(self);
        String name = self.type().name();
        boolean exactSet = self.type() == PySet.SET_TYPE;
        if (set.size() == 0) return name + "()";
        if (!ObjectProtocol.reprEnter(self)) return name + "(...)";
        try {
            StringBuilder sb = new StringBuilder();
            if (!exactSet) sb.append(name).append('(');
            sb.append('{');
            boolean first = true;
            for (int i = 0; i < set.tableSize(); i++) {
                PyObject k = set.keyAt(i);
                if (k == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(ObjectProtocol.reprString(k));
            }
            sb.append('}');
            if (!exactSet) sb.append(')');
            return sb.toString();
        } finally {
            ObjectProtocol.reprLeave(self);
        }
    }

    private static PyObject binary(PyObject a, PyObject b, char op) {
        if (!isAnySet(a) || !isAnySet(b)) return PySingleton.NOT_IMPLEMENTED;
        boolean frozen = s(a).isFrozen();
        return switch (op) {
            case '|' -> union(s(a), b, frozen);
            case '&' -> intersection(s(a), b, frozen);
            case '-' -> difference(s(a), b, frozen);
            default -> symmetricDifference(s(a), b, frozen);
        };
    }

    static void fillSlots(PyType t, boolean frozen) {
        t.repr = self -> PyStr.of(repr(self));
        t.hash = frozen ? self -> s(self).frozenHash() : HeapSlots.UNHASHABLE;
        t.length = self -> s(self).size();
        t.contains = (self, key) -> {
            try {
                return s(self).contains(key);
            } catch (PyException e) {
                if (key instanceof PySet ks && !ks.isFrozen() && e.matches(ExceptionTypes.TYPE_ERROR)) {
                    return s(self).contains(ks.copy(true));
                }
                throw e;
            }
        };
        t.iter = self -> new SetIterator(s(self));
        t.richcompare = (a, b, op) -> {
            if (!isAnySet(b)) return PySingleton.NOT_IMPLEMENTED;
            PySet x = s(a);
            PySet y = s(b);
            return PyBool.of(switch (op) {
                case EQ -> x.size() == y.size() && isSubset(x, y);
                case NE -> !(x.size() == y.size() && isSubset(x, y));
                case LE -> isSubset(x, y);
                case GE -> isSubset(y, x);
                case LT -> x.size() < y.size() && isSubset(x, y);
                case GT -> x.size() > y.size() && isSubset(y, x);
            });
        };
        t.or = (a, b) -> binary(a, b, '|');
        t.and = (a, b) -> binary(a, b, '&');
        t.sub = (a, b) -> binary(a, b, '-');
        t.xor = (a, b) -> binary(a, b, '^');
        if (!frozen) {
            t.ior = (a, b) -> {
                if (!isAnySet(b)) return PySingleton.NOT_IMPLEMENTED;
                update(s(a), b);
                return a;
            };
            t.iand = (a, b) -> {
                if (!isAnySet(b)) return PySingleton.NOT_IMPLEMENTED;
                replace(s(a), intersection(s(a), b, false));
                return a;
            };
            t.isub = (a, b) -> {
                if (!isAnySet(b)) return PySingleton.NOT_IMPLEMENTED;
                differenceUpdate(s(a), b);
                return a;
            };
            t.ixor = (a, b) -> {
                if (!isAnySet(b)) return PySingleton.NOT_IMPLEMENTED;
                symmetricDifferenceUpdate(s(a), b);
                return a;
            };
            t.newFn = (type, args, kw) -> {
                return type == PySet.SET_TYPE ? new PySet(false) : DerivedInstances.set(type, false);
            };
            t.init = (self, args, kw) -> {
                ArgParser.noKeywords("set", kw);
                ArgParser.checkPositional("set", args, kw, 0, 1);
                s(self).clear();
                if (args.length == 1) update(s(self), args[0]);
            };
        } else {
            t.newFn = (type, args, kw) -> {
                ArgParser.noKeywords("frozenset", kw);
                ArgParser.checkPositional("frozenset", args, kw, 0, 1);
                if (type != PySet.FROZENSET_TYPE) {
                    PySet r = DerivedInstances.set(type, true);
                    if (args.length == 1) update(r, args[0]);
                    return r;
                }
                if (args.length == 1 && args[0].getClass() == PySet.class && s(args[0]).isFrozen()) return args[0];
                return args.length == 0 ? new PySet(true) : fromIterable(args[0], true);
            };
        }
    }

    private static void replace(PySet target, PySet contents) {
        target.clear();
        target.addAllFrom(contents);
    }

    private static void common(PyType t, boolean frozen) {
        MethodDef.method(t, "union", (self, args, kw) -> {
            ArgParser.noKeywords(t.name() + ".union", kw);
            PySet r = s(self).copy(frozen);
            for (PyObject o : args) update(r, o);
            return r;
        });
        MethodDef.method(t, "intersection", (self, args, kw) -> {
            ArgParser.noKeywords(t.name() + ".intersection", kw);
            PySet r = s(self).copy(frozen);
            for (PyObject o : args) r = intersection(r, o, frozen);
            return r;
        });
        MethodDef.method(t, "difference", (self, args, kw) -> {
            ArgParser.noKeywords(t.name() + ".difference", kw);
            PySet r = s(self).copy(frozen);
            for (PyObject o : args) r = difference(r, o, frozen);
            return r;
        });
        MethodDef.oneArg(t, "symmetric_difference", (self, o) -> symmetricDifference(s(self), o, frozen));
        MethodDef.oneArg(t, "issubset", (self, o) -> PyBool.of(isSubset(s(self), asSet(o))));
        MethodDef.oneArg(t, "issuperset", (self, o) -> PyBool.of(isSubset(asSet(o), s(self))));
        MethodDef.oneArg(t, "isdisjoint", (self, o) -> PyBool.of(intersection(s(self), o, false).size() == 0));
        MethodDef.noArgs(t, "copy", self -> frozen && self.getClass() == PySet.class ? self : s(self).copy(frozen));
        MethodDef.noArgs(t, "__reduce__", ObjectReduce::reduceSet);
        MethodDef.noArgs(t, "__sizeof__", self -> PyInt.of(200 + 16L * s(self).tableSize()));
    }

    static void defineSet(PyType t) {
        PyGenericAlias.defineClassGetItem(t);
        common(t, false);
        MethodDef.oneArg(t, "add", (self, x) -> {
            s(self).add(x);
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "discard", (self, x) -> {
            s(self).discard(x);
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "remove", (self, x) -> {
            if (!s(self).discard(x)) throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, x);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "pop", self -> {
            PyObject r = s(self).pop();
            if (r == null) throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, PyStr.of("pop from an empty set"));
            return r;
        });
        MethodDef.noArgs(t, "clear", self -> {
            s(self).clear();
            return PySingleton.NONE;
        });
        MethodDef.method(t, "update", (self, args, kw) -> {
            ArgParser.noKeywords("set.update", kw);
            for (PyObject o : args) update(s(self), o);
            return PySingleton.NONE;
        });
        MethodDef.method(t, "intersection_update", (self, args, kw) -> {
            PySet r = s(self);
            for (PyObject o : args) r = intersection(r, o, false);
            replace(s(self), r);
            return PySingleton.NONE;
        });
        MethodDef.method(t, "difference_update", (self, args, kw) -> {
            for (PyObject o : args) differenceUpdate(s(self), o);
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "symmetric_difference_update", (self, o) -> {
            symmetricDifferenceUpdate(s(self), o);
            return PySingleton.NONE;
        });
    }

    static void defineFrozenSet(PyType t) {
        PyGenericAlias.defineClassGetItem(t);
        common(t, true);
    }

    // ---- dict views behave as sets for these operators ---------------------------------------

    static PyObject viewCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PySet) && !(b.type() == a.type())) return PySingleton.NOT_IMPLEMENTED;
        PySet x = fromIterable(a, false);
        PySet y = fromIterable(b, false);
        return PySet.SET_TYPE.richcompare.compare(x, y, op);
    }

    static PyObject viewBinary(PyObject a, PyObject b, char op) {
        PySet x = fromIterable(a, false);
        PyObject other = b instanceof PySet ? b : fromIterable(b, false);
        return binary(x, other, op);
    }

    /** Iterator over a set's table; changing its size while iterating is an error. */
    static final class SetIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, 0, ty -> MethodDef.noArgs(ty,
                "__length_hint__", self -> PyInt.of(((SetIterator) self).lengthHint())));

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> ((SetIterator) self).next();
            TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        }

        private final PySet set;
        private final int size;
        private int pos;
        private int yielded;

        SetIterator(PySet set) {
            this.set = set;
            this.size = set.size();
        }

        @Override
        public PyType type() { return TYPE; }

        PyObject next() {
            if (set.size() != size) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "Set changed size during iteration");
            while (pos < set.tableSize()) {
                PyObject k = set.keyAt(pos++);
                if (k != null) {
                    yielded++;
                    return k;
                }
            }
            return null;
        }

        /** What is left, while the set keeps its size (setiter_len). */
        long lengthHint() {
            return set.size() != size ? 0 : size - yielded;
        }
    }
}
