// One 'for ... in ... if ...' clause of a comprehension.
package pyj.compiler.ast;

import java.util.List;

public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node {}
