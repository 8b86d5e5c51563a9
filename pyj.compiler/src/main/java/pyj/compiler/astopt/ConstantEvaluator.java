// How the AST optimizer computes operations on constants: supplied by the runtime, so results match it exactly.
package pyj.compiler.astopt;

import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Operators.UnaryOp;
import pyj.compiler.code.Constant;

/**
 * Folding {@code 2 ** 10} or {@code "ab" * 3} at compile time must give exactly what the
 * interpreter would compute, so the arithmetic is delegated to the object model rather than
 * re-implemented. Each method returns the result as a constant, or null when the operation raises
 * or produces something that is not a constant (the expression is then left alone). The size
 * limits that keep folding cheap are checked by {@link AstOptimizer} before calling.
 */
public interface ConstantEvaluator {
    /** Folds no operation: for tools that compile without a runtime (the code then computes at run time). */
    ConstantEvaluator NONE = new ConstantEvaluator() {
        @Override public Constant binary(Operator op, Constant left, Constant right) { return null; }

        @Override public Constant unary(UnaryOp op, Constant operand) { return null; }

        @Override public Constant subscript(Constant container, Constant index) { return null; }
    };

    Constant binary(Operator op, Constant left, Constant right);

    Constant unary(UnaryOp op, Constant operand);

    Constant subscript(Constant container, Constant index);
}
