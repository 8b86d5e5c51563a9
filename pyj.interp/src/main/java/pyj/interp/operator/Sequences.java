// operator's sequence and mapping functions: concatenation, membership, counting, searching and subscripts.
package pyj.interp.operator;

import pyj.interp.object.CompareOp;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;
import pyj.interp.object.Slots;

/**
 * concat and iconcat follow PySequence_Concat and PySequence_InPlaceConcat: the left operand's
 * sequence concatenation, else {@code +} when both operands look like sequences, else "can't be
 * concatenated". countOf and indexOf iterate with PySequence_Count/Index's identity-or-equality test.
 */
final class Sequences {
    private Sequences() {}

    static void define(OperatorModule.Table table) {
        table.binary("contains", "Same as b in a (note reversed operands).",
                (a, b) -> PyBool.of(ObjectProtocol.contains(a, b)));
        table.binary("indexOf", "Return the first index of b in a.", Sequences::indexOf);
        table.binary("countOf", "Return the number of items in a which are, or which equal, b.", Sequences::countOf);
        table.binary("concat", "Same as a + b, for a and b sequences.", Sequences::concat);
        table.binary("iconcat", "Same as a += b, for a and b sequences.", Sequences::inplaceConcat);
        table.binary("getitem", "Same as a[b].", ObjectProtocol::getItem);
        table.vector("setitem", "Same as a[b] = c.", (self, args, kw) -> {
            Arity.positional("setitem", args, kw, 3, 3);
            ObjectProtocol.setItem(args[0], args[1], args[2]);
            return PySingleton.NONE;
        });
        table.binary("delitem", "Same as del a[b].", (a, b) -> {
            ObjectProtocol.setItem(a, b, null);
            return PySingleton.NONE;
        });
    }

    /** PySequence_Check: dicts are mappings even though they subscript. */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type().getitem != null;
    }

    private static PyObject concat(PyObject a, PyObject b) {
        PyType t = a.type();
        if (t.concat != null) return t.concat.apply(a, b);
        if (isSequence(a) && isSequence(b)) {
            PyObject r = plusOrNull(a, b);
            if (r != null) return r;
        }
        throw cannotConcatenate(a);
    }

    private static PyObject inplaceConcat(PyObject a, PyObject b) {
        PyType t = a.type();
        if (t.inplaceConcat != null) return t.inplaceConcat.apply(a, b);
        if (t.concat != null) return t.concat.apply(a, b);
        if (isSequence(a) && isSequence(b)) {
            PyObject r = inplacePlusOrNull(a, b);
            if (r != null) return r;
        }
        throw cannotConcatenate(a);
    }

    /** binary_op1 for {@code +}: the operands' add slots, the right one first when it is a subclass; null for NotImplemented. */
    private static PyObject plusOrNull(PyObject v, PyObject w) {
        PyType tv = v.type(), tw = w.type();
        Slots.Binary slotv = tv.add;
        Slots.Binary slotw = tw != tv && tw.add != slotv ? tw.add : null;
        if (slotv != null) {
            if (slotw != null && tw.isSubtypeOf(tv)) {
                PyObject x = slotw.apply(v, w);
                if (x != PySingleton.NOT_IMPLEMENTED) return x;
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        if (slotw != null) {
            PyObject x = slotw.apply(v, w);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        return null;
    }

    /** binary_iop1 for {@code +=}: the left operand's in-place add, then {@link #plusOrNull}. */
    private static PyObject inplacePlusOrNull(PyObject v, PyObject w) {
        Slots.Binary islot = v.type().iadd;
        if (islot != null) {
            PyObject x = islot.apply(v, w);
            if (x != PySingleton.NOT_IMPLEMENTED) return x;
        }
        return plusOrNull(v, w);
    }

    private static PyException cannotConcatenate(PyObject a) {
        return PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object can't be concatenated", a.type().name());
    }

    private static PyObject countOf(PyObject seq, PyObject item) {
        PyObject it = iterate(seq);
        long n = 0;
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
            if (ObjectProtocol.richCompareBool(x, item, CompareOp.EQ)) n++;
        }
        return PyInt.of(n);
    }

    private static PyObject indexOf(PyObject seq, PyObject item) {
        PyObject it = iterate(seq);
        long i = 0;
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; i++) {
            if (ObjectProtocol.richCompareBool(x, item, CompareOp.EQ)) return PyInt.of(i);
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    /** _PySequence_IterSearch's iterator, with its message for a non-iterable. */
    private static PyObject iterate(PyObject seq) {
        try {
            return ObjectProtocol.getIter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "argument of type '%s' is not iterable",
                        seq.type().name());
            }
            throw e;
        }
    }
}
