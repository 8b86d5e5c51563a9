// Python type objects: name, bases, MRO, namespace, version tag and the slots that implement behaviour.
package pyj.interp.object;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Python type. Behaviour is in the slot fields, which CPython calls {@code tp_*}, {@code nb_*},
 * {@code sq_*} and {@code mp_*}; a null slot means "not supported". Builtin types fill their slots
 * in Java when the type is created and define their methods lazily, on the first lookup in their
 * namespace, to keep start-up small.
 *
 * <p>The {@link #version()} tag identifies the type's current attribute layout; it changes whenever
 * the type or one of its bases is modified, so inline caches can guard on one int comparison.
 */
public final class PyType extends PyObject {
    // Flags, a subset of CPython's Py_TPFLAGS_*.
    public static final int HEAPTYPE = 1 << 9;
    public static final int BASETYPE = 1 << 10;
    public static final int IMMUTABLETYPE = 1 << 8;
    public static final int IS_ABSTRACT = 1 << 20;
    /** Calling the descriptor with self prepended equals binding it first (functions, method descriptors). */
    public static final int METHOD_DESCRIPTOR = 1 << 17;
    /** Py_TPFLAGS_SEQUENCE / MAPPING, for match statements. */
    public static final int SEQUENCE = 1 << 5;
    public static final int MAPPING = 1 << 6;
    public static final int LONG_SUBCLASS = 1 << 24;
    public static final int LIST_SUBCLASS = 1 << 25;
    public static final int TUPLE_SUBCLASS = 1 << 26;
    public static final int BYTES_SUBCLASS = 1 << 27;
    public static final int UNICODE_SUBCLASS = 1 << 28;
    public static final int DICT_SUBCLASS = 1 << 29;
    public static final int BASE_EXC_SUBCLASS = 1 << 30;
    public static final int TYPE_SUBCLASS = 1 << 31;

    private static int nextVersion = 1;

    /** {@code object}, the root of every MRO. */
    public static final PyType OBJECT;
    /** {@code type}, the default metatype. */
    public static final PyType TYPE;

    static {
        OBJECT = new PyType("object", null, new PyType[0], BASETYPE | IMMUTABLETYPE, null);
        TYPE = new PyType("type", OBJECT, new PyType[] {OBJECT}, BASETYPE | IMMUTABLETYPE | TYPE_SUBCLASS, null);
        OBJECT.metatype = TYPE;
        TYPE.metatype = TYPE;
        ObjectType.fill(OBJECT);
        TypeType.fill(TYPE);
        TYPE.instancesHaveDict = true;
        TYPE.instancesHaveWeakref = true;
    }

    /** CPython's tp_name: what error messages call the type ("typing.TypeVar" for some builtins). */
    private String name;
    private String qualname;
    private PyObject module;
    private PyType metatype;
    private PyType base;
    private PyType[] bases;
    private PyType[] mro;
    private PyDict dict;
    private int flags;
    private int version;
    private Consumer<PyType> methodDefiner;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** Attribute names of instances with a fixed layout (__slots__), or null. */
    private PyStr[] slotNames;
    /** Instance dict offset analogue: whether instances carry a __dict__. */
    private boolean instancesHaveDict;
    /** Whether instances accept weak references (CPython's nonzero tp_weaklistoffset). */
    private boolean instancesHaveWeakref;
    /** The empty attribute layout this class's {@link PyInstance}s start from, made on first use. */
    private Shape instanceShape;
    private String doc;

    // ---- slots ----
    public Slots.Unary repr;
    public Slots.Unary str;
    public Slots.Hash hash;
    public Slots.RichCompare richcompare;
    public Slots.Bool bool;
    public Slots.GetAttr getattro;
    public Slots.SetAttr setattro;
    public Slots.Call call;
    public Slots.Unary iter;
    public Slots.IterNext next;
    public Slots.DescrGet descrGet;
    public Slots.DescrSet descrSet;
    public Slots.New newFn;
    public Slots.Init init;
    public Slots.Length length;
    public Slots.Binary getitem;
    public Slots.SetItem setitem;
    public Slots.Contains contains;
    public Slots.Binary concat;
    public Slots.Repeat repeat;
    public Slots.Binary inplaceConcat;
    public Slots.Repeat inplaceRepeat;
    public Slots.Binary add;
    public Slots.Binary sub;
    public Slots.Binary mul;
    public Slots.Binary matmul;
    public Slots.Binary truediv;
    public Slots.Binary floordiv;
    public Slots.Binary mod;
    public Slots.Binary divmod;
    public Slots.Ternary pow;
    public Slots.Binary lshift;
    public Slots.Binary rshift;
    public Slots.Binary and;
    public Slots.Binary or;
    public Slots.Binary xor;
    public Slots.Binary iadd;
    public Slots.Binary isub;
    public Slots.Binary imul;
    public Slots.Binary imatmul;
    public Slots.Binary itruediv;
    public Slots.Binary ifloordiv;
    public Slots.Binary imod;
    public Slots.Ternary ipow;
    public Slots.Binary ilshift;
    public Slots.Binary irshift;
    public Slots.Binary iand;
    public Slots.Binary ior;
    public Slots.Binary ixor;
    public Slots.Unary neg;
    public Slots.Unary pos;
    public Slots.Unary abs;
    public Slots.Unary invert;
    public Slots.Unary intFn;
    public Slots.Unary floatFn;
    public Slots.Unary index;

    private PyType(String name, PyType base, PyType[] bases, int flags, PyType metatype) {
        this.name = name;
        this.qualname = name;
        this.base = base;
        this.bases = bases;
        this.flags = flags;
        this.metatype = metatype;
        this.mro = computeLinearMro(this, base);
        this.version = nextVersion++;
        if (base != null) {
            base.subclasses.add(new WeakReference<>(this));
            inheritSlots(base);
        }
    }

    /**
     * Creates a builtin type with a single base. {@code methods} runs on first use of the type's
     * namespace and defines its methods and attributes there.
     */
    public static PyType builtin(String name, PyType base, int flags, Consumer<PyType> methods) {
        PyType t = new PyType(name, base, new PyType[] {base}, flags | IMMUTABLETYPE, TYPE);
        t.methodDefiner = methods;
        if (base != null) {
            t.flags |= base.flags & (LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
                    | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS);
            t.instancesHaveDict = base.instancesHaveDict;
            t.instancesHaveWeakref = base.instancesHaveWeakref;
        }
        t.module = null;
        // A dotted name ("typing.TypeVar") gives the module; __name__ and __qualname__ are the last part.
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            t.qualname = name.substring(dot + 1);
            t.module = PyStr.intern(name.substring(0, dot));
        }
        return t;
    }

    /** Creates a class from a class statement or a three-argument type() call. */
    public static PyType heap(PyType metatype, String name, PyType[] bases, PyDict ns) {
        PyType best = bases[0];
        PyType t = new PyType(name, solidBase(bases), bases, HEAPTYPE | BASETYPE, metatype);
        t.bases = bases;
        t.mro = Mro.compute(t, bases);
        t.flags |= best.flags & (LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
                | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS);
        t.dict = ns;
        for (PyType b : bases) if (b != t.base) b.subclasses.add(new WeakReference<>(t));
        return t;
    }

    private static PyType solidBase(PyType[] bases) {
        PyType winner = bases[0];
        for (PyType b : bases) {
            if (b.solid().isSubtypeOf(winner.solid())) winner = b;
        }
        return winner;
    }

    /** The nearest builtin ancestor, which fixes the Java class of instances. */
    public PyType solid() {
        PyType t = this;
        while ((t.flags & HEAPTYPE) != 0 && t.base != null) t = t.base;
        return t;
    }

    private static PyType[] computeLinearMro(PyType t, PyType base) {
        if (base == null) return new PyType[] {t};
        PyType[] out = new PyType[base.mro.length + 1];
        out[0] = t;
        System.arraycopy(base.mro, 0, out, 1, base.mro.length);
        return out;
    }

    /** Copies the base's non-null slots, as CPython's inherit_slots does. */
    void inheritSlots(PyType b) {
        if (repr == null) repr = b.repr;
        if (str == null) str = b.str;
        if (hash == null && richcompare == null) {
            hash = b.hash;
            richcompare = b.richcompare;
        }
        if (bool == null) bool = b.bool;
        if (getattro == null) getattro = b.getattro;
        if (setattro == null) setattro = b.setattro;
        if (call == null) call = b.call;
        if (iter == null) iter = b.iter;
        if (next == null) next = b.next;
        if (descrGet == null) descrGet = b.descrGet;
        if (descrSet == null) descrSet = b.descrSet;
        if (newFn == null) newFn = b.newFn;
        if (init == null) init = b.init;
        if (length == null) length = b.length;
        if (getitem == null) getitem = b.getitem;
        if (setitem == null) setitem = b.setitem;
        if (contains == null) contains = b.contains;
        if (concat == null) concat = b.concat;
        if (repeat == null) repeat = b.repeat;
        if (inplaceConcat == null) inplaceConcat = b.inplaceConcat;
        if (inplaceRepeat == null) inplaceRepeat = b.inplaceRepeat;
        if (add == null) add = b.add;
        if (sub == null) sub = b.sub;
        if (mul == null) mul = b.mul;
        if (matmul == null) matmul = b.matmul;
        if (truediv == null) truediv = b.truediv;
        if (floordiv == null) floordiv = b.floordiv;
        if (mod == null) mod = b.mod;
        if (divmod == null) divmod = b.divmod;
        if (pow == null) pow = b.pow;
        if (lshift == null) lshift = b.lshift;
        if (rshift == null) rshift = b.rshift;
        if (and == null) and = b.and;
        if (or == null) or = b.or;
        if (xor == null) xor = b.xor;
        if (iadd == null) iadd = b.iadd;
        if (isub == null) isub = b.isub;
        if (imul == null) imul = b.imul;
        if (imatmul == null) imatmul = b.imatmul;
        if (itruediv == null) itruediv = b.itruediv;
        if (ifloordiv == null) ifloordiv = b.ifloordiv;
        if (imod == null) imod = b.imod;
        if (ipow == null) ipow = b.ipow;
        if (ilshift == null) ilshift = b.ilshift;
        if (irshift == null) irshift = b.irshift;
        if (iand == null) iand = b.iand;
        if (ior == null) ior = b.ior;
        if (ixor == null) ixor = b.ixor;
        if (neg == null) neg = b.neg;
        if (pos == null) pos = b.pos;
        if (abs == null) abs = b.abs;
        if (invert == null) invert = b.invert;
        if (intFn == null) intFn = b.intFn;
        if (floatFn == null) floatFn = b.floatFn;
        if (index == null) index = b.index;
    }

    @Override
    public PyType type() { return metatype; }

    public String name() { return name; }

    /** {@code __name__}: the name without a builtin's module prefix. */
    public String simpleName() {
        return isHeapType() ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    void setName(String name) { this.name = name; }

    public String qualname() { return qualname; }

    public void setQualname(String q) { this.qualname = q; }

    public PyType base() { return base; }

    public PyType[] bases() { return bases; }

    public PyType[] mro() { return mro; }

    public void setMro(PyType[] mro) {
        this.mro = mro;
        modified();
    }

    public int flags() { return flags; }

    public boolean hasFlag(int f) { return (flags & f) != 0; }

    public void addFlags(int f) { flags |= f; }

    public boolean isHeapType() { return (flags & HEAPTYPE) != 0; }

    /** The metaclass a class statement uses: the most derived of {@code meta} and the bases' types. */
    public static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        return TypeType.calculateMetaclass(meta, bases);
    }

    /**
     * Where classes created by a three-argument type() call (rather than a class statement, which
     * sets __module__ itself) get their __module__: the runtime supplies the running code's __name__.
     */
    public static void setModuleNameSource(java.util.function.Supplier<PyObject> source) {
        TypeType.currentModuleName = source;
    }

    /** The running code's __name__, for objects that record where they were made (TypeVar.__module__). */
    public static PyObject currentModuleName() {
        return TypeType.currentModuleName.get();
    }

    public PyObject module() { return module; }

    public void setModule(PyObject m) { this.module = m; }

    public String doc() { return doc; }

    /** Sets the function that fills a builtin type's namespace on first use. */
    void setMethodDefiner(Consumer<PyType> definer) { this.methodDefiner = definer; }

    public void setDoc(String doc) {
        this.doc = doc;
        if (dict != null && (flags & HEAPTYPE) == 0) {
            dict.putStr(PyStr.intern("__doc__"), doc == null ? PySingleton.NONE : PyStr.of(doc));
            modified();
        }
    }

    public boolean instancesHaveDict() { return instancesHaveDict; }

    public void setInstancesHaveDict(boolean b) { instancesHaveDict = b; }

    public boolean instancesHaveWeakref() { return instancesHaveWeakref; }

    Shape instanceShape() {
        Shape s = instanceShape;
        if (s == null) instanceShape = s = Shape.root();
        return s;
    }

    public void setInstancesHaveWeakref(boolean b) { instancesHaveWeakref = b; }

    public PyStr[] slotNames() { return slotNames; }

    public void setSlotNames(PyStr[] names) { slotNames = names; }

    /** The current version tag, assigning a fresh one if the type was modified since. */
    public int version() {
        if (version == 0) version = nextVersion++;
        return version;
    }

    /** Invalidates this type's version tag and its subclasses', after a change to a namespace. */
    public void modified() {
        if (version == 0) return;
        version = 0;
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) sub.modified();
        }
    }

    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> ref : subclasses) {
            PyType t = ref.get();
            if (t != null) out.add(t);
        }
        return out;
    }

    /** The type's own namespace ({@code __dict__}), defining builtin methods on first use. */
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
            Consumer<PyType> definer = methodDefiner;
            methodDefiner = null;
            SlotWrappers.addSlotWrappers(this);
            if (definer != null) definer.accept(this);
            // type_ready gives every static type a __doc__: its docstring, or None.
            PyStr docKey = PyStr.intern("__doc__");
            if ((flags & HEAPTYPE) == 0 && dict.getStr(docKey) == null) {
                dict.putStr(docKey, doc == null ? PySingleton.NONE : PyStr.of(doc));
            }
            // A lookup made while the namespace was being filled may have cached a partial answer.
            modified();
        }
        return dict;
    }

    /**
     * Looks a name up along the MRO, without descriptors ({@code _PyType_Lookup}). Like CPython's
     * method cache, answers are remembered by (version tag, name): a class's attributes are read
     * far more often than its namespace or its bases' change, and every change drops the tag.
     */
    public PyObject lookup(PyStr name) {
        int v = version();
        int i = (int) ((v * 0x9E3779B97F4A7C15L ^ name.hash()) >>> (64 - LOOKUP_CACHE_BITS));
        LookupEntry e = LOOKUP_CACHE[i];
        if (e != null && e.version == v && e.name == name) return e.value;
        PyObject found = lookupUncached(name);
        LOOKUP_CACHE[i] = new LookupEntry(v, name, found);
        return found;
    }

    private PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.dict().getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    private static final int LOOKUP_CACHE_BITS = 12;
    private static final LookupEntry[] LOOKUP_CACHE = new LookupEntry[1 << LOOKUP_CACHE_BITS];

    /** Immutable, so a racing reader sees a whole entry or none; {@code value} null caches a miss. */
    private record LookupEntry(int version, PyStr name, PyObject value) {}

    public PyObject lookup(String name) { return lookup(PyStr.intern(name)); }

    /** The class in the MRO that defines {@code name}, or null. */
    public PyType lookupOwner(PyStr name) {
        for (PyType t : mro) {
            if (t.dict().getStr(name) != null) return t;
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** Sets an attribute in the type's namespace, keeping slots and the version tag in step. */
    public void setAttribute(PyStr name, PyObject value) {
        if (value == null) {
            if (dict().delStr(name) == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "type object '%s' has no attribute '%s'",
                        this.name, name.value());
            }
        } else {
            dict().putStr(name, value);
        }
        modified();
        if (isHeapType()) SlotWrappers.updateSlot(this, name);
    }

    @Override
    public String toString() { return "<class '" + name + "'>"; }
}
