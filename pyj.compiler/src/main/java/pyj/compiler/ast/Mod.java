// Top-level AST nodes: what a compile() mode produces.
package pyj.compiler.ast;

import java.util.List;

public sealed interface Mod extends Node {
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {}

    record Interactive(List<Stmt> body) implements Mod {}

    record Expression(Expr body) implements Mod {}

    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {}

    record TypeIgnore(int lineno, String tag) {}
}
