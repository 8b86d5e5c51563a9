// A name in an import statement.
package pyj.compiler.ast;

public record Alias(String name, String asname, Pos pos) implements Node {}
