// Pattern nodes of match statements.
package pyj.compiler.ast;

import java.util.List;

import pyj.compiler.code.Constant;

public sealed interface Pattern extends Node {
    Pos pos();

    record MatchValue(Expr value, Pos pos) implements Pattern {}

    record MatchSingleton(Constant value, Pos pos) implements Pattern {}

    record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {}

    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos) implements Pattern {}

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Pos pos)
            implements Pattern {}

    record MatchStar(String name, Pos pos) implements Pattern {}

    record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {}

    record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {}
}
