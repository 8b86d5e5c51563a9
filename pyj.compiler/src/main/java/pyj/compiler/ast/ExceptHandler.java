// An 'except' clause.
package pyj.compiler.ast;

import java.util.List;

public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {}
