// Compile-time arithmetic on constants done by the object model, so folded results equal run-time ones.
package pyj.interp.eval;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Operators.UnaryOp;
import pyj.compiler.astopt.ConstantEvaluator;
import pyj.compiler.code.Constant;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyComplex;
import pyj.interp.object.PyException;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySet;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;

/**
 * The {@link ConstantEvaluator} the compiler folds with. Operations that raise are simply not
 * folded (the error then happens at run time, as in CPython), and results that are not constants
 * of the exact built-in types are discarded.
 */
public final class ConstantFolding implements ConstantEvaluator {
    public static final ConstantFolding INSTANCE = new ConstantFolding();

    private ConstantFolding() {}

    @Override
    public Constant binary(Operator op, Constant left, Constant right) {
        try {
            return toConstant(NumberProtocol.binaryOp(nb(op), PyCode.constant(left), PyCode.constant(right)));
        } catch (PyException e) {
            return null;
        }
    }

    @Override
    public Constant unary(UnaryOp op, Constant operand) {
        try {
            PyObject v = PyCode.constant(operand);
            PyObject r = switch (op) {
                case Invert -> NumberProtocol.invert(v);
                case Not -> PyBool.of(!ObjectProtocol.isTrue(v));
                case UAdd -> NumberProtocol.positive(v);
                case USub -> NumberProtocol.negative(v);
            };
            return toConstant(r);
        } catch (PyException e) {
            return null;
        }
    }

    @Override
    public Constant subscript(Constant container, Constant index) {
        try {
            return toConstant(ObjectProtocol.getItem(PyCode.constant(container), PyCode.constant(index)));
        } catch (PyException e) {
            return null;
        }
    }

    private static int nb(Operator op) {
        return switch (op) {
            case Add -> NumberProtocol.NB_ADD;
            case BitAnd -> NumberProtocol.NB_AND;
            case FloorDiv -> NumberProtocol.NB_FLOOR_DIVIDE;
            case LShift -> NumberProtocol.NB_LSHIFT;
            case MatMult -> NumberProtocol.NB_MATRIX_MULTIPLY;
            case Mult -> NumberProtocol.NB_MULTIPLY;
            case Mod -> NumberProtocol.NB_REMAINDER;
            case BitOr -> NumberProtocol.NB_OR;
            case Pow -> NumberProtocol.NB_POWER;
            case RShift -> NumberProtocol.NB_RSHIFT;
            case Sub -> NumberProtocol.NB_SUBTRACT;
            case Div -> NumberProtocol.NB_TRUE_DIVIDE;
            case BitXor -> NumberProtocol.NB_XOR;
        };
    }

    /** The constant for an object of an exact constant type, or null. */
    public static Constant toConstant(PyObject o) {
        if (o == PySingleton.NONE) return Constant.NONE;
        if (o == PySingleton.ELLIPSIS) return Constant.ELLIPSIS;
        if (o == PyBool.TRUE) return Constant.TRUE;
        if (o == PyBool.FALSE) return Constant.FALSE;
        if (o.type() == PyInt.TYPE) {
            PyInt i = (PyInt) o;
            return new Constant.Int(i.big != null ? i.big : java.math.BigInteger.valueOf(i.value));
        }
        if (o.type() == PyFloat.TYPE) return new Constant.Float(((PyFloat) o).value);
        if (o.type() == PyComplex.TYPE) return new Constant.Complex(((PyComplex) o).real, ((PyComplex) o).imag);
        if (o.type() == PyStr.TYPE) return new Constant.Str(((PyStr) o).value());
        if (o.type() == PyBytes.TYPE) return new Constant.Bytes(((PyBytes) o).data().clone());
        if (o.type() == PyTuple.TYPE) {
            List<Constant> items = new ArrayList<>();
            for (PyObject x : ((PyTuple) o).items()) {
                Constant c = toConstant(x);
                if (c == null) return null;
                items.add(c);
            }
            return new Constant.Tuple(items);
        }
        if (o.type() == PySet.FROZENSET_TYPE) {
            PySet s = (PySet) o;
            List<Constant> items = new ArrayList<>();
            for (int i = 0; i < s.tableSize(); i++) {
                PyObject k = s.keyAt(i);
                if (k == null) continue;
                Constant c = toConstant(k);
                if (c == null) return null;
                items.add(c);
            }
            return new Constant.FrozenSet(items);
        }
        return null;
    }
}
