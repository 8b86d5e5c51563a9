// operator's comparison, identity and truth functions.
package pyj.interp.operator;

import pyj.interp.object.CompareOp;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;

/** The rich comparisons return what the comparison returns (not necessarily a bool), as {@code a < b} does. */
final class Comparisons {
    private Comparisons() {}

    static void define(OperatorModule.Table table) {
        for (CompareOp op : CompareOp.values()) {
            String name = op.dunder.substring(2, 4);
            table.binary(name, "Same as a " + op.symbol + " b.", (a, b) -> ObjectProtocol.richCompare(a, b, op));
        }
        table.unary("truth", "Return True if a is true, False otherwise.", a -> PyBool.of(ObjectProtocol.isTrue(a)));
        table.unary("not_", "Same as not a.", a -> PyBool.of(!ObjectProtocol.isTrue(a)));
        table.binary("is_", "Same as a is b.", (a, b) -> PyBool.of(a == b));
        table.binary("is_not", "Same as a is not b.", (a, b) -> PyBool.of(a != b));
    }
}
