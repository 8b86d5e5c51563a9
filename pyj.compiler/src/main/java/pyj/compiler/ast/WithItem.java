// One context manager of a with statement.
package pyj.compiler.ast;

public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {}
