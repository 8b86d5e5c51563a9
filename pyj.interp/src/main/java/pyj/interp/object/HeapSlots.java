// Slot functions of classes defined in Python: each calls the class's dunder method.
package pyj.interp.object;

/**
 * CPython's {@code slot_*} functions and {@code update_one_slot}. A Python class's slot is the
 * builtin slot when the dunder it finds along the MRO is a builtin's wrapper for that same slot,
 * and otherwise a function that looks the dunder up and calls it. The dispatch functions are
 * shared singletons so binary operators can tell "the other operand also uses Python dunders".
 */
final class HeapSlots {
    private HeapSlots() {}

    /** Calls type(self).name with self bound, or returns null if the type has no such attribute. */
    static PyObject callDunder(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) return null;
        return invoke(descr, self, args);
    }

    static PyObject invoke(PyObject descr, PyObject self, PyObject... args) {
        PyType dt = descr.type();
        if (dt.hasFlag(PyType.METHOD_DESCRIPTOR)) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return ObjectProtocol.call(descr, full, null);
        }
        PyObject bound = dt.descrGet != null ? dt.descrGet.get(descr, self, self.type()) : descr;
        return ObjectProtocol.call(bound, args, null);
    }

    private static final PyStr REPR = PyStr.intern("__repr__");
    private static final PyStr STR = PyStr.intern("__str__");
    private static final PyStr HASH = PyStr.intern("__hash__");
    private static final PyStr BOOL = PyStr.intern("__bool__");
    private static final PyStr LEN = PyStr.intern("__len__");
    private static final PyStr CALL = PyStr.intern("__call__");
    private static final PyStr ITER = PyStr.intern("__iter__");
    private static final PyStr NEXT = PyStr.intern("__next__");
    private static final PyStr GET = PyStr.intern("__get__");
    private static final PyStr SET = PyStr.intern("__set__");
    private static final PyStr DELETE = PyStr.intern("__delete__");
    private static final PyStr INIT = PyStr.intern("__init__");
    private static final PyStr NEW = PyStr.intern("__new__");
    private static final PyStr GETITEM = PyStr.intern("__getitem__");
    private static final PyStr SETITEM = PyStr.intern("__setitem__");
    private static final PyStr DELITEM = PyStr.intern("__delitem__");
    private static final PyStr CONTAINS = PyStr.intern("__contains__");
    private static final PyStr GETATTRIBUTE = PyStr.intern("__getattribute__");
    private static final PyStr GETATTR = PyStr.intern("__getattr__");
    private static final PyStr SETATTR = PyStr.intern("__setattr__");
    private static final PyStr DELATTR = PyStr.intern("__delattr__");

    static final Slots.Unary REPR_SLOT = self -> callDunder(self, REPR);
    static final Slots.Unary STR_SLOT = self -> callDunder(self, STR);
    static final Slots.Hash HASH_SLOT = self -> {
        PyObject r = callDunder(self, HASH);
        if (!(r instanceof PyInt i)) throw PyErr.typeError("__hash__ method should return an integer");
        if (i.big == null) return i.value == -1 ? -2 : i.value;
        return IntOps.hash(i);
    };
    static final Slots.Hash UNHASHABLE = self -> {
        throw ObjectProtocol.unhashable(self);
    };
    static final Slots.Bool BOOL_SLOT = self -> {
        PyObject r = callDunder(self, BOOL);
        if (r instanceof PyBool b) return b == PyBool.TRUE;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__bool__ should return bool, returned %s", r.type().name());
    };
    static final Slots.Length LEN_SLOT = self -> {
        PyObject r = callDunder(self, LEN);
        long n = ObjectProtocol.index(r);
        if (n < 0) throw PyErr.valueError("__len__() should return >= 0");
        return n;
    };
    static final Slots.Call CALL_SLOT = (self, args, kw) -> {
        PyObject descr = self.type().lookup(CALL);
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        if (descr.type().hasFlag(PyType.METHOD_DESCRIPTOR)) return ObjectProtocol.call(descr, full, kw);
        PyObject bound = descr.type().descrGet != null ? descr.type().descrGet.get(descr, self, self.type()) : descr;
        return ObjectProtocol.call(bound, args, kw);
    };
    static final Slots.Unary ITER_SLOT = self -> {
        PyObject descr = self.type().lookup(ITER);
        if (descr == PySingleton.NONE) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not iterable", self.type().name());
        }
        return invoke(descr, self);
    };
    static final Slots.IterNext NEXT_SLOT = self -> {
        try {
            return callDunder(self, NEXT);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) return null;
            throw e;
        }
    };
    static final Slots.DescrGet GET_SLOT = (descr, obj, type) ->
            callDunder(descr, GET, obj == null ? PySingleton.NONE : obj, type == null ? PySingleton.NONE : type);
    static final Slots.DescrSet SET_SLOT = (descr, obj, value) -> {
        if (value == null) {
            if (callDunder(descr, DELETE, obj) == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "__delete__");
            }
        } else if (callDunder(descr, SET, obj, value) == null) {
            throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "__set__");
        }
    };
    static final Slots.Init INIT_SLOT = (self, args, kw) -> {
        PyObject descr = self.type().lookup(INIT);
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        PyObject r;
        if (descr.type().hasFlag(PyType.METHOD_DESCRIPTOR)) {
            r = ObjectProtocol.call(descr, full, kw);
        } else {
            PyObject bound = descr.type().descrGet != null ? descr.type().descrGet.get(descr, self, self.type()) : descr;
            r = ObjectProtocol.call(bound, args, kw);
        }
        if (r != PySingleton.NONE) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__init__() should return None, not '%s'", r.type().name());
        }
    };
    static final Slots.New NEW_SLOT = (type, args, kw) -> {
        PyObject fn = type.lookup(NEW);
        PyObject callable = fn.type().descrGet != null ? fn.type().descrGet.get(fn, null, type) : fn;
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = type;
        System.arraycopy(args, 0, full, 1, args.length);
        return ObjectProtocol.call(callable, full, kw);
    };
    static final Slots.Binary GETITEM_SLOT = (self, key) -> callDunder(self, GETITEM, key);
    static final Slots.SetItem SETITEM_SLOT = (self, key, value) -> {
        PyObject r = value == null ? callDunder(self, DELITEM, key) : callDunder(self, SETITEM, key, value);
        if (r == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, value == null
                    ? "'%s' object doesn't support item deletion" : "'%s' object does not support item assignment",
                    self.type().name());
        }
    };
    static final Slots.Contains CONTAINS_SLOT = (self, item) -> {
        PyObject descr = self.type().lookup(CONTAINS);
        if (descr == PySingleton.NONE) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not a container", self.type().name());
        }
        return ObjectProtocol.isTrue(invoke(descr, self, item));
    };
    static final Slots.GetAttr GETATTR_HOOK = (self, name) -> {
        PyType t = self.type();
        PyObject getattribute = t.lookup(GETATTRIBUTE);
        PyObject getattr = t.lookup(GETATTR);
        try {
            if (getattribute instanceof PyWrapperDescriptor w && w.owner() == PyType.OBJECT) {
                return ObjectProtocol.genericGetAttr(self, name);
            }
            return invoke(getattribute, self, name);
        } catch (PyException e) {
            if (getattr == null || !e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
            return invoke(getattr, self, name);
        }
    };
    static final Slots.SetAttr SETATTR_SLOT = (self, name, value) -> {
        if (value == null) callDunder(self, DELATTR, name);
        else callDunder(self, SETATTR, name, value);
    };

    /** Dispatch for a binary operator defined in Python, shared by all classes for that operator. */
    private static Slots.Binary binarySlot(String op, String rop, String slot) {
        PyStr name = PyStr.intern(op);
        PyStr rname = PyStr.intern(rop);
        Slots.Binary[] self = new Slots.Binary[1];
        self[0] = (v, w) -> {
            PyType tv = v.type();
            PyType tw = w.type();
            boolean doOther = tv != tw && SlotWrappers.slotValue(tw, slot) == self[0] && tw.lookup(rname) != null;
            if (SlotWrappers.slotValue(tv, slot) == self[0]) {
                if (doOther && tw.isSubtypeOf(tv) && overrides(tw, tv, rname)) {
                    PyObject r = callOrNotImpl(w, rname, v);
                    if (r != PySingleton.NOT_IMPLEMENTED) return r;
                    doOther = false;
                }
                PyObject r = callOrNotImpl(v, name, w);
                if (r != PySingleton.NOT_IMPLEMENTED || tv == tw) return r;
            }
            if (doOther) return callOrNotImpl(w, rname, v);
            return PySingleton.NOT_IMPLEMENTED;
        };
        return self[0];
    }

    private static boolean overrides(PyType sub, PyType base, PyStr name) {
        return sub.lookup(name) != base.lookup(name);
    }

    private static PyObject callOrNotImpl(PyObject self, PyStr name, PyObject arg) {
        PyObject descr = self.type().lookup(name);
        if (descr == null || descr == PySingleton.NONE) return PySingleton.NOT_IMPLEMENTED;
        return invoke(descr, self, arg);
    }

    private static Slots.Unary unarySlot(String dunder) {
        PyStr name = PyStr.intern(dunder);
        return self -> callDunder(self, name);
    }

    private static Slots.Binary inplaceSlot(String dunder) {
        PyStr name = PyStr.intern(dunder);
        return (self, other) -> callOrNotImpl(self, name, other);
    }

    static final Slots.Binary ADD = binarySlot("__add__", "__radd__", "add");
    static final Slots.Binary SUB = binarySlot("__sub__", "__rsub__", "sub");
    static final Slots.Binary MUL = binarySlot("__mul__", "__rmul__", "mul");
    static final Slots.Binary MATMUL = binarySlot("__matmul__", "__rmatmul__", "matmul");
    static final Slots.Binary TRUEDIV = binarySlot("__truediv__", "__rtruediv__", "truediv");
    static final Slots.Binary FLOORDIV = binarySlot("__floordiv__", "__rfloordiv__", "floordiv");
    static final Slots.Binary MOD = binarySlot("__mod__", "__rmod__", "mod");
    static final Slots.Binary DIVMOD = binarySlot("__divmod__", "__rdivmod__", "divmod");
    static final Slots.Binary LSHIFT = binarySlot("__lshift__", "__rlshift__", "lshift");
    static final Slots.Binary RSHIFT = binarySlot("__rshift__", "__rrshift__", "rshift");
    static final Slots.Binary AND = binarySlot("__and__", "__rand__", "and");
    static final Slots.Binary OR = binarySlot("__or__", "__ror__", "or");
    static final Slots.Binary XOR = binarySlot("__xor__", "__rxor__", "xor");
    static final Slots.Ternary POW = (v, w, z) -> {
        PyStr pow = PyStr.intern("__pow__");
        PyStr rpow = PyStr.intern("__rpow__");
        if (v.type().pow == HeapSlots.POW_REF[0]) {
            PyObject descr = v.type().lookup(pow);
            if (descr != null) {
                PyObject r = z == PySingleton.NONE ? invoke(descr, v, w) : invoke(descr, v, w, z);
                if (r != PySingleton.NOT_IMPLEMENTED) return r;
            }
        }
        if (z == PySingleton.NONE && w.type() != v.type() && w.type().pow == HeapSlots.POW_REF[0]) {
            return callOrNotImpl(w, rpow, v);
        }
        return PySingleton.NOT_IMPLEMENTED;
    };
    private static final Slots.Ternary[] POW_REF = {POW};

    /** Recomputes every slot of a Python class from what its MRO defines. */
    static void fixup(PyType t) {
        t.repr = pick(t, REPR, "repr", REPR_SLOT);
        t.str = pick(t, STR, "str", STR_SLOT);
        PyObject h = t.lookup(HASH);
        t.hash = h == PySingleton.NONE ? UNHASHABLE : pick(t, HASH, "hash", HASH_SLOT);
        t.richcompare = richcompare(t);
        t.bool = pick(t, BOOL, "bool", BOOL_SLOT);
        t.length = pick(t, LEN, "length", LEN_SLOT);
        t.call = pick(t, CALL, "call", CALL_SLOT);
        t.iter = pick(t, ITER, "iter", ITER_SLOT);
        t.next = pick(t, NEXT, "next", NEXT_SLOT);
        t.descrGet = pick(t, GET, "descrGet", GET_SLOT);
        boolean hasSet = t.lookup(SET) != null || t.lookup(DELETE) != null;
        if (isPython(t, SET) || isPython(t, DELETE)) t.descrSet = SET_SLOT;
        else t.descrSet = hasSet ? (Slots.DescrSet) builtinFor(t, SET, "descrSet") : null;
        t.init = pick(t, INIT, "init", INIT_SLOT);
        t.newFn = pickNew(t);
        t.getitem = pick(t, GETITEM, "getitem", GETITEM_SLOT);
        boolean setPy = isPython(t, SETITEM) || isPython(t, DELITEM);
        t.setitem = setPy ? SETITEM_SLOT : (Slots.SetItem) builtinFor(t, SETITEM, "setitem");
        t.contains = pick(t, CONTAINS, "contains", CONTAINS_SLOT);
        boolean attrPy = isPython(t, GETATTRIBUTE) || t.lookup(GETATTR) != null;
        t.getattro = attrPy ? GETATTR_HOOK : (Slots.GetAttr) builtinFor(t, GETATTRIBUTE, "getattro");
        boolean setattrPy = isPython(t, SETATTR) || isPython(t, DELATTR);
        t.setattro = setattrPy ? SETATTR_SLOT : (Slots.SetAttr) builtinFor(t, SETATTR, "setattro");
        t.add = binary(t, "add", ADD);
        t.sub = binary(t, "sub", SUB);
        t.mul = binary(t, "mul", MUL);
        t.matmul = binary(t, "matmul", MATMUL);
        t.truediv = binary(t, "truediv", TRUEDIV);
        t.floordiv = binary(t, "floordiv", FLOORDIV);
        t.mod = binary(t, "mod", MOD);
        t.divmod = binary(t, "divmod", DIVMOD);
        t.lshift = binary(t, "lshift", LSHIFT);
        t.rshift = binary(t, "rshift", RSHIFT);
        t.and = binary(t, "and", AND);
        t.or = binary(t, "or", OR);
        t.xor = binary(t, "xor", XOR);
        t.pow = isPython(t, PyStr.intern("__pow__")) || isPython(t, PyStr.intern("__rpow__")) ? POW
                : (Slots.Ternary) builtinFor(t, PyStr.intern("__pow__"), "pow");
        t.neg = pick(t, PyStr.intern("__neg__"), "neg", unarySlot("__neg__"));
        t.pos = pick(t, PyStr.intern("__pos__"), "pos", unarySlot("__pos__"));
        t.abs = pick(t, PyStr.intern("__abs__"), "abs", unarySlot("__abs__"));
        t.invert = pick(t, PyStr.intern("__invert__"), "invert", unarySlot("__invert__"));
        t.intFn = pick(t, PyStr.intern("__int__"), "intFn", unarySlot("__int__"));
        t.floatFn = pick(t, PyStr.intern("__float__"), "floatFn", unarySlot("__float__"));
        t.index = pick(t, PyStr.intern("__index__"), "index", unarySlot("__index__"));
        t.iadd = pick(t, PyStr.intern("__iadd__"), "iadd", inplaceSlot("__iadd__"));
        t.isub = pick(t, PyStr.intern("__isub__"), "isub", inplaceSlot("__isub__"));
        t.imul = pick(t, PyStr.intern("__imul__"), "imul", inplaceSlot("__imul__"));
        t.imatmul = pick(t, PyStr.intern("__imatmul__"), "imatmul", inplaceSlot("__imatmul__"));
        t.itruediv = pick(t, PyStr.intern("__itruediv__"), "itruediv", inplaceSlot("__itruediv__"));
        t.ifloordiv = pick(t, PyStr.intern("__ifloordiv__"), "ifloordiv", inplaceSlot("__ifloordiv__"));
        t.imod = pick(t, PyStr.intern("__imod__"), "imod", inplaceSlot("__imod__"));
        t.ilshift = pick(t, PyStr.intern("__ilshift__"), "ilshift", inplaceSlot("__ilshift__"));
        t.irshift = pick(t, PyStr.intern("__irshift__"), "irshift", inplaceSlot("__irshift__"));
        t.iand = pick(t, PyStr.intern("__iand__"), "iand", inplaceSlot("__iand__"));
        t.ior = pick(t, PyStr.intern("__ior__"), "ior", inplaceSlot("__ior__"));
        t.ixor = pick(t, PyStr.intern("__ixor__"), "ixor", inplaceSlot("__ixor__"));
        PyStr ipow = PyStr.intern("__ipow__");
        t.ipow = isPython(t, ipow) ? (v, w, z) -> callOrNotImpl(v, ipow, w) : null;
        // Sequence slots of builtin bases stay as they are unless Python overrides the number dunder.
        PyType solid = t.solid();
        t.concat = isPython(t, PyStr.intern("__add__")) ? null : solid.concat;
        t.repeat = isPython(t, PyStr.intern("__mul__")) ? null : solid.repeat;
        t.inplaceConcat = isPython(t, PyStr.intern("__iadd__")) ? null : solid.inplaceConcat;
        t.inplaceRepeat = isPython(t, PyStr.intern("__imul__")) ? null : solid.inplaceRepeat;
    }

    /** True when the MRO's first definition of the dunder is not a builtin slot wrapper. */
    private static boolean isPython(PyType t, PyStr name) {
        PyObject d = t.lookup(name);
        return d != null && !(d instanceof PyWrapperDescriptor);
    }

    /** The builtin slot the MRO's definition wraps, or null. */
    private static Object builtinFor(PyType t, PyStr name, String slot) {
        PyObject d = t.lookup(name);
        if (d instanceof PyWrapperDescriptor w && w.def.slot().equals(slot)) return SlotWrappers.slotValue(w.owner, slot);
        if (d == null) {
            // Inherited from a builtin whose namespace carries no wrapper (sequence-only slots).
            PyType solid = t.solid();
            return solid == t ? null : SlotWrappers.slotValue(solid, slot);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T pick(PyType t, PyStr name, String slot, T python) {
        PyObject d = t.lookup(name);
        if (d == null) return null;
        if (d instanceof PyWrapperDescriptor w && w.def.slot().equals(slot)) {
            return (T) SlotWrappers.slotValue(w.owner, slot);
        }
        return python;
    }

    private static Slots.Binary binary(PyType t, String n, Slots.Binary python) {
        PyStr name = PyStr.intern("__" + n + "__");
        PyStr rname = PyStr.intern("__r" + n + "__");
        if (isPython(t, name) || isPython(t, rname)) return python;
        Object b = builtinFor(t, name, n);
        if (b == null) b = builtinFor(t, rname, n);
        return (Slots.Binary) b;
    }

    private static Slots.New pickNew(PyType t) {
        PyObject d = t.lookup(NEW);
        if (d instanceof PyWrapperDescriptor w) return (Slots.New) SlotWrappers.slotValue(w.owner, "newFn");
        if (d instanceof PyBuiltinFunction f && f.self() instanceof PyType owner && !owner.isHeapType()) {
            return owner.newFn;
        }
        return NEW_SLOT;
    }

    private static Slots.RichCompare richcompare(PyType t) {
        boolean python = false;
        for (CompareOp op : CompareOp.values()) {
            if (isPython(t, PyStr.intern(op.dunder))) {
                python = true;
                break;
            }
        }
        if (!python) {
            PyObject d = t.lookup(PyStr.intern("__eq__"));
            if (d instanceof PyWrapperDescriptor w) return w.owner.richcompare;
            return t.solid().richcompare;
        }
        return (self, other, op) -> {
            PyObject descr = self.type().lookup(PyStr.intern(op.dunder));
            if (descr == null) return PySingleton.NOT_IMPLEMENTED;
            return invoke(descr, self, other);
        };
    }
}
