// Expression nodes of the AST.
package pyj.compiler.ast;

import java.util.List;

import pyj.compiler.ast.Operators.BoolOp;
import pyj.compiler.ast.Operators.CmpOp;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Operators.UnaryOp;
import pyj.compiler.code.Constant;

public sealed interface Expr extends Node {
    Pos pos();

    record BoolOpExpr(BoolOp op, List<Expr> values, Pos pos) implements Expr {}

    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {}

    record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {}

    record UnaryOpExpr(UnaryOp op, Expr operand, Pos pos) implements Expr {}

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

    /** A dict display; a null key marks a {@code **mapping} entry. */
    record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}

    record SetExpr(List<Expr> elts, Pos pos) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {}

    record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record Await(Expr value, Pos pos) implements Expr {}

    record Yield(Expr value, Pos pos) implements Expr {}

    record YieldFrom(Expr value, Pos pos) implements Expr {}

    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Pos pos) implements Expr {}

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {}

    /** conversion is -1 (none) or the code point of 's', 'r' or 'a'. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {}

    record JoinedStr(List<Expr> values, Pos pos) implements Expr {}

    /** kind is "u" for a u-prefixed string, otherwise null. */
    record ConstantExpr(Constant value, String kind, Pos pos) implements Expr {}

    record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {}

    record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {}

    record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {}

    record Name(String id, ExprContext ctx, Pos pos) implements Expr {}

    record ListExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}

    record TupleExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}

    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}
}
