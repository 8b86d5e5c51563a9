// The root of the AST: every node type of CPython 3.13's ast module is a record under it.
package pyj.compiler.ast;

/** An AST node. The hierarchy mirrors CPython's {@code Parser/Python.asdl} (3.13). */
public sealed interface Node permits Mod, Stmt, Expr, Pattern, TypeParam, Comprehension, ExceptHandler,
        Arguments, Arg, Keyword, Alias, WithItem, MatchCase {
}
