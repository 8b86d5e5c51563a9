// The slots and methods of 'type': calling a class, class attribute lookup, and creating classes.
package pyj.interp.object;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

final class TypeType {
    private TypeType() {}

    /** The __name__ of the module whose code is running, for classes made by three-argument type(). */
    static Supplier<PyObject> currentModuleName = () -> PyStr.of("builtins");

    static void fill(PyType t) {
        t.call = TypeType::call;
        t.getattro = TypeType::getattr;
        t.setattro = TypeType::setattr;
        t.repr = TypeType::repr;
        t.newFn = TypeType::typeNew;
        t.or = PyUnionType::or;
        // Set here, not inherited: 'type' is created before 'object' has its slots.
        t.hash = Identity::hash;
        t.init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos == 1 && nkw != 0) throw PyErr.typeError("type.__init__() takes no keyword arguments");
            if (npos != 1 && npos != 3) throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
        };
        t.setMethodDefiner(TypeType::define);
    }

    static PyObject repr(PyObject self) {
        PyType t = (PyType) self;
        String mod = ObjectType.moduleName(t);
        if (mod == null || mod.equals("builtins")) return PyStr.of("<class '" + t.qualname() + "'>");
        return PyStr.of("<class '" + mod + "." + t.qualname() + "'>");
    }

    /** type_call: type(x), or cls(...) = __new__ then __init__. */
    static PyObject call(PyObject self, PyObject[] args, String[] kw) {
        PyType t = (PyType) self;
        if (t == PyType.TYPE && args.length == 1 && (kw == null || kw.length == 0)) return args[0].type();
        if (t.newFn == null) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot create '%s' instances", t.name());
        PyObject obj = t.newFn.create(t, args, kw);
        if (!obj.type().isSubtypeOf(t)) return obj;
        Slots.Init init = obj.type().init;
        if (init != null) init.init(obj, args, kw);
        return obj;
    }

    /** type_getattro: data descriptors on the metatype, then the class's MRO, then the metatype. */
    static PyObject getattr(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().descrGet;
            if (metaGet != null && metaAttr.type().descrSet != null) return metaGet.get(metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGet localGet = attr.type().descrGet;
            if (localGet != null) return localGet.get(attr, null, type);
            return attr;
        }
        if (metaGet != null) return metaGet.get(metaAttr, type, meta);
        if (metaAttr != null) return metaAttr;
        throw PyErr.attributeError(type, name);
    }

    static void setattr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot set '%s' attribute of immutable type '%s'",
                    name.value(), type.name());
        }
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && metaAttr.type().descrSet != null) {
            metaAttr.type().descrSet.set(metaAttr, type, value);
            return;
        }
        type.setAttribute(name, value);
    }

    // ---- class creation -------------------------------------------------------------------

    static PyObject typeNew(PyType metatype, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (metatype == PyType.TYPE && npos == 1 && nkw == 0) return args[0].type();
        if (npos != 3) throw PyErr.typeError("type() takes 1 or 3 arguments");
        if (!(args[0] instanceof PyStr name)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type.__new__() argument 1 must be str, not %s",
                    args[0].type().name());
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type.__new__() argument 2 must be tuple, not %s",
                    args[1].type().name());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type.__new__() argument 3 must be dict, not %s",
                    args[2].type().name());
        }
        PyType[] bases = new PyType[basesTuple.size() == 0 ? 1 : basesTuple.size()];
        if (basesTuple.size() == 0) {
            bases[0] = PyType.OBJECT;
        } else {
            for (int i = 0; i < basesTuple.size(); i++) {
                if (!(basesTuple.get(i) instanceof PyType b)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "bases must be types");
                }
                bases[i] = b;
            }
        }
        PyType winner = calculateMetaclass(metatype, bases);
        if (winner != metatype && winner.newFn != (Slots.New) TypeType::typeNew && winner.newFn != null) {
            return winner.newFn.create(winner, args, kw);
        }
        metatype = winner;
        for (PyType b : bases) {
            if (!b.hasFlag(PyType.BASETYPE)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type '%s' is not an acceptable base type", b.name());
            }
        }
        checkLayout(bases);
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "duplicate base class %s", bases[i].name());
                }
            }
        }
        PyDict dict = ns.copy();
        PyType t = PyType.heap(metatype, name.value(), bases, dict);
        PyStr qualKey = PyStr.intern("__qualname__");
        PyObject qual = dict.getStr(qualKey);
        if (qual != null) {
            if (!(qual instanceof PyStr q)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type __qualname__ must be a str, not %s",
                        qual.type().name());
            }
            t.setQualname(q.value());
            dict.delStr(qualKey);
        }
        PyStr modKey = PyStr.intern("__module__");
        if (dict.getStr(modKey) == null) dict.putStr(modKey, currentModuleName.get());
        setupSlots(t, bases, dict);
        PyStr docKey = PyStr.intern("__doc__");
        if (dict.getStr(docKey) == null) dict.putStr(docKey, PySingleton.NONE);
        wrapSpecialFunctions(dict);
        PyStr eq = PyStr.intern("__eq__");
        PyStr hash = PyStr.intern("__hash__");
        if (dict.getStr(eq) != null && dict.getStr(hash) == null) dict.putStr(hash, PySingleton.NONE);
        PyObject cell = dict.getStr(PyStr.intern("__classcell__"));
        if (cell != null) {
            if (!(cell instanceof PyCell c)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__classcell__ must be a nonlocal cell, not %s",
                        cell.type().name());
            }
            c.value = t;
            dict.delStr(PyStr.intern("__classcell__"));
        }
        HeapSlots.fixup(t);
        setNames(t, dict);
        initSubclass(t, args, kw, npos);
        return t;
    }

    /** _PyType_CalculateMetaclass: the most derived of {@code metatype} and the bases' types. */
    static PyType calculateMetaclass(PyType metatype, PyObject[] bases) {
        PyType winner = metatype;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) continue;
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static void checkLayout(PyType[] bases) {
        PyType solid = null;
        for (PyType b : bases) {
            PyType s = layoutBase(b);
            if (solid == null || s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
    }

    /**
     * The type that fixes a class's instance layout (CPython's solid_base): its builtin base, or the
     * nearest class whose __slots__ add fields to its base's.
     */
    private static PyType layoutBase(PyType t) {
        PyType x = t;
        while (x.isHeapType()) {
            if (slotCount(x) > slotCount(x.base())) return x;
            x = x.base();
        }
        // Exceptions share BaseException's layout; plain objects share object's.
        if (x.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) return ExceptionTypes.BASE_EXCEPTION;
        return x;
    }

    private static int slotCount(PyType t) {
        return t.slotNames() == null ? 0 : t.slotNames().length;
    }

    /**
     * type_new's slot handling: reads {@code __slots__}, decides whether instances get a dict and
     * weak-reference support the bases lack, and adds the member and {@code __dict__}/{@code
     * __weakref__} descriptors to the class namespace in CPython's order.
     */
    private static void setupSlots(PyType t, PyType[] bases, PyDict dict) {
        boolean baseHasDict = false;
        boolean baseHasWeakref = false;
        for (PyType b : bases) {
            baseHasDict |= b.instancesHaveDict();
            baseHasWeakref |= b.instancesHaveWeakref();
        }
        // int, tuple and bytes keep their items inline in CPython, leaving no room for more fields.
        PyType solid = t.solid();
        boolean varSized = solid == PyInt.TYPE || solid == PyTuple.TYPE || solid == PyBytes.TYPE;
        PyObject slots = dict.getStr(PyStr.intern("__slots__"));
        boolean addDict = !baseHasDict;
        boolean addWeakref = !baseHasWeakref && !varSized;
        List<PyStr> names = new ArrayList<>();
        if (slots != null) {
            addDict = false;
            addWeakref = false;
            int fields = 0;
            PyObject iter = ObjectProtocol.getIter(slots instanceof PyStr ? PyTuple.of(slots) : slots);
            for (PyObject x; (x = ObjectProtocol.next(iter)) != null; ) {
                String name = slotName(x);
                if (name.equals("__dict__")) {
                    if (baseHasDict || addDict) throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                    addDict = true;
                } else if (name.equals("__weakref__") && !varSized) {
                    if (baseHasWeakref || addWeakref) {
                        throw PyErr.typeError("__weakref__ slot disallowed: we already got one");
                    }
                    addWeakref = true;
                } else {
                    fields++;
                    names.add(PyStr.intern(mangle(t.name(), name)));
                }
            }
            if (fields > 0 && varSized) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "nonempty __slots__ not supported for subtype of '%s'",
                        t.base().name());
            }
            names.sort(null);
            for (PyStr n : names) {
                if (dict.getStr(n) != null) {
                    throw PyErr.format(ExceptionTypes.VALUE_ERROR, "'%s' in __slots__ conflicts with class variable",
                            n.value());
                }
            }
        }
        t.setInstancesHaveDict(baseHasDict || addDict);
        t.setInstancesHaveWeakref(baseHasWeakref || addWeakref);
        List<PyStr> all = new ArrayList<>();
        PyStr[] inherited = t.base().slotNames();
        if (inherited != null) all.addAll(List.of(inherited));
        for (PyStr n : names) {
            dict.putStr(n, new PyMemberDescriptor(n.value(), t, all.size()));
            all.add(n);
        }
        if (!all.isEmpty()) t.setSlotNames(all.toArray(new PyStr[0]));
        if (addDict) dict.putStr(PyStr.intern("__dict__"), InstanceAttributes.dictDescriptor(t));
        if (addWeakref) dict.putStr(PyStr.intern("__weakref__"), InstanceAttributes.weakrefDescriptor(t));
    }

    private static String slotName(PyObject x) {
        if (!(x instanceof PyStr s)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__slots__ items must be strings, not '%s'", x.type().name());
        }
        String v = s.value();
        if (!StrMethods.isIdentifier(v)) throw PyErr.typeError("__slots__ must be identifiers");
        return v;
    }

    /** Private name mangling, as the compiler applies it to {@code __x} inside a class body. */
    private static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** __new__ becomes a staticmethod, __init_subclass__ and __class_getitem__ classmethods. */
    private static void wrapSpecialFunctions(PyDict dict) {
        PyStr newKey = PyStr.intern("__new__");
        PyObject n = dict.getStr(newKey);
        if (n != null && n.type().hasFlag(PyType.METHOD_DESCRIPTOR)) dict.putStr(newKey, new PyStaticMethod(n));
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyStr key = PyStr.intern(cm);
            PyObject f = dict.getStr(key);
            if (f != null && f.type().hasFlag(PyType.METHOD_DESCRIPTOR)) dict.putStr(key, new PyClassMethod(f));
        }
    }

    private static void setNames(PyType t, PyDict dict) {
        PyStr setName = PyStr.intern("__set_name__");
        for (int i = 0; i < dict.entryLimit(); i++) {
            PyObject k = dict.keyAt(i);
            if (k == null) continue;
            PyObject v = dict.entryValue(i);
            PyObject descr = v.type().lookup(setName);
            if (descr == null) continue;
            try {
                HeapSlots.invoke(descr, v, t, k);
            } catch (PyException e) {
                throw e;
            }
        }
    }

    private static void initSubclass(PyType t, PyObject[] args, String[] kw, int npos) {
        PyObject sup = superLookup(t, PyStr.intern("__init_subclass__"));
        if (sup == null) return;
        int nkw = kw == null ? 0 : kw.length;
        PyObject[] kwargs = new PyObject[nkw];
        System.arraycopy(args, npos, kwargs, 0, nkw);
        ObjectProtocol.call(sup, kwargs, nkw == 0 ? null : kw);
    }

    /** super(t, t).name: the attribute from t's MRO after t itself, bound to t. */
    private static PyObject superLookup(PyType t, PyStr name) {
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject v = mro[i].dict().getStr(name);
            if (v != null) {
                Slots.DescrGet g = v.type().descrGet;
                return g != null ? g.get(v, null, t) : v;
            }
        }
        return null;
    }

    // ---- attributes -----------------------------------------------------------------------

    static void define(PyType t) {
        MethodDef.oneArg(t, "__or__", PyUnionType::or);
        MethodDef.oneArg(t, "__ror__", (self, other) -> PyUnionType.or(other, self));
        MethodDef.getset(t, "__name__", self -> PyStr.of(((PyType) self).simpleName()), (self, v) -> {
            PyType ty = (PyType) self;
            if (!ty.isHeapType() || v == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot %s '__name__' attribute of immutable type '%s'",
                        v == null ? "delete" : "set", ty.name());
            }
            if (!(v instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can only assign string to %s.__name__, not '%s'",
                        ty.name(), v.type().name());
            }
            if (s.value().indexOf('\0') >= 0) throw PyErr.valueError("type name must not contain null characters");
            ty.setName(s.value());
        });
        MethodDef.getset(t, "__qualname__", self -> PyStr.of(((PyType) self).qualname()), (self, v) -> {
            PyType ty = (PyType) self;
            if (!ty.isHeapType()) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot set '__qualname__' attribute of immutable type '%s'",
                        ty.name());
            }
            if (!(v instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can only assign string to %s.__qualname__, not '%s'",
                        ty.name(), v == null ? "NoneType" : v.type().name());
            }
            ty.setQualname(s.value());
        });
        MethodDef.getset(t, "__module__", self -> {
            PyType ty = (PyType) self;
            if (ty.isHeapType()) {
                PyObject m = ty.dict().getStr(PyStr.intern("__module__"));
                return m == null ? PySingleton.NONE : m;
            }
            String mod = ObjectType.moduleName(ty);
            return PyStr.of(mod);
        }, (self, v) -> ((PyType) self).setAttribute(PyStr.intern("__module__"), v));
        MethodDef.getter(t, "__bases__", self -> {
            PyType[] b = ((PyType) self).bases();
            if (self == PyType.OBJECT) return PyTuple.EMPTY;
            return PyTuple.of(b);
        });
        MethodDef.getter(t, "__base__", self -> {
            PyType b = ((PyType) self).base();
            return b == null ? PySingleton.NONE : b;
        });
        MethodDef.getter(t, "__mro__", self -> PyTuple.of((PyObject[]) ((PyType) self).mro().clone()));
        MethodDef.getter(t, "__dict__", self -> new PyMappingProxy(((PyType) self).dict()));
        MethodDef.getset(t, "__doc__", self -> {
            PyType ty = (PyType) self;
            if (ty.isHeapType()) {
                PyObject d = ty.dict().getStr(PyStr.intern("__doc__"));
                return d == null ? PySingleton.NONE : d;
            }
            PyObject d = ty.dict().getStr(PyStr.intern("__doc__"));
            if (d != null) return d;
            return ty.doc() == null ? PySingleton.NONE : PyStr.of(ty.doc());
        }, (self, v) -> ((PyType) self).setAttribute(PyStr.intern("__doc__"), v));
        MethodDef.getter(t, "__flags__", self -> PyInt.of(((PyType) self).flags() & 0xffffffffL));
        MethodDef.noArgs(t, "mro", self -> {
            PyType ty = (PyType) self;
            PyType[] m = ty.isHeapType() ? Mro.compute(ty, ty.bases()) : ty.mro();
            PyList l = new PyList();
            for (PyType x : m) l.append(x);
            return l;
        });
        MethodDef.noArgs(t, "__subclasses__", self -> {
            PyList l = new PyList();
            for (PyType s : ((PyType) self).subclasses()) l.append(s);
            return l;
        });
        MethodDef.oneArg(t, "__instancecheck__", (self, inst) -> PyBool.of(inst.type().isSubtypeOf((PyType) self)));
        MethodDef.oneArg(t, "__subclasscheck__", (self, sub) -> {
            if (!(sub instanceof PyType s)) throw PyErr.typeError("issubclass() arg 1 must be a class");
            return PyBool.of(s.isSubtypeOf((PyType) self));
        });
        MethodDef.classMethod(t, "__prepare__", (self, args, kw) -> new PyDict());
        MethodDef.noArgs(t, "__dir__", self -> {
            PyDict names = new PyDict();
            for (PyType c : ((PyType) self).mro()) names.update(c.dict());
            PyList out = new PyList();
            for (int i = 0; i < names.entryLimit(); i++) {
                PyObject k = names.keyAt(i);
                if (k != null) out.append(k);
            }
            return out;
        });
    }
}
