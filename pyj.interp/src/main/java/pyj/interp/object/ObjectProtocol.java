// The generic object protocol (CPython's PyObject_* functions): repr, hash, compare, attributes, calls, items.
package pyj.interp.object;

import java.util.IdentityHashMap;

/**
 * Operations on any object, dispatched through its type's slots with CPython's fallbacks and
 * error messages. Hot callers (the interpreter) use these after their fast paths.
 */
public final class ObjectProtocol {
    private ObjectProtocol() {}

    // ---- text ------------------------------------------------------------------------------

    public static PyStr repr(PyObject o) {
        Slots.Unary f = o.type().repr;
        PyObject r = f.apply(o);
        if (r instanceof PyStr s) return s;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__repr__ returned non-string (type %s)", r.type().name());
    }

    public static String reprString(PyObject o) { return repr(o).value(); }

    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) return (PyStr) o;
        Slots.Unary f = o.type().str;
        PyObject r = f == null ? repr(o) : f.apply(o);
        if (r instanceof PyStr s) return s;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__str__ returned non-string (type %s)", r.type().name());
    }

    public static String strString(PyObject o) { return str(o).value(); }

    /** Guards repr of containers against cycles, as Py_ReprEnter does. */
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPR_ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Returns false when {@code o} is already being repr'd further up (print "[...]" then). */
    public static boolean reprEnter(PyObject o) {
        return REPR_ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void reprLeave(PyObject o) { REPR_ACTIVE.get().remove(o); }

    /** format(value, spec): the object's __format__, with fast paths for the common exact types. */
    public static PyStr format(PyObject o, String spec) {
        if (o.getClass() == PyStr.class) return spec.isEmpty() ? (PyStr) o : PyStr.of(NumberFormatter.formatStr(((PyStr) o).value(), spec));
        if (o.getClass() == PyInt.class) return PyStr.of(NumberFormatter.formatInt((PyInt) o, spec));
        if (o.getClass() == PyFloat.class) return PyStr.of(NumberFormatter.formatFloat(((PyFloat) o).value, spec));
        PyObject meth = lookupSpecial(o, PyStr.intern("__format__"));
        if (meth == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Type %s doesn't define __format__", o.type().name());
        }
        PyObject r = call(meth, PyStr.of(spec));
        if (r instanceof PyStr s) return s;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__format__ must return a str, not %s", r.type().name());
    }

    // ---- hashing and comparison ------------------------------------------------------------

    public static long hash(PyObject o) {
        Slots.Hash h = o.type().hash;
        if (h == null) throw unhashable(o);
        return h.hash(o);
    }

    public static PyException unhashable(PyObject o) {
        return PyErr.format(ExceptionTypes.TYPE_ERROR, "unhashable type: '%s'", o.type().name());
    }

    /** Key equality for dict and set lookups: identity first, then ==. */
    public static boolean equalsForLookup(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof PyStr x && b instanceof PyStr y && a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return x.value().equals(y.value());
        }
        return richCompareBool(a, b, CompareOp.EQ);
    }

    /** PyObject_RichCompare: both operands get a chance, reflected, subclass first. */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        PyType tv = v.type();
        PyType tw = w.type();
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubtypeOf(tv) && tw.richcompare != null) {
            checkedReverse = true;
            PyObject r = tw.richcompare.compare(w, v, op.swapped());
            if (r != PySingleton.NOT_IMPLEMENTED) return r;
        }
        if (tv.richcompare != null) {
            PyObject r = tv.richcompare.compare(v, w, op);
            if (r != PySingleton.NOT_IMPLEMENTED) return r;
        }
        if (!checkedReverse && tw.richcompare != null) {
            PyObject r = tw.richcompare.compare(w, v, op.swapped());
            if (r != PySingleton.NOT_IMPLEMENTED) return r;
        }
        switch (op) {
            case EQ:
                return PyBool.of(v == w);
            case NE:
                return PyBool.of(v != w);
            default:
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' not supported between instances of '%s' and '%s'",
                        op.symbol, tv.name(), tw.name());
        }
    }

    /** PyObject_RichCompareBool: identity implies equality for == and !=. */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) return true;
            if (op == CompareOp.NE) return false;
        }
        PyObject r = richCompare(v, w, op);
        if (r == PyBool.TRUE) return true;
        if (r == PyBool.FALSE) return false;
        return isTrue(r);
    }

    // ---- truth -----------------------------------------------------------------------------

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PySingleton.NONE) return false;
        PyType t = o.type();
        if (t.bool != null) return t.bool.test(o);
        if (t.length != null) return t.length.length(o) != 0;
        return true;
    }

    // ---- attributes ------------------------------------------------------------------------

    /** The canonical generic attribute slots: slot identity tells "no custom attribute access". */
    public static final Slots.GetAttr GENERIC_GETATTR = ObjectProtocol::genericGetAttr;
    public static final Slots.SetAttr GENERIC_SETATTR = ObjectProtocol::genericSetAttr;

    public static PyObject getAttr(PyObject o, PyStr name) {
        return o.type().getattro.get(o, name);
    }

    public static PyObject getAttr(PyObject o, String name) { return getAttr(o, PyStr.intern(name)); }

    /** getattr that answers null instead of raising AttributeError. */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        try {
            return getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        Slots.SetAttr f = o.type().setattro;
        if (f == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object has only read-only attributes (%s .%s)",
                    o.type().name(), value == null ? "del" : "assign to", name.value());
        }
        f.set(o, name, value);
    }

    /** PyObject_GenericGetAttr: data descriptors, then the instance dict, then other class attributes. */
    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        Slots.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) return get.get(descr, obj, type);
        }
        PyObject v = obj.instanceAttribute(name);
        if (v != null) return v;
        if (get != null) return get.get(descr, obj, type);
        if (descr != null) return descr;
        throw PyErr.attributeError(obj, name);
    }

    /** PyObject_GenericSetAttr: data descriptors, then the instance dict. */
    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        if (descr != null) {
            Slots.DescrSet set = descr.type().descrSet;
            if (set != null) {
                set.set(descr, obj, value);
                return;
            }
        }
        if (value != null) {
            if (!obj.storeInstanceAttribute(name, value)) throw noDictFor(obj, name, descr);
            return;
        }
        PyDict dict = obj.dict();
        if (dict == null) throw noDictFor(obj, name, descr);
        if (dict.delStr(name) == null) throw PyErr.attributeError(obj, name);
    }

    private static PyException noDictFor(PyObject obj, PyStr name, PyObject descr) {
        if (descr == null) return attributeErrorNoDict(obj, name);
        return PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only",
                obj.type().name(), name.value());
    }

    private static PyException attributeErrorNoDict(PyObject obj, PyStr name) {
        PyException e = PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR,
                "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                obj.type().name(), name.value());
        return e;
    }

    /** Looks a special method up on the type (not the instance) and binds it, or null. */
    public static PyObject lookupSpecial(PyObject o, PyStr name) {
        PyObject descr = o.type().lookup(name);
        if (descr == null) return null;
        Slots.DescrGet get = descr.type().descrGet;
        return get != null ? get.get(descr, o, o.type()) : descr;
    }

    // ---- calls -----------------------------------------------------------------------------

    private static final String[] NO_KW = null;

    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        Slots.Call f = callable.type().call;
        if (f == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not callable", callable.type().name());
        }
        return f.call(callable, args, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, NO_KW);
    }

    /** Calls {@code o.name(*args)}. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        return call(getAttr(o, PyStr.intern(name)), args, NO_KW);
    }

    // ---- items and length ------------------------------------------------------------------

    public static PyObject getItem(PyObject o, PyObject key) {
        Slots.Binary f = o.type().getitem;
        if (f != null) return f.apply(o, key);
        if (o instanceof PyType t) {
            // type[int] is an alias without type defining __class_getitem__ (which every class would inherit).
            if (t == PyType.TYPE) return new PyGenericAlias(t, key);
            PyObject meth = t.lookup(PyStr.intern("__class_getitem__"));
            if (meth != null) {
                Slots.DescrGet g = meth.type().descrGet;
                PyObject bound = g != null ? g.get(meth, null, t) : meth;
                return call(bound, key);
            }
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type '%s' is not subscriptable", t.name());
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not subscriptable", o.type().name());
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.SetItem f = o.type().setitem;
        if (f == null) {
            if (value == null) {
                // CPython words it by path: PySequence_DelItem (a type with sequence methods, an
                // index key) says "doesn't", PyObject_DelItem's fallback says "does not".
                PyType t = o.type();
                boolean sequence = t.isHeapType() || t.length != null || t.getitem != null || t.contains != null;
                boolean indexKey = key instanceof PyInt || key.type().index != null;
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, sequence && indexKey
                        ? "'%s' object doesn't support item deletion" : "'%s' object does not support item deletion",
                        t.name());
            }
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object does not support item assignment",
                    o.type().name());
        }
        f.set(o, key, value);
    }

    public static long length(PyObject o) {
        Slots.Length f = o.type().length;
        if (f == null) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "object of type '%s' has no len()", o.type().name());
        return f.length(o);
    }

    public static boolean contains(PyObject container, PyObject item) {
        Slots.Contains f = container.type().contains;
        if (f != null) return f.contains(container, item);
        PyObject it = getIterOrNull(container);
        if (it == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "argument of type '%s' is not iterable",
                    container.type().name());
        }
        Slots.IterNext next = it.type().next;
        for (PyObject x; (x = next.next(it)) != null; ) {
            if (richCompareBool(x, item, CompareOp.EQ)) return true;
        }
        return false;
    }

    // ---- iteration -------------------------------------------------------------------------

    public static PyObject getIter(PyObject o) {
        PyObject it = getIterOrNull(o);
        if (it == null) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not iterable", o.type().name());
        return it;
    }

    private static PyObject getIterOrNull(PyObject o) {
        PyType t = o.type();
        if (t.iter != null) {
            PyObject it = t.iter.apply(o);
            if (it.type().next == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "iter() returned non-iterator of type '%s'",
                        it.type().name());
            }
            return it;
        }
        if (t.getitem != null && !(o instanceof PyDict)) return new SeqIter(o);
        return null;
    }

    /** The items of an iterable as an array (PySequence_Fast): tuples and lists without copying work. */
    public static PyObject[] toArray(PyObject iterable) { return SequenceMethods.toArray(iterable); }

    /** The next item, or null when the iterator is exhausted. */
    public static PyObject next(PyObject iterator) {
        Slots.IterNext f = iterator.type().next;
        if (f == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not an iterator", iterator.type().name());
        }
        return f.next(iterator);
    }

    /** Converts an integer-like object with __index__ to a long (PyNumber_AsSsize_t semantics). */
    public static long index(PyObject o) {
        if (o instanceof PyInt i) return i.asSsize();
        Slots.Unary f = o.type().index;
        if (f == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                    o.type().name());
        }
        PyObject r = f.apply(o);
        if (r instanceof PyInt i) return i.asSsize();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__index__ returned non-int (type %s)", r.type().name());
    }
}
