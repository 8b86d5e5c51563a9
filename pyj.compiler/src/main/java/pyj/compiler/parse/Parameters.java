// Parses the parameter lists of def and lambda, with CPython's messages for malformed ones.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Arg;
import pyj.compiler.ast.Arguments;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Pos;
import pyj.compiler.error.CompileError;
import pyj.compiler.tokenize.Token;
import pyj.compiler.tokenize.TokenKind;

/**
 * parameters (def) and lambda_parameters (lambda): positional-only parameters before '/',
 * regular ones, '*' [vararg] keyword-only ones, '**' kwarg. A lambda's parameters carry no
 * annotations and end at ':' instead of ')'.
 *
 * <p>The second pass first tries CPython's invalid_parameters rule (invalid_lambda_parameters),
 * which needs the grammar's small parameter rules as they are (param_no_default,
 * param_with_default, ...); they are written out here for that purpose only. The invalid rules
 * of '*', '**' and defaults are tried where the grammar tries them.
 */
final class Parameters {
    private final Parser p;

    Parameters(Parser p) {
        this.p = p;
    }

    /** params: invalid_parameters | parameters (with the lambda variants when {@code lambda}). */
    Arguments parameters(boolean lambda) {
        if (p.invalidRules) {
            int m = p.mark();
            invalidParameters(lambda);
            p.reset(m);
        }
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean seenStar = false;
        boolean seenDefault = false;
        String end = lambda ? ":" : ")";
        while (!p.atOp(end)) {
            Token t = p.peek();
            if (t.isOp("/")) {
                if (seenStar || !posonly.isEmpty() || args.isEmpty()) throw Parser.fail();
                p.next();
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("**")) {
                if (p.invalidRules) invalidKwds(lambda);
                p.next();
                kwarg = param(lambda, false);
                if (kwarg == null) throw Parser.fail();
                if (p.acceptOp(",") && !p.atOp(end)) throw Parser.fail();
                break;
            } else if (t.isOp("*")) {
                if (p.invalidRules) invalidStarEtc(lambda);
                if (seenStar) throw Parser.fail();
                p.next();
                seenStar = true;
                if (p.atOp(",")) {
                    if (p.peek(1).isOp(end) || p.peek(1).isOp("**")) throw Parser.fail();
                } else if (p.atOp(end)) {
                    throw Parser.fail();
                } else {
                    vararg = param(lambda, true);
                    if (vararg == null || p.atOp("=")) throw Parser.fail();
                }
            } else {
                Arg a = param(lambda, false);
                if (a == null) throw Parser.fail();
                Expr dflt = defaultValue(lambda);
                if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    args.add(a);
                    if (dflt != null) {
                        defaults.add(dflt);
                        seenDefault = true;
                    } else if (seenDefault) {
                        throw Parser.fail();
                    }
                }
            }
            if (!p.acceptOp(",")) break;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** param: NAME annotation? (a lambda's: NAME), or null with nothing consumed. */
    private Arg param(boolean lambda, boolean star) {
        if (!p.atName()) return null;
        Token name = p.next();
        Expr annotation = null;
        if (!lambda && p.atOp(":")) {
            int m = p.mark();
            p.next();
            annotation = p.attempt(star ? p::starExpression : p::expression);
            if (annotation == null) p.reset(m);
        }
        return new Arg(name.text(), annotation, null, p.pos(name));
    }

    /** default: '=' expression | invalid_default; null when there is none. */
    private Expr defaultValue(boolean lambda) {
        if (!p.atOp("=")) return null;
        int m = p.mark();
        Token eq = p.next();
        Expr value = p.attempt(p::expression);
        if (value != null) return value;
        if (p.invalidRules && (p.atOp(")") || p.atOp(","))) {
            throw p.errorAt(eq, "expected default value expression");
        }
        p.reset(m);
        return null;
    }

    // ---- the grammar's parameter rules, for the invalid rules of the second pass ----------------

    /** After a parameter: ',' or, without consuming it, the end of the list. */
    private boolean paramEnd(boolean lambda) {
        return p.acceptOp(",") || p.atOp(lambda ? ":" : ")");
    }

    /** param_no_default: param ',' | param &')'; the parameter, or null with nothing consumed. */
    private Arg paramNoDefault(boolean lambda) {
        int m = p.mark();
        Arg a = param(lambda, false);
        if (a != null && paramEnd(lambda)) return a;
        p.reset(m);
        return null;
    }

    /** param_with_default: param default ',' | param default &')' */
    private boolean paramWithDefault(boolean lambda) {
        int m = p.mark();
        if (param(lambda, false) != null && defaultValue(lambda) != null && paramEnd(lambda)) return true;
        p.reset(m);
        return false;
    }

    /** param_maybe_default: param default? ',' | param default? &')' */
    private boolean paramMaybeDefault(boolean lambda) {
        int m = p.mark();
        if (param(lambda, false) != null) {
            defaultValue(lambda);
            if (paramEnd(lambda)) return true;
        }
        p.reset(m);
        return false;
    }

    private int paramsNoDefault(boolean lambda) {
        int n = 0;
        while (paramNoDefault(lambda) != null) n++;
        return n;
    }

    private int paramsWithDefault(boolean lambda) {
        int n = 0;
        while (paramWithDefault(lambda)) n++;
        return n;
    }

    private int paramsMaybeDefault(boolean lambda) {
        int n = 0;
        while (paramMaybeDefault(lambda)) n++;
        return n;
    }

    /** slash_no_default: param_no_default+ '/' (',' | &')') */
    private boolean slashNoDefault(boolean lambda) {
        int m = p.mark();
        if (paramsNoDefault(lambda) > 0 && p.acceptOp("/") && paramEnd(lambda)) return true;
        p.reset(m);
        return false;
    }

    /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
    private boolean slashWithDefault(boolean lambda) {
        int m = p.mark();
        paramsNoDefault(lambda);
        if (paramsWithDefault(lambda) > 0 && p.acceptOp("/") && paramEnd(lambda)) return true;
        p.reset(m);
        return false;
    }

    private boolean slash(boolean lambda) {
        return slashNoDefault(lambda) || slashWithDefault(lambda);
    }

    /** invalid_parameters / invalid_lambda_parameters, alternative by alternative. */
    private void invalidParameters(boolean lambda) {
        int start = p.mark();
        if (p.atOp("/") && p.peek(1).isOp(",")) {
            throw p.errorAt(p.peek(), "at least one argument must precede /");
        }
        if (slash(lambda)) {
            paramsMaybeDefault(lambda);
            if (p.atOp("/")) throw p.errorAt(p.peek(), "/ may appear only once");
        }
        p.reset(start);
        nonDefaultAfterDefault(lambda);
        p.reset(start);
        parenthesizedParameters(lambda);
        p.reset(start);
        slashAfterStar(lambda);
        p.reset(start);
        if (paramsMaybeDefault(lambda) > 0 && p.acceptOp("/") && p.atOp("*")) {
            throw p.errorAt(p.peek(), "expected comma between / and *");
        }
        p.reset(start);
    }

    /** slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default */
    private void nonDefaultAfterDefault(boolean lambda) {
        slashNoDefault(lambda);
        paramsNoDefault(lambda);
        if (!slashWithDefault(lambda) && paramsWithDefault(lambda) == 0) return;
        Arg a = paramNoDefault(lambda);
        if (a != null) throw p.errorAt(a.pos(), "parameter without a default follows parameter with a default");
    }

    /** param_no_default* a='(' param_no_default+ ','? b=')' (a lambda's: ','.lambda_param+) */
    private void parenthesizedParameters(boolean lambda) {
        paramsNoDefault(lambda);
        if (!p.atOp("(")) return;
        Token open = p.next();
        int n = 0;
        if (lambda) {
            if (param(true, false) == null) return;
            n++;
            while (p.atOp(",") && p.peek(1).is(TokenKind.NAME)) {
                p.next();
                if (param(true, false) == null) return;
                n++;
            }
        } else {
            while (paramNoDefault(false) != null) n++;
        }
        if (n == 0) return;
        p.acceptOp(",");
        if (!p.atOp(")")) return;
        Pos close = p.span(p.peek());
        throw p.errorRange(p.span(open), close, lambda ? "Lambda expression parameters cannot be parenthesized"
                : "Function parameters cannot be parenthesized");
    }

    /** (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/' */
    private void slashAfterStar(boolean lambda) {
        slash(lambda);
        paramsMaybeDefault(lambda);
        if (!p.acceptOp("*")) return;
        if (!p.acceptOp(",") && paramNoDefault(lambda) == null) return;
        paramsMaybeDefault(lambda);
        if (p.atOp("/")) throw p.errorAt(p.peek(), "/ must be ahead of *");
    }

    /** invalid_star_etc / invalid_lambda_star_etc, at a '*'. */
    private void invalidStarEtc(boolean lambda) {
        int start = p.mark();
        String end = lambda ? ":" : ")";
        Token star = p.next();
        if (p.atOp(end) || (p.atOp(",") && (p.peek(1).isOp(end) || p.peek(1).isOp("**")))) {
            if (!lambda) throw p.errorAt(star, "named arguments must follow bare *");
            throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR,
                    "named arguments must follow bare *");
        }
        p.reset(start);
        p.next();
        if (param(lambda, false) != null && p.atOp("=")) {
            throw p.errorAt(p.peek(), "var-positional argument cannot have default value");
        }
        p.reset(start);
        p.next();
        if (p.acceptOp(",") || paramNoDefault(lambda) != null) {
            paramsMaybeDefault(lambda);
            if (p.atOp("*")) {
                Token second = p.next();
                if (p.acceptOp(",") || paramNoDefault(lambda) != null) {
                    throw p.errorAt(second, "* argument may appear only once");
                }
            }
        }
        p.reset(start);
    }

    /** invalid_kwds / invalid_lambda_kwds, at a '**'. */
    private void invalidKwds(boolean lambda) {
        int start = p.mark();
        p.next();
        if (param(lambda, false) != null) {
            if (p.atOp("=")) throw p.errorAt(p.peek(), "var-keyword argument cannot have default value");
            if (p.acceptOp(",")) {
                Token t = p.peek();
                Arg a = param(lambda, false);
                if (a != null) throw p.errorAt(a.pos(), "arguments cannot follow var-keyword argument");
                if (t.isOp("*") || t.isOp("**") || t.isOp("/")) {
                    throw p.errorAt(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        p.reset(start);
    }
}
