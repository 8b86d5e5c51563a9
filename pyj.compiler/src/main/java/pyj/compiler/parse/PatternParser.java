// Parses the patterns of match statements (PEP 634).
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Operators.UnaryOp;
import pyj.compiler.ast.Pattern;
import pyj.compiler.ast.Pos;
import pyj.compiler.code.Constant;
import pyj.compiler.tokenize.Token;
import pyj.compiler.tokenize.TokenKind;

/**
 * The pattern grammar. What it accepts but the compiler rejects (f-strings as values, repeated
 * names) is left to the compiler, as in CPython; a complex literal with the wrong kind of number
 * is an error in either pass, and the second pass adds invalid_as_pattern and
 * invalid_class_pattern.
 */
final class PatternParser {
    private final Parser p;

    PatternParser(Parser p) {
        this.p = p;
    }

    /** patterns: open_sequence_pattern | pattern */
    Pattern patterns() {
        Token start = p.peek();
        Pattern first = maybeStarPattern();
        if (!p.atOp(",")) {
            if (first instanceof Pattern.MatchStar) throw Parser.fail();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (p.acceptOp(",")) {
            Pattern next = p.attempt(this::maybeStarPattern);
            if (next == null) break;
            items.add(next);
        }
        return new Pattern.MatchSequence(items, p.pos(start));
    }

    /** maybe_star_pattern: star_pattern | pattern */
    private Pattern maybeStarPattern() {
        if (p.atOp("*")) {
            Token t = p.next();
            Token name = p.expectName();
            if (p.atOp(".") || p.atOp("(") || p.atOp("=")) throw Parser.fail();
            return new Pattern.MatchStar(name.text().equals("_") ? null : name.text(), p.pos(t));
        }
        return pattern();
    }

    /** pattern: as_pattern | or_pattern, where as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
    Pattern pattern() {
        Token start = p.peek();
        Pattern or = orPattern();
        if (p.atKeyword("as")) {
            int m = p.mark();
            p.next();
            Token name = p.peek();
            if (p.atName() && !name.text().equals("_") && !p.peek(1).isOp(".") && !p.peek(1).isOp("(")
                    && !p.peek(1).isOp("=")) {
                p.next();
                return new Pattern.MatchAs(or, name.text(), p.pos(start));
            }
            if (p.invalidRules) invalidAsTarget();
            p.reset(m);
        }
        return or;
    }

    /** invalid_as_pattern, after 'as': '_', or something that is not a name. */
    private void invalidAsTarget() {
        Token t = p.peek();
        if (t.isName("_")) throw p.errorAt(t, "cannot use '_' as a target");
        if (!p.atName()) {
            Expr e = p.attempt(p::expression);
            if (e != null) throw p.errorAt(e.pos(), "invalid pattern target");
        }
    }

    private Pattern orPattern() {
        Token start = p.peek();
        Pattern first = closedPattern();
        if (!p.atOp("|")) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (p.atOp("|")) {
            int m = p.mark();
            p.next();
            Pattern alt = p.attempt(this::closedPattern);
            if (alt == null) {
                p.reset(m);
                break;
            }
            alts.add(alt);
        }
        return new Pattern.MatchOr(alts, p.pos(start));
    }

    private Pattern closedPattern() {
        Token t = p.peek();
        if (t.isOp("-") || t.is(TokenKind.NUMBER)) {
            Expr v = numberPattern();
            return new Pattern.MatchValue(v, v.pos());
        }
        if (t.is(TokenKind.STRING) || t.is(TokenKind.FSTRING_START)) {
            Expr v = p.strings.strings();
            return new Pattern.MatchValue(v, v.pos());
        }
        if (t.isName("None") || t.isName("True") || t.isName("False")) {
            p.next();
            return new Pattern.MatchSingleton(singleton(t), p.pos(t));
        }
        if (t.isOp("(")) return parenthesizedPattern();
        if (t.isOp("[")) {
            p.next();
            List<Pattern> items = new ArrayList<>();
            if (!p.atOp("]")) {
                items.add(maybeStarPattern());
                while (p.acceptOp(",")) {
                    Pattern next = p.attempt(this::maybeStarPattern);
                    if (next == null) break;
                    items.add(next);
                }
            }
            p.expectOp("]");
            return new Pattern.MatchSequence(items, p.pos(t));
        }
        if (t.isOp("{")) return mappingPattern();
        if (p.atName()) return nameOrClassPattern(t);
        throw Parser.fail();
    }

    private static Constant singleton(Token t) {
        return t.text().equals("None") ? Constant.NONE : t.text().equals("True") ? Constant.TRUE : Constant.FALSE;
    }

    /** group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')' */
    private Pattern parenthesizedPattern() {
        Token t = p.next();
        if (p.atOp(")")) {
            p.next();
            return new Pattern.MatchSequence(List.of(), p.pos(t));
        }
        Pattern first = maybeStarPattern();
        if (p.atOp(")") && !(first instanceof Pattern.MatchStar)) {
            p.next();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        p.expectOp(",");
        if (!p.atOp(")")) {
            items.add(maybeStarPattern());
            while (p.acceptOp(",")) {
                Pattern next = p.attempt(this::maybeStarPattern);
                if (next == null) break;
                items.add(next);
            }
        }
        p.expectOp(")");
        return new Pattern.MatchSequence(items, p.pos(t));
    }

    /** capture, wildcard, value and class patterns: a name or dotted name, maybe with arguments. */
    private Pattern nameOrClassPattern(Token t) {
        p.next();
        Expr name = new Expr.Name(t.text(), ExprContext.Load, p.pos(t));
        boolean dotted = false;
        while (p.atOp(".")) {
            p.next();
            Token attr = p.expectName();
            name = new Expr.Attribute(name, attr.text(), ExprContext.Load, p.pos(t));
            dotted = true;
        }
        if (p.atOp("(")) return classPattern(name, t);
        if (p.atOp("=")) throw Parser.fail();
        if (dotted) return new Pattern.MatchValue(name, name.pos());
        if (t.text().equals("_")) return new Pattern.MatchAs(null, null, p.pos(t));
        return new Pattern.MatchAs(null, t.text(), p.pos(t));
    }

    /** signed_number !('+' | '-') | complex_number, where the parts must be real and imaginary. */
    private Expr numberPattern() {
        Token start = p.peek();
        Expr real = signedNumber();
        if (p.atOp("+") || p.atOp("-")) {
            Expr.ConstantExpr number = real instanceof Expr.UnaryOpExpr u ? (Expr.ConstantExpr) u.operand()
                    : (Expr.ConstantExpr) real;
            if (number.value() instanceof Constant.Complex) {
                throw p.errorAt(number.pos(), "real number required in complex literal");
            }
            Operator op = p.next().isOp("+") ? Operator.Add : Operator.Sub;
            Token imagTok = p.peek();
            if (!imagTok.is(TokenKind.NUMBER)) throw Parser.fail();
            p.next();
            Constant imag = NumberParser.parse(imagTok.text());
            if (!(imag instanceof Constant.Complex)) {
                throw p.errorAt(imagTok, "imaginary number required in complex literal");
            }
            return new Expr.BinOp(real, op, new Expr.ConstantExpr(imag, null, p.tokenPos(imagTok)), p.pos(start));
        }
        return real;
    }

    /** signed_number: NUMBER | '-' NUMBER */
    private Expr signedNumber() {
        Token t = p.peek();
        if (t.isOp("-")) {
            p.next();
            Token num = p.peek();
            if (!num.is(TokenKind.NUMBER)) throw Parser.fail();
            p.next();
            Expr c = new Expr.ConstantExpr(NumberParser.parse(num.text()), null, p.tokenPos(num));
            return new Expr.UnaryOpExpr(UnaryOp.USub, c, p.pos(t));
        }
        p.next();
        return new Expr.ConstantExpr(NumberParser.parse(t.text()), null, p.pos(t));
    }

    private Pattern mappingPattern() {
        Token open = p.next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!p.atOp("}")) {
            if (p.atOp("**")) {
                p.next();
                Token name = p.expectName();
                if (name.text().equals("_") || p.atOp(".") || p.atOp("(") || p.atOp("=")) throw Parser.fail();
                rest = name.text();
                p.acceptOp(",");
                break;
            }
            keys.add(mappingKey());
            p.expectOp(":");
            values.add(pattern());
            if (!p.acceptOp(",")) break;
        }
        p.expectOp("}");
        return new Pattern.MatchMapping(keys, values, rest, p.pos(open));
    }

    /** (literal_expr | attr): a literal or a dotted name. */
    private Expr mappingKey() {
        Token kt = p.peek();
        if (kt.isOp("-") || kt.is(TokenKind.NUMBER)) return numberPattern();
        if (kt.is(TokenKind.STRING) || kt.is(TokenKind.FSTRING_START)) return p.strings.strings();
        if (kt.isName("None") || kt.isName("True") || kt.isName("False")) {
            p.next();
            return new Expr.ConstantExpr(singleton(kt), null, p.pos(kt));
        }
        Token name = p.expectName();
        Expr key = new Expr.Name(name.text(), ExprContext.Load, p.pos(name));
        if (!p.atOp(".")) throw Parser.fail();
        while (p.acceptOp(".")) {
            Token attr = p.expectName();
            key = new Expr.Attribute(key, attr.text(), ExprContext.Load, p.pos(name));
        }
        return key;
    }

    /** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')' | invalid_class_pattern */
    private Pattern classPattern(Expr cls, Token start) {
        int open = p.mark();
        p.expectOp("(");
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        try {
            while (!p.atOp(")")) {
                if (p.atName() && p.peek(1).isOp("=")) {
                    Token name = p.next();
                    p.next();
                    kwdAttrs.add(name.text());
                    kwdPatterns.add(pattern());
                } else {
                    if (!kwdAttrs.isEmpty()) throw Parser.fail();
                    patterns.add(pattern());
                }
                if (!p.acceptOp(",")) break;
            }
            p.expectOp(")");
        } catch (Parser.Failure f) {
            if (p.invalidRules) {
                p.reset(open + 1);
                positionalAfterKeywords();
            }
            throw f;
        }
        Pos pos = p.pos(start);
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, pos);
    }

    /** invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns */
    private void positionalAfterKeywords() {
        int m = p.mark();
        List<Pattern> leading = p.attempt(this::positionalPatterns);
        if (leading == null || !p.acceptOp(",")) p.reset(m);
        if (keywordPatterns() == 0 || !p.acceptOp(",")) return;
        List<Pattern> a = p.attempt(this::positionalPatterns);
        if (a != null) {
            throw p.errorRange(a.get(0).pos(), a.get(a.size() - 1).pos(), "positional patterns follow keyword patterns");
        }
    }

    /** positional_patterns: ','.pattern+ */
    private List<Pattern> positionalPatterns() {
        List<Pattern> out = new ArrayList<>();
        out.add(pattern());
        while (p.atOp(",")) {
            int m = p.mark();
            p.next();
            Pattern next = p.attempt(this::pattern);
            if (next == null) {
                p.reset(m);
                break;
            }
            out.add(next);
        }
        return out;
    }

    /** keyword_patterns: ','.(NAME '=' pattern)+; how many matched. */
    private int keywordPatterns() {
        int n = 0;
        for (;;) {
            int m = p.mark();
            if (n > 0 && !p.acceptOp(",")) return n;
            if (!(p.atName() && p.peek(1).isOp("="))) {
                p.reset(m);
                return n;
            }
            p.next();
            p.next();
            if (p.attempt(this::pattern) == null) {
                p.reset(m);
                return n;
            }
            n++;
        }
    }
}
