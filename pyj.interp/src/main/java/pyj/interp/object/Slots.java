// The shapes of a type's slots: the Java functions behind Python's special methods.
package pyj.interp.object;

/**
 * Functional interfaces for {@link PyType}'s slots. They mirror CPython's {@code tp_*},
 * {@code nb_*}, {@code sq_*} and {@code mp_*} function pointers; a null slot means the type
 * does not support the operation.
 */
public final class Slots {
    private Slots() {}

    @FunctionalInterface
    public interface Unary { PyObject apply(PyObject self); }

    @FunctionalInterface
    public interface Binary { PyObject apply(PyObject self, PyObject other); }

    @FunctionalInterface
    public interface Ternary { PyObject apply(PyObject self, PyObject a, PyObject b); }

    /** tp_hash. Never returns -1 (CPython reserves it); use -2 instead. */
    @FunctionalInterface
    public interface Hash { long hash(PyObject self); }

    /** nb_bool. */
    @FunctionalInterface
    public interface Bool { boolean test(PyObject self); }

    /** mp_length / sq_length. */
    @FunctionalInterface
    public interface Length { long length(PyObject self); }

    /** tp_richcompare; returns NotImplemented when it cannot compare. */
    @FunctionalInterface
    public interface RichCompare { PyObject compare(PyObject self, PyObject other, CompareOp op); }

    /** tp_getattro; throws AttributeError when there is no such attribute. */
    @FunctionalInterface
    public interface GetAttr { PyObject get(PyObject self, PyStr name); }

    /** tp_setattro; a null value deletes. */
    @FunctionalInterface
    public interface SetAttr { void set(PyObject self, PyStr name, PyObject value); }

    /** mp_ass_subscript; a null value deletes. */
    @FunctionalInterface
    public interface SetItem { void set(PyObject self, PyObject key, PyObject value); }

    /**
     * tp_call in vectorcall form: {@code args} holds the positional arguments followed by the
     * values of the keyword arguments whose names are {@code kwnames} (null when there are none).
     */
    @FunctionalInterface
    public interface Call { PyObject call(PyObject self, PyObject[] args, String[] kwnames); }

    /** tp_new. */
    @FunctionalInterface
    public interface New { PyObject create(PyType type, PyObject[] args, String[] kwnames); }

    /** tp_init. */
    @FunctionalInterface
    public interface Init { void init(PyObject self, PyObject[] args, String[] kwnames); }

    /** tp_descr_get; {@code obj} is null when looked up on the class. */
    @FunctionalInterface
    public interface DescrGet { PyObject get(PyObject descr, PyObject obj, PyType type); }

    /** tp_descr_set; a null value deletes. */
    @FunctionalInterface
    public interface DescrSet { void set(PyObject descr, PyObject obj, PyObject value); }

    /** tp_iternext; returns null when exhausted, to spare allocating StopIteration in loops. */
    @FunctionalInterface
    public interface IterNext { PyObject next(PyObject self); }

    /** sq_contains. */
    @FunctionalInterface
    public interface Contains { boolean contains(PyObject self, PyObject item); }

    /** sq_repeat. */
    @FunctionalInterface
    public interface Repeat { PyObject repeat(PyObject self, long count); }
}
