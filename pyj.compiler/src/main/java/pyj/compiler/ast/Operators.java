// The operator enumerations of the AST (boolop, operator, unaryop, cmpop, expr_context).
package pyj.compiler.ast;

/** Operator kinds, named exactly as CPython's ast classes so that ast.dump can print them. */
public final class Operators {
    private Operators() {}

    public enum ExprContext { Load, Store, Del }

    public enum BoolOp { And, Or }

    public enum Operator {
        Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"),
        RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

        public final String symbol;

        Operator(String symbol) { this.symbol = symbol; }
    }

    public enum UnaryOp {
        Invert("~"), Not("not"), UAdd("+"), USub("-");

        public final String symbol;

        UnaryOp(String symbol) { this.symbol = symbol; }
    }

    public enum CmpOp {
        Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"),
        NotIn("not in");

        public final String symbol;

        CmpOp(String symbol) { this.symbol = symbol; }
    }
}
