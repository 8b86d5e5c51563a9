// One case block of a match statement.
package pyj.compiler.ast;

import java.util.List;

public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {}
