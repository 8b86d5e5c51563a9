// The bridge between slots and dunder methods, in both directions (CPython's typeobject.c slotdefs).
package pyj.interp.object;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two jobs, driven by one table of special methods:
 * <ul>
 *   <li>builtin types get {@code wrapper_descriptor}s in their namespace for the slots they define
 *       ({@code int.__add__} calls {@code int}'s add slot);</li>
 *   <li>classes defined in Python get slot functions that call their dunder methods
 *       ({@code C.__add__} defined in Python makes {@code C}'s add slot call it), recomputed when
 *       a dunder is assigned on the class.</li>
 * </ul>
 */
public final class SlotWrappers {
    private SlotWrappers() {}

    /** How a wrapper calls its slot, which fixes its argument count. */
    enum Kind {
        UNARY, BINARY, BINARY_R, TERNARY, TERNARY_R, HASH, BOOL, LEN, RICHCMP, GETATTR, SETATTR, DELATTR, CALL,
        NEXT, DESCR_GET, DESCR_SET, DESCR_DELETE, INIT, SETITEM, DELITEM, CONTAINS, REPEAT, REPEAT_R, NEW
    }

    record Def(String name, Kind kind, String slot, CompareOp op) {}

    private static final Map<String, Def> DEFS = new LinkedHashMap<>();

    private static void def(String name, Kind kind, String slot) { DEFS.put(name, new Def(name, kind, slot, null)); }

    static {
        def("__getattribute__", Kind.GETATTR, "getattro");
        def("__setattr__", Kind.SETATTR, "setattro");
        def("__delattr__", Kind.DELATTR, "setattro");
        def("__repr__", Kind.UNARY, "repr");
        def("__hash__", Kind.HASH, "hash");
        def("__call__", Kind.CALL, "call");
        def("__str__", Kind.UNARY, "str");
        for (CompareOp op : CompareOp.values()) DEFS.put(op.dunder, new Def(op.dunder, Kind.RICHCMP, "richcompare", op));
        def("__iter__", Kind.UNARY, "iter");
        def("__next__", Kind.NEXT, "next");
        def("__get__", Kind.DESCR_GET, "descrGet");
        def("__set__", Kind.DESCR_SET, "descrSet");
        def("__delete__", Kind.DESCR_DELETE, "descrSet");
        def("__init__", Kind.INIT, "init");
        def("__new__", Kind.NEW, "newFn");
        binary("add", "add");
        binary("sub", "sub");
        binary("mul", "mul");
        binary("mod", "mod");
        binary("divmod", "divmod");
        DEFS.put("__pow__", new Def("__pow__", Kind.TERNARY, "pow", null));
        DEFS.put("__rpow__", new Def("__rpow__", Kind.TERNARY_R, "pow", null));
        def("__neg__", Kind.UNARY, "neg");
        def("__pos__", Kind.UNARY, "pos");
        def("__abs__", Kind.UNARY, "abs");
        def("__bool__", Kind.BOOL, "bool");
        def("__invert__", Kind.UNARY, "invert");
        binary("lshift", "lshift");
        binary("rshift", "rshift");
        binary("and", "and");
        binary("xor", "xor");
        binary("or", "or");
        def("__int__", Kind.UNARY, "intFn");
        def("__float__", Kind.UNARY, "floatFn");
        def("__iadd__", Kind.BINARY, "iadd");
        def("__isub__", Kind.BINARY, "isub");
        def("__imul__", Kind.BINARY, "imul");
        def("__imod__", Kind.BINARY, "imod");
        def("__ipow__", Kind.BINARY, "ipow");
        def("__ilshift__", Kind.BINARY, "ilshift");
        def("__irshift__", Kind.BINARY, "irshift");
        def("__iand__", Kind.BINARY, "iand");
        def("__ixor__", Kind.BINARY, "ixor");
        def("__ior__", Kind.BINARY, "ior");
        binary("floordiv", "floordiv");
        binary("truediv", "truediv");
        def("__ifloordiv__", Kind.BINARY, "ifloordiv");
        def("__itruediv__", Kind.BINARY, "itruediv");
        def("__index__", Kind.UNARY, "index");
        binary("matmul", "matmul");
        def("__imatmul__", Kind.BINARY, "imatmul");
        def("__len__", Kind.LEN, "length");
        def("__getitem__", Kind.BINARY, "getitem");
        def("__setitem__", Kind.SETITEM, "setitem");
        def("__delitem__", Kind.DELITEM, "setitem");
        def("__contains__", Kind.CONTAINS, "contains");
    }

    private static void binary(String n, String slot) {
        DEFS.put("__" + n + "__", new Def("__" + n + "__", Kind.BINARY, slot, null));
        DEFS.put("__r" + n + "__", new Def("__r" + n + "__", Kind.BINARY_R, slot, null));
    }

    // ---- builtin types: wrapper descriptors for their own slots ------------------------------

    /** Adds {@code __add__} and friends for every slot the builtin type defines itself. */
    static void addSlotWrappers(PyType t) {
        if (t.isHeapType()) return;
        PyType base = t.base();
        for (Def d : DEFS.values()) {
            Object mine = slotValue(t, d.slot());
            if (mine == null) continue;
            if (base != null && slotValue(base, d.slot()) == mine) continue;
            if (d.kind() == Kind.NEW) {
                t.dict().putStr(PyStr.intern("__new__"), newWrapper(t));
                continue;
            }
            t.dict().putStr(PyStr.intern(d.name()), new PyWrapperDescriptor(d, t));
        }
        // Sequence slots show up as the number dunders when the type has no number slot.
        addSequenceWrapper(t, base, "__add__", t.concat, base == null ? null : base.concat, Kind.BINARY, "concat");
        addSequenceWrapper(t, base, "__mul__", t.repeat, base == null ? null : base.repeat, Kind.REPEAT, "repeat");
        addSequenceWrapper(t, base, "__rmul__", t.repeat, base == null ? null : base.repeat, Kind.REPEAT_R, "repeat");
        addSequenceWrapper(t, base, "__iadd__", t.inplaceConcat, base == null ? null : base.inplaceConcat, Kind.BINARY,
                "inplaceConcat");
        addSequenceWrapper(t, base, "__imul__", t.inplaceRepeat, base == null ? null : base.inplaceRepeat, Kind.REPEAT,
                "inplaceRepeat");
    }

    /** tp_new_wrapper: {@code T.__new__(S, ...)} checks S is a subtype of T and calls T's new slot. */
    private static PyBuiltinFunction newWrapper(PyType t) {
        return new PyBuiltinFunction("__new__", t.simpleName() + ".__new__", t, (self, args, kw) -> {
            if (args.length < 1 || (kw != null && args.length == kw.length)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__new__(): not enough arguments", t.name());
            }
            if (!(args[0] instanceof PyType sub)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__new__(X): X is not a type object (%s)", t.name(),
                        args[0].type().name());
            }
            if (!sub.isSubtypeOf(t)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__new__(%s): %s is not a subtype of %s", t.name(),
                        sub.name(), sub.name(), t.name());
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return t.newFn.create(sub, rest, kw);
        }, null);
    }

    private static void addSequenceWrapper(PyType t, PyType base, String name, Object mine, Object inherited, Kind k,
                                           String slot) {
        if (mine == null || mine == inherited) return;
        PyStr key = PyStr.intern(name);
        if (t.dict().getStr(key) != null) return;
        t.dict().putStr(key, new PyWrapperDescriptor(new Def(name, k, slot, null), t));
    }

    static Object slotValue(PyType t, String slot) {
        return switch (slot) {
            case "getattro" -> t.getattro;
            case "setattro" -> t.setattro;
            case "repr" -> t.repr;
            case "hash" -> t.hash;
            case "call" -> t.call;
            case "str" -> t.str;
            case "richcompare" -> t.richcompare;
            case "iter" -> t.iter;
            case "next" -> t.next;
            case "descrGet" -> t.descrGet;
            case "descrSet" -> t.descrSet;
            case "init" -> t.init;
            case "newFn" -> t.newFn;
            case "add" -> t.add;
            case "sub" -> t.sub;
            case "mul" -> t.mul;
            case "mod" -> t.mod;
            case "divmod" -> t.divmod;
            case "pow" -> t.pow;
            case "neg" -> t.neg;
            case "pos" -> t.pos;
            case "abs" -> t.abs;
            case "bool" -> t.bool;
            case "invert" -> t.invert;
            case "lshift" -> t.lshift;
            case "rshift" -> t.rshift;
            case "and" -> t.and;
            case "xor" -> t.xor;
            case "or" -> t.or;
            case "intFn" -> t.intFn;
            case "floatFn" -> t.floatFn;
            case "iadd" -> t.iadd;
            case "isub" -> t.isub;
            case "imul" -> t.imul;
            case "imod" -> t.imod;
            case "ipow" -> t.ipow;
            case "ilshift" -> t.ilshift;
            case "irshift" -> t.irshift;
            case "iand" -> t.iand;
            case "ixor" -> t.ixor;
            case "ior" -> t.ior;
            case "floordiv" -> t.floordiv;
            case "truediv" -> t.truediv;
            case "ifloordiv" -> t.ifloordiv;
            case "itruediv" -> t.itruediv;
            case "index" -> t.index;
            case "matmul" -> t.matmul;
            case "imatmul" -> t.imatmul;
            case "length" -> t.length;
            case "getitem" -> t.getitem;
            case "setitem" -> t.setitem;
            case "contains" -> t.contains;
            case "concat" -> t.concat;
            case "repeat" -> t.repeat;
            case "inplaceConcat" -> t.inplaceConcat;
            case "inplaceRepeat" -> t.inplaceRepeat;
            default -> throw new IllegalArgumentException(slot);
        };
    }

    /** Calls a builtin slot through its wrapper: the body of {@code int.__add__(a, b)} and the like. */
    static PyObject callSlot(Def d, PyType owner, PyObject self, PyObject[] args, String[] kw) {
        String qual = d.name();
        if (d.kind() != Kind.CALL && d.kind() != Kind.INIT && d.kind() != Kind.NEW) {
            ArgParser.noKeywords(qual, kw);
        }
        PyType t = owner;
        switch (d.kind()) {
            case UNARY -> {
                expect(qual, args, 0);
                return ((Slots.Unary) slotValue(t, d.slot())).apply(self);
            }
            case BINARY -> {
                expect(qual, args, 1);
                Object s = slotValue(t, d.slot());
                if (s instanceof Slots.Ternary tern) return tern.apply(self, args[0], PySingleton.NONE);
                return ((Slots.Binary) s).apply(self, args[0]);
            }
            case BINARY_R -> {
                expect(qual, args, 1);
                return ((Slots.Binary) slotValue(t, d.slot())).apply(args[0], self);
            }
            case TERNARY -> {
                if (args.length < 1 || args.length > 2) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected 1 or 2 arguments, got %d", args.length);
                }
                return t.pow.apply(self, args[0], args.length > 1 ? args[1] : PySingleton.NONE);
            }
            case TERNARY_R -> {
                if (args.length < 1 || args.length > 2) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected 1 or 2 arguments, got %d", args.length);
                }
                return t.pow.apply(args[0], self, args.length > 1 ? args[1] : PySingleton.NONE);
            }
            case HASH -> {
                expect(qual, args, 0);
                return PyInt.of(t.hash.hash(self));
            }
            case BOOL -> {
                expect(qual, args, 0);
                return PyBool.of(t.bool.test(self));
            }
            case LEN -> {
                expect(qual, args, 0);
                return PyInt.of(t.length.length(self));
            }
            case RICHCMP -> {
                expect(qual, args, 1);
                return t.richcompare.compare(self, args[0], d.op());
            }
            case GETATTR -> {
                expect(qual, args, 1);
                return t.getattro.get(self, attrName(args[0]));
            }
            case SETATTR -> {
                expect(qual, args, 2);
                t.setattro.set(self, attrName(args[0]), args[1]);
                return PySingleton.NONE;
            }
            case DELATTR -> {
                expect(qual, args, 1);
                t.setattro.set(self, attrName(args[0]), null);
                return PySingleton.NONE;
            }
            case CALL -> {
                return t.call.call(self, args, kw);
            }
            case NEXT -> {
                expect(qual, args, 0);
                PyObject r = t.next.next(self);
                if (r == null) throw ValueReturningIterator.exhausted(self);
                return r;
            }
            case DESCR_GET -> {
                if (args.length < 1 || args.length > 2) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected 1 or 2 arguments, got %d", args.length);
                }
                PyObject obj = args[0] == PySingleton.NONE ? null : args[0];
                PyObject type = args.length > 1 && args[1] != PySingleton.NONE ? args[1] : null;
                if (obj == null && type == null) {
                    throw PyErr.typeError("__get__(None, None) is invalid");
                }
                return t.descrGet.get(self, obj, type instanceof PyType ty ? ty : (obj != null ? obj.type() : null));
            }
            case DESCR_SET -> {
                expect(qual, args, 2);
                t.descrSet.set(self, args[0], args[1]);
                return PySingleton.NONE;
            }
            case DESCR_DELETE -> {
                expect(qual, args, 1);
                t.descrSet.set(self, args[0], null);
                return PySingleton.NONE;
            }
            case INIT -> {
                t.init.init(self, args, kw);
                return PySingleton.NONE;
            }
            case SETITEM -> {
                expect(qual, args, 2);
                t.setitem.set(self, args[0], args[1]);
                return PySingleton.NONE;
            }
            case DELITEM -> {
                expect(qual, args, 1);
                t.setitem.set(self, args[0], null);
                return PySingleton.NONE;
            }
            case CONTAINS -> {
                expect(qual, args, 1);
                return PyBool.of(t.contains.contains(self, args[0]));
            }
            case REPEAT, REPEAT_R -> {
                expect(qual, args, 1);
                Slots.Repeat r = (Slots.Repeat) slotValue(t, d.slot());
                return r.repeat(self, ObjectProtocol.index(args[0]));
            }
            default -> throw new IllegalStateException(d.kind().name());
        }
    }

    private static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "attribute name must be string, not '%s'", o.type().name());
    }

    private static void expect(String name, PyObject[] args, int n) {
        if (args.length != n) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected %d argument%s, got %d", n, n == 1 ? "" : "s",
                    args.length);
        }
    }

    // ---- heap types: slots that call the class's dunders -------------------------------------

    /** Called after a dunder was assigned or deleted on a Python class. */
    static void updateSlot(PyType t, PyStr name) {
        if (DEFS.containsKey(name.value()) || name.value().equals("__getattr__")) HeapSlots.fixup(t);
        for (PyType sub : t.subclasses()) {
            if (sub.isHeapType()) updateSlot(sub, name);
        }
    }

    static Def def(String dunder) { return DEFS.get(dunder); }
}
