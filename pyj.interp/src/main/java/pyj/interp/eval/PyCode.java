// The runtime code object: the compiler's CodeObject with Python constants and mutable (quickened) code.
package pyj.interp.eval;

import java.util.List;

import pyj.compiler.code.CodeObject;
import pyj.compiler.code.Constant;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyComplex;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySet;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * A Python {@code code} object. {@link #units} starts as a copy of the compiled instructions; the
 * specializing interpreter rewrites it in place (CPython's co_code_adaptive), while
 * {@link #source} keeps what the compiler produced (co_code).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, 0, CodeAttributes::define);

    static {
        TYPE.repr = self -> {
            PyCode c = (PyCode) self;
            return PyStr.of("<code object " + c.source.name() + " at " + pyj.interp.object.Identity.hex(c)
                    + ", file \"" + c.source.filename() + "\", line " + c.source.firstLineno() + ">");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.hash = pyj.interp.object.Identity::hash;
    }

    public final CodeObject source;
    /** The instructions being executed (quickened in place). */
    public final char[] units;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final PyStr[] localsplusNames;
    public final int nlocalsplus;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final PyStr name;
    public final PyStr qualname;
    /** Executors installed by the optimizer, indexed by ENTER_EXECUTOR's oparg. */
    public Object[] executors;

    public PyCode(CodeObject source) {
        this.source = source;
        this.units = source.code().clone();
        OptimizerHost.quicken(units);
        List<Constant> cs = source.consts();
        this.consts = new PyObject[cs.size()];
        for (int i = 0; i < consts.length; i++) consts[i] = constant(cs.get(i));
        this.names = interned(source.names());
        this.localsplusNames = interned(source.localsplusNames());
        this.nlocalsplus = localsplusNames.length;
        this.argcount = source.argcount();
        this.posonlyargcount = source.posonlyargcount();
        this.kwonlyargcount = source.kwonlyargcount();
        this.flags = source.flags();
        this.name = PyStr.intern(source.name());
        this.qualname = PyStr.of(source.qualname());
    }

    private static PyStr[] interned(List<String> strings) {
        PyStr[] out = new PyStr[strings.size()];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.intern(strings.get(i));
        return out;
    }

    /** Turns a compile-time constant into the object it denotes. */
    public static PyObject constant(Constant c) {
        return switch (c) {
            case Constant.Singleton s -> switch (s) {
                case NONE -> PySingleton.NONE;
                case TRUE -> PyBool.TRUE;
                case FALSE -> PyBool.FALSE;
                case ELLIPSIS -> PySingleton.ELLIPSIS;
            };
            case Constant.Int i -> i.value().bitLength() < 64 ? PyInt.of(i.value().longValue()) : PyInt.of(i.value());
            case Constant.Float fl -> new PyFloat(fl.value());
            case Constant.Complex cx -> new PyComplex(cx.real(), cx.imag());
            case Constant.Str s -> s.value().length() <= 40 && isIdentifierLike(s.value()) ? PyStr.intern(s.value())
                    : PyStr.of(s.value());
            case Constant.Bytes b -> new PyBytes(b.value().clone());
            case Constant.Tuple t -> {
                PyObject[] items = new PyObject[t.items().size()];
                for (int i = 0; i < items.length; i++) items[i] = constant(t.items().get(i));
                yield PyTuple.of(items);
            }
            case Constant.FrozenSet fs -> {
                PySet set = new PySet(true);
                boolean internable = false;
                for (Constant x : fs.items()) {
                    set.add(constant(x));
                    if (x instanceof Constant.Str str && str.value().length() > 1 && isNameChars(str.value())) {
                        internable = true;
                    }
                }
                // CPython rebuilds a compile-time frozenset from its own iteration order when the
                // constant is merged, and again when the code object interns identifier-like strings
                // in it. A rebuild can change the table layout, so doing the same keeps iteration
                // order identical to CPython's.
                set = rebuild(set);
                yield internable ? rebuild(set) : set;
            }
            case Constant.Code code -> new PyCode(code.code());
        };
    }

    /** CPython's all_name_chars: ASCII letters, digits and underscores only. */
    private static boolean isNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static PySet rebuild(PySet from) {
        PySet to = new PySet(true);
        for (int i = 0; i < from.tableSize(); i++) {
            PyObject k = from.keyAt(i);
            if (k != null) to.add(k);
        }
        return to;
    }

    private static boolean isIdentifierLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }

    @Override
    public PyType type() { return TYPE; }

    public boolean isGenerator() { return (flags & CodeObject.CO_GENERATOR) != 0; }

    public boolean isCoroutine() { return (flags & CodeObject.CO_COROUTINE) != 0; }

    public boolean isAsyncGenerator() { return (flags & CodeObject.CO_ASYNC_GENERATOR) != 0; }

    public boolean isGeneratorLike() {
        return (flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
    }

    /** Line of the instruction at a code-unit index, or -1. */
    public int lineOf(int unit) { return source.positions().line(unit); }

    /** The exception-table entry covering a code unit, or null (innermost entries come first). */
    public CodeObject.ExceptionTableEntry handlerFor(int unit) {
        for (CodeObject.ExceptionTableEntry e : source.exceptionTable()) {
            if (unit >= e.start() && unit < e.end()) return e;
        }
        return null;
    }
}
