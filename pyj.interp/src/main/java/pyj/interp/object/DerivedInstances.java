// Instances of Python classes derived from builtin types: the builtin's Java class plus heap-instance state.
package pyj.interp.object;

import java.math.BigInteger;

/**
 * {@code class Celsius(float)} must produce objects that every float slot accepts as floats, so an
 * instance is a Java subclass of {@link PyFloat} that adds the {@link HeapObject} state. Each
 * builtin's {@code __new__} asks this class for one when called for a subtype. The builtin's own
 * slots see the subclass instance through {@code instanceof}, as CPython's {@code PyFloat_Check}
 * does; fast paths for exact types keep comparing {@code getClass()}.
 */
final class DerivedInstances {
    private DerivedInstances() {}

    /** Forwards the {@link HeapObject} view to the {@link InstanceState} a derived instance holds. */
    private interface Delegating extends HeapObject {
        InstanceState state();

        @Override
        default void setType(PyType type) { state().type = type; }

        @Override
        default void setDict(PyDict dict) { state().dict = dict; }

        @Override
        default PyObject[] slots() { return state().slots; }
    }

    static PyList list(PyType type) { return new OfList(type); }

    static PyDict dict(PyType type) { return new OfDict(type); }

    static PyTuple tuple(PyType type, PyObject[] items) { return new OfTuple(type, items); }

    static PyStr str(PyType type, String value) { return new OfStr(type, value); }

    static PyInt integer(PyType type, PyInt value) {
        return value.isSmall() ? new OfInt(type, value.value) : new OfInt(type, value.big);
    }

    static PyFloat floating(PyType type, double value) { return new OfFloat(type, value); }

    static PyComplex complex(PyType type, double real, double imag) { return new OfComplex(type, real, imag); }

    static PyBytes bytes(PyType type, byte[] data) { return new OfBytes(type, data); }

    static PyByteArray bytearray(PyType type) { return new OfByteArray(type); }

    /** An empty set, or a frozenset to be filled before it escapes. */
    static PySet set(PyType type, boolean frozen) { return new OfSet(type, frozen); }

    private static final class OfList extends PyList implements Delegating {
        private final InstanceState state;

        OfList(PyType type) { state = new InstanceState(type); }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfDict extends PyDict implements Delegating {
        private final InstanceState state;

        OfDict(PyType type) { state = new InstanceState(type); }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfTuple extends PyTuple implements Delegating {
        private final InstanceState state;

        OfTuple(PyType type, PyObject[] items) {
            super(items);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfStr extends PyStr implements Delegating {
        private final InstanceState state;

        OfStr(PyType type, String value) {
            super(value);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfInt extends PyInt implements Delegating {
        private final InstanceState state;

        OfInt(PyType type, long value) {
            super(value);
            state = new InstanceState(type);
        }

        OfInt(PyType type, BigInteger value) {
            super(value);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfFloat extends PyFloat implements Delegating {
        private final InstanceState state;

        OfFloat(PyType type, double value) {
            super(value);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfComplex extends PyComplex implements Delegating {
        private final InstanceState state;

        OfComplex(PyType type, double real, double imag) {
            super(real, imag);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfBytes extends PyBytes implements Delegating {
        private final InstanceState state;

        OfBytes(PyType type, byte[] data) {
            super(data);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfByteArray extends PyByteArray implements Delegating {
        private final InstanceState state;

        OfByteArray(PyType type) {
            super(new byte[0]);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }

    private static final class OfSet extends PySet implements Delegating {
        private final InstanceState state;

        OfSet(PyType type, boolean frozen) {
            super(frozen);
            state = new InstanceState(type);
        }

        @Override public InstanceState state() { return state; }
        @Override public PyType type() { return state.type; }
        @Override public PyDict dict() { return state.dict; }
    }
}
