// A keyword argument of a call or class definition; arg is null for '**mapping'.
package pyj.compiler.ast;

public record Keyword(String arg, Expr value, Pos pos) implements Node {}
