// _random.Random: a Mersenne Twister generator object, subclassable like CPython's (random.Random derives from it).
package pyj.interp.random;

import java.math.BigInteger;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.HeapObject;
import pyj.interp.object.MethodDef;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.object.Slots;

/**
 * CPython's RandomObject. Instances of the builtin type itself have no {@code __dict__}; instances of
 * Python subclasses carry the usual heap-instance state, so they implement {@link HeapObject}.
 */
public final class PyRandom extends PyObject implements HeapObject {
    public static final PyType TYPE = PyType.builtin("_random.Random", PyType.OBJECT, PyType.BASETYPE,
            PyRandom::define);

    /** random_init; subclasses that do not override __init__ inherit this very slot. */
    private static final Slots.Init INIT = (self, args, kw) -> ((PyRandom) self).init(args, kw);

    static {
        TYPE.newFn = (type, args, kw) -> new PyRandom(type);
        TYPE.init = INIT;
    }

    private final MersenneTwister mt = new MersenneTwister();
    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    private PyRandom(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) dict = new PyDict();
        PyStr[] names = type.slotNames();
        slots = names == null || names.length == 0 ? null : new PyObject[names.length];
    }

    @Override
    public PyType type() { return type; }

    @Override
    public void setType(PyType t) { type = t; }

    @Override
    public PyDict dict() { return dict; }

    @Override
    public void setDict(PyDict d) { dict = d; }

    @Override
    public PyObject[] slots() { return slots; }

    private static void define(PyType t) {
        MethodDef.attr(t, "__doc__",
                PyStr.of("Random() -> create a random number generator with its own internal state."));
        MethodDef.noArgs(t, "random", self -> PyFloat.of(((PyRandom) self).mt.nextDouble()));
        MethodDef.method(t, "seed", (self, args, kw) -> {
            ArgParser.noKeywords("Random.seed", kw);
            ArgParser.checkPositional("seed", args, kw, 0, 1);
            ((PyRandom) self).seed(args.length == 0 ? PySingleton.NONE : args[0]);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "getstate", self -> ((PyRandom) self).getstate());
        MethodDef.oneArg(t, "setstate", (self, state) -> {
            ((PyRandom) self).setstate(state);
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "getrandbits", (self, k) -> ((PyRandom) self).getrandbits(k));
    }

    private void init(PyObject[] args, String[] kw) {
        if ((type == TYPE || type.init == INIT) && kw != null && kw.length > 0) {
            throw PyErr.typeError("Random() takes no keyword arguments");
        }
        int positional = args.length - (kw == null ? 0 : kw.length);
        if (positional > 1) throw PyErr.typeError("Random() requires 0 or 1 argument");
        seed(positional == 1 ? args[0] : PySingleton.NONE);
    }

    /**
     * An int seeds with the 32-bit words of its absolute value (int.__abs__ even for subclasses that
     * override it); None with operating-system entropy; anything else with its hash as an unsigned
     * 64-bit value.
     */
    private void seed(PyObject arg) {
        if (arg == PySingleton.NONE) {
            int[] key = new int[MersenneTwister.N];
            for (int i = 0; i < key.length; i++) key[i] = RandomModule.Entropy.SOURCE.nextInt();
            mt.seed(key);
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            long h = ObjectProtocol.hash(arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        mt.seed(MersenneTwister.keyOf(n));
    }

    private PyTuple getstate() {
        int[] words = mt.words();
        PyObject[] items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < words.length; i++) items[i] = PyInt.of(words[i] & 0xffffffffL);
        items[MersenneTwister.N] = PyInt.of(mt.index());
        return new PyTuple(items);
    }

    private void setstate(PyObject state) {
        if (!(state instanceof PyTuple tuple)) throw PyErr.typeError("state vector must be a tuple");
        if (tuple.size() != MersenneTwister.N + 1) throw PyErr.valueError("state vector is the wrong size");
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < words.length; i++) words[i] = unsignedLongLowWord(tuple.get(i));
        long index = NumberProtocol.index(tuple.get(MersenneTwister.N)).longValue();
        if (index < 0 || index > MersenneTwister.N) throw PyErr.valueError("invalid state");
        mt.restore(words, (int) index);
    }

    /** PyLong_AsUnsignedLong's checks, then the low 32 bits, as CPython stores an unsigned long in a word. */
    private static int unsignedLongLowWord(PyObject o) {
        if (!(o instanceof PyInt i)) throw PyErr.typeError("an integer is required");
        if (i.signum() < 0) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
        }
        if (i.isSmall()) return (int) i.value;
        if (i.big.bitLength() > 64) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
        }
        return i.big.intValue();
    }

    private PyInt getrandbits(PyObject arg) {
        int k = NumberProtocol.index(arg).intValue();
        if (k < 0) throw PyErr.valueError("number of bits must be non-negative");
        if (k == 0) return PyInt.ZERO;
        if (k <= 32) return PyInt.of((mt.nextWord() & 0xffffffffL) >>> (32 - k));
        return PyInt.of(mt.nextBits(k));
    }
}
