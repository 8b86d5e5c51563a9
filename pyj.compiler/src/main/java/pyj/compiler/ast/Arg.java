// One parameter.
package pyj.compiler.ast;

public record Arg(String arg, Expr annotation, String typeComment, Pos pos) implements Node {}
