// operator's arithmetic and bitwise functions, plain and in-place, through the same dispatch as the operators.
package pyj.interp.operator;

import pyj.interp.object.NumberProtocol;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.Slots;

/**
 * Each binary function is BINARY_OP with the operator's oparg, so reflected methods, subclass
 * priority and NotImplemented behave exactly as {@code a + b} and {@code a += b} do.
 */
final class Arithmetic {
    private Arithmetic() {}

    /** A binary operator: its function name, the BINARY_OP oparg of its plain form, and its symbol for the doc. */
    private record Operator(String name, int nb, String symbol) {}

    private static final Operator[] BINARY = {
        new Operator("add", NumberProtocol.NB_ADD, "+"),
        new Operator("sub", NumberProtocol.NB_SUBTRACT, "-"),
        new Operator("mul", NumberProtocol.NB_MULTIPLY, "*"),
        new Operator("matmul", NumberProtocol.NB_MATRIX_MULTIPLY, "@"),
        new Operator("floordiv", NumberProtocol.NB_FLOOR_DIVIDE, "//"),
        new Operator("truediv", NumberProtocol.NB_TRUE_DIVIDE, "/"),
        new Operator("mod", NumberProtocol.NB_REMAINDER, "%"),
        new Operator("lshift", NumberProtocol.NB_LSHIFT, "<<"),
        new Operator("rshift", NumberProtocol.NB_RSHIFT, ">>"),
        new Operator("and_", NumberProtocol.NB_AND, "&"),
        new Operator("xor", NumberProtocol.NB_XOR, "^"),
        new Operator("or_", NumberProtocol.NB_OR, "|"),
        new Operator("pow", NumberProtocol.NB_POWER, "**"),
    };

    /** BINARY_OP numbers the in-place forms after the plain ones, in the same order. */
    private static final int INPLACE_OFFSET = NumberProtocol.NB_INPLACE_ADD - NumberProtocol.NB_ADD;

    static void define(OperatorModule.Table table) {
        for (Operator op : BINARY) {
            int nb = op.nb;
            table.binary(op.name, "Same as a " + op.symbol + " b.", (a, b) -> NumberProtocol.binaryOp(nb, a, b));
            String iname = "i" + (op.name.endsWith("_") ? op.name.substring(0, op.name.length() - 1) : op.name);
            table.binary(iname, "Same as a " + op.symbol + "= b.",
                    (a, b) -> NumberProtocol.binaryOp(nb + INPLACE_OFFSET, a, b));
        }
        table.unary("neg", "Same as -a.", NumberProtocol::negative);
        table.unary("pos", "Same as +a.", NumberProtocol::positive);
        table.unary("abs", "Same as abs(a).", NumberProtocol::absolute);
        Slots.Unary invert = NumberProtocol::invert;
        table.unary("inv", "Same as ~a.", invert);
        table.unary("invert", "Same as ~a.", invert);
        table.unary("index", "Same as a.__index__()", Arithmetic::exactIndex);
    }

    /** PyNumber_Index: an int subclass (True) comes back as a plain int. */
    private static PyObject exactIndex(PyObject a) {
        PyInt i = NumberProtocol.index(a);
        if (i.type() == PyInt.TYPE) return i;
        return i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
    }
}
