// The parameter list of a function or lambda.
package pyj.compiler.ast;

import java.util.List;

/** kwDefaults has one entry per kwonly argument, null where there is no default. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
