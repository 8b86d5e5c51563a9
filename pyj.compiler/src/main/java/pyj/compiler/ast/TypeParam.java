// PEP 695 type parameters (with PEP 696 defaults, new in 3.13).
package pyj.compiler.ast;

public sealed interface TypeParam extends Node {
    String name();

    Pos pos();

    record TypeVar(String name, Expr bound, Expr defaultValue, Pos pos) implements TypeParam {}

    record ParamSpec(String name, Expr defaultValue, Pos pos) implements TypeParam {}

    record TypeVarTuple(String name, Expr defaultValue, Pos pos) implements TypeParam {}
}
