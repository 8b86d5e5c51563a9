// CPython's targeted messages for common syntax mistakes (its invalid_* grammar rules).
package pyj.compiler.parse;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Stmt;
import pyj.compiler.error.CompileError;
import pyj.compiler.tokenize.Token;
import pyj.compiler.tokenize.TokenKind;

final class SyntaxErrors {
    private SyntaxErrors() {}

    /** Something follows a complete simple statement on the same line. */
    static CompileError afterStatement(Parser p, Stmt stmt, Token t) {
        if (stmt instanceof Stmt.ExprStmt es && startsExpressionToken(p, t)) {
            Expr e = es.value();
            if (isCommaCandidate(e) && t.line() == e.pos().endLine()) {
                return p.errorAt(e.pos().to(p.tokenPos(t)), "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        if (t.is(TokenKind.INDENT)) return p.indentationError(t, "unexpected indent");
        return p.syntaxErrorAt(t, "invalid syntax");
    }

    private static boolean startsExpressionToken(Parser p, Token t) {
        return t.is(TokenKind.NAME) || t.is(TokenKind.NUMBER) || t.is(TokenKind.STRING)
                || t.is(TokenKind.FSTRING_START);
    }

    private static boolean isCommaCandidate(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.ConstantExpr || e instanceof Expr.Attribute
                || e instanceof Expr.Subscript || e instanceof Expr.Call || e instanceof Expr.ListExpr
                || e instanceof Expr.TupleExpr || e instanceof Expr.Dict || e instanceof Expr.SetExpr;
    }

    /** f(x+1=2), f(True=1), f(*a=1) */
    static CompileError badKeywordArgument(Parser p, Expr e) {
        if (e instanceof Expr.ConstantExpr c && (c.value() == pyj.compiler.code.Constant.TRUE
                || c.value() == pyj.compiler.code.Constant.FALSE || c.value() == pyj.compiler.code.Constant.NONE)) {
            return p.errorAt(e.pos().to(p.tokenPos(p.peek())), "cannot assign to " + Targets.describe(e));
        }
        if (e instanceof Expr.Starred) {
            return p.errorAt(e.pos().to(p.tokenPos(p.peek())), "cannot assign to iterable argument unpacking");
        }
        return p.errorAt(e.pos().to(p.tokenPos(p.peek())), "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
}
