// Parses the arguments of calls and class definitions, with CPython's messages for malformed ones.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Comprehension;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Keyword;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.error.CompileError;
import pyj.compiler.tokenize.Token;

/**
 * CPython's call grammar: {@code primary genexp} (a lone generator argument) is tried before
 * {@code primary '(' [arguments] ')'}, and {@code args} takes positional arguments first, then
 * keywords mixed with '*' arguments, then keywords mixed with '**' ones. Starred arguments go
 * with the positional ones and '**' ones with the keywords, in source order. In the second pass
 * invalid_arguments explains a list that does not parse.
 */
final class CallArguments {
    private final Parser p;

    CallArguments(Parser p) {
        this.p = p;
    }

    /** The arguments collected by the args rule. */
    private record Args(List<Expr> positional, List<Keyword> keywords) {
        Args() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** A call of {@code func} at '(': primary genexp | primary '(' [arguments] ')' */
    Expr call(Expr func, Token start) {
        int m = p.mark();
        Expr g = p.attempt(this::genexp);
        if (g != null) return new Expr.Call(func, List.of(g), List.of(), p.pos(start));
        if (p.invalidRules) {
            Displays.invalidComprehension(p, false);
            p.reset(m);
        }
        p.expectOp("(");
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (!p.atOp(")")) arguments(args, keywords);
        p.expectOp(")");
        return new Expr.Call(func, args, keywords, p.pos(start));
    }

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' */
    Expr genexp() {
        Token open = p.expectOp("(");
        Expr elt = assignmentOrExpression();
        if (!p.atComprehension()) throw Parser.fail();
        List<Comprehension> gens = p.comprehensionClauses();
        p.expectOp(")");
        return new Expr.GeneratorExp(elt, gens, p.pos(open));
    }

    /** assignment_expression | expression !':=' */
    private Expr assignmentOrExpression() {
        if (p.atName() && p.peek(1).isOp(":=")) {
            Token name = p.next();
            p.next();
            Expr value = p.expression();
            return new Expr.NamedExpr(new Expr.Name(name.text(), ExprContext.Store, p.tokenPos(name)), value,
                    p.pos(name));
        }
        Expr e = p.expression();
        if (p.atOp(":=")) throw Parser.fail();
        return e;
    }

    /** arguments: args [','] &')' | invalid_arguments */
    void arguments(List<Expr> args, List<Keyword> keywords) {
        int m = p.mark();
        try {
            Args a = args();
            p.acceptOp(",");
            if (!p.atOp(")")) throw Parser.fail();
            args.addAll(a.positional());
            keywords.addAll(a.keywords());
        } catch (Parser.Failure f) {
            if (p.invalidRules) {
                p.reset(m);
                invalidArguments();
            }
            throw f;
        }
    }

    /** args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs */
    private Args args() {
        Args a = new Args();
        if (positional(a)) {
            while (p.atOp(",")) {
                int m = p.mark();
                p.next();
                if (!positional(a)) {
                    p.reset(m);
                    break;
                }
            }
            int m = p.mark();
            if (!(p.acceptOp(",") && kwargs(a))) p.reset(m);
            return a;
        }
        if (!kwargs(a)) throw Parser.fail();
        return a;
    }

    /** starred_expression | (assignment_expression | expression !':=') !'=' */
    private boolean positional(Args a) {
        int m = p.mark();
        if (p.atOp("*")) {
            Expr s = p.attempt(this::starredExpression);
            if (s == null) return false;
            a.positional().add(s);
            return true;
        }
        Expr e = p.attempt(this::assignmentOrExpression);
        if (e == null || p.atOp("=")) {
            p.reset(m);
            return false;
        }
        a.positional().add(e);
        return true;
    }

    /**
     * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
     * | ','.kwarg_or_double_starred+. Returns false, with nothing consumed, when none matches.
     */
    private boolean kwargs(Args a) {
        int starred = gather(a, true);
        if (starred > 0) {
            int m = p.mark();
            if (!(p.acceptOp(",") && gather(a, false) > 0)) p.reset(m);
            return true;
        }
        return gather(a, false) > 0;
    }

    /** ','.kwarg_or_starred+ or ','.kwarg_or_double_starred+: how many items matched. */
    private int gather(Args a, boolean starred) {
        if (!kwarg(a, starred)) return 0;
        int n = 1;
        while (p.atOp(",")) {
            int m = p.mark();
            p.next();
            if (!kwarg(a, starred)) {
                p.reset(m);
                break;
            }
            n++;
        }
        return n;
    }

    /** kwarg_or_starred / kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '*'/'**' argument. */
    private boolean kwarg(Args a, boolean starred) {
        if (p.invalidRules) invalidKwarg();
        int m = p.mark();
        if (p.atName() && p.peek(1).isOp("=")) {
            Token name = p.next();
            p.next();
            Expr value = p.attempt(p::expression);
            if (value != null) {
                a.keywords().add(new Keyword(name.text(), value, p.pos(name)));
                return true;
            }
            p.reset(m);
        }
        if (starred) {
            if (!p.atOp("*")) return false;
            Expr s = p.attempt(this::starredExpression);
            if (s == null) return false;
            a.positional().add(s);
            return true;
        }
        if (!p.atOp("**")) return false;
        Token t = p.next();
        Expr value = p.attempt(p::expression);
        if (value == null) {
            p.reset(m);
            return false;
        }
        a.keywords().add(new Keyword(null, value, p.pos(t)));
        return true;
    }

    /**
     * starred_expression: invalid_starred_expression | '*' expression | '*', the last an error in
     * either pass ("Invalid star expression").
     */
    Expr starredExpression() {
        if (p.invalidRules) invalidStarredExpression();
        Token t = p.expectOp("*");
        Expr value = p.attempt(p::expression);
        if (value == null) throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "Invalid star expression");
        return new Expr.Starred(value, ExprContext.Load, p.pos(t));
    }

    // ---- invalid rules ----------------------------------------------------------------------------

    /** invalid_starred_expression: '*' expression '=' expression */
    private void invalidStarredExpression() {
        int m = p.mark();
        Token star = p.expectOp("*");
        if (p.attempt(p::expression) != null && p.acceptOp("=")) {
            Expr b = p.attempt(p::expression);
            if (b != null) throw p.errorRange(p.span(star), b.pos(), "cannot assign to iterable argument unpacking");
        }
        p.reset(m);
    }

    /** invalid_kwarg, before each keyword argument. */
    private void invalidKwarg() {
        int m = p.mark();
        Token t = p.peek();
        if ((t.isName("True") || t.isName("False") || t.isName("None")) && p.peek(1).isOp("=")) {
            throw p.errorRange(p.span(t), p.span(p.peek(1)), "cannot assign to " + t.text());
        }
        if (p.atName() && p.peek(1).isOp("=")) {
            Token name = p.next();
            Token eq = p.next();
            if (p.attempt(p::expression) != null && p.atComprehension()
                    && p.attempt(p::comprehensionClauses) != null) {
                throw p.errorRange(p.span(name), p.span(eq),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            p.reset(m);
        } else {
            Expr a = p.attempt(p::expression);
            if (a != null && p.atOp("=")) {
                throw p.errorRange(a.pos(), p.span(p.peek()),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            p.reset(m);
        }
        if (p.atOp("**")) {
            Token star = p.next();
            if (p.attempt(p::expression) != null && p.acceptOp("=")) {
                Expr b = p.attempt(p::expression);
                if (b != null) throw p.errorRange(p.span(star), b.pos(), "cannot assign to keyword argument unpacking");
            }
            p.reset(m);
        }
    }

    /** invalid_arguments, at the start of an argument list that does not parse. */
    private void invalidArguments() {
        int start = p.mark();
        unpackingAfterKeywordUnpacking();
        p.reset(start);
        Expr a = p.attempt(p::expression);
        if (a != null) {
            List<Comprehension> gens = p.atComprehension() ? p.attempt(p::comprehensionClauses) : null;
            if (gens != null && p.atOp(",")) {
                p.next();
                if (p.attempt(this::args) == null) {
                    Expr e = p.attempt(p::expression);
                    if (e != null && p.atComprehension()) p.attempt(p::comprehensionClauses);
                }
                throw p.errorRange(a.pos(), lastComprehensionItem(gens).pos(), "Generator expression must be parenthesized");
            }
        }
        p.reset(start);
        equalsBeforeComprehension();
        p.reset(start);
        missingArgumentValue();
        p.reset(start);
        Args args = p.attempt(this::args);
        if (args != null && p.atComprehension()) {
            List<Comprehension> gens = p.attempt(p::comprehensionClauses);
            if (gens != null && args.positional().size() > 1) {
                Expr last = args.positional().get(args.positional().size() - 1);
                throw p.errorRange(last.pos(), lastComprehensionItem(gens).pos(),
                        "Generator expression must be parenthesized");
            }
        }
        p.reset(start);
        if (p.attempt(this::args) != null && p.acceptOp(",")) {
            Expr e = p.attempt(p::expression);
            if (e != null && p.atComprehension()) {
                List<Comprehension> gens = p.attempt(p::comprehensionClauses);
                if (gens != null) {
                    throw p.errorRange(e.pos(), lastComprehensionItem(gens).pos(),
                            "Generator expression must be parenthesized");
                }
            }
        }
        p.reset(start);
        Args first = p.attempt(this::args);
        if (first != null && p.acceptOp(",") && p.attempt(this::args) != null) {
            boolean unpacking = first.keywords().stream().anyMatch(k -> k.arg() == null);
            throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, unpacking
                    ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        p.reset(start);
    }

    /**
     * ((','.(positional)+ ',' kwargs) | kwargs) a=',' ','.(starred_expression !'=')+:
     * "iterable argument unpacking follows keyword argument unpacking", from that comma on.
     */
    private void unpackingAfterKeywordUnpacking() {
        int start = p.mark();
        boolean prefix = false;
        Args a = new Args();
        if (positional(a)) {
            while (p.atOp(",")) {
                int m = p.mark();
                p.next();
                if (!positional(a)) {
                    p.reset(m);
                    break;
                }
            }
            prefix = p.acceptOp(",") && kwargs(a);
        }
        if (!prefix) {
            p.reset(start);
            if (!kwargs(new Args())) return;
        }
        if (!p.atOp(",")) return;
        Token comma = p.next();
        if (p.atOp("*") && p.attempt(this::starredExpression) != null && !p.atOp("=")) {
            throw p.errorFrom(p.span(comma), "iterable argument unpacking follows keyword argument unpacking");
        }
    }

    /** a=NAME b='=' expression for_if_clauses */
    private void equalsBeforeComprehension() {
        if (!(p.atName() && p.peek(1).isOp("="))) return;
        Token name = p.next();
        Token eq = p.next();
        if (p.attempt(p::expression) != null && p.atComprehension() && p.attempt(p::comprehensionClauses) != null) {
            throw p.errorRange(p.span(name), p.span(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
    }

    /** (args ',')? a=NAME b='=' &(',' | ')'): "expected argument value expression" */
    private void missingArgumentValue() {
        int start = p.mark();
        if (!(p.attempt(this::args) != null && p.acceptOp(","))) p.reset(start);
        if (!(p.atName() && p.peek(1).isOp("=") && (p.peek(2).isOp(",") || p.peek(2).isOp(")")))) return;
        Token name = p.next();
        Token eq = p.next();
        throw p.errorRange(p.span(name), p.span(eq), "expected argument value expression");
    }

    /** _PyPegen_get_last_comprehension_item: the last condition of the last clause, or its iterable. */
    static Expr lastComprehensionItem(List<Comprehension> gens) {
        Comprehension last = gens.get(gens.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }
}
