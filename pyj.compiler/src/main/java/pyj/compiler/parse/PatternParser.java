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
            if (first instanceof Pattern.MatchStar) return new Pattern.MatchSequence(List.of(first), p.pos(start));
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (p.acceptOp(",")) {
            if (p.atOp(":") || p.atKeyword("if")) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, p.pos(start));
    }

    private Pattern maybeStarPattern() {
        if (p.atOp("*")) {
            Token t = p.next();
            Token name = p.expectName();
            return new Pattern.MatchStar(name.text().equals("_") ? null : name.text(), p.pos(t));
        }
        return pattern();
    }

    /** pattern: or_pattern ['as' NAME] */
    Pattern pattern() {
        Token start = p.peek();
        Pattern or = orPattern();
        if (p.atKeyword("as")) {
            p.next();
            Token name = p.expectName();
            if (name.text().equals("_")) throw p.syntaxErrorAt(name, "cannot use '_' as a target");
            return new Pattern.MatchAs(or, name.text(), p.pos(start));
        }
        return or;
    }

    private Pattern orPattern() {
        Token start = p.peek();
        Pattern first = closedPattern();
        if (!p.atOp("|")) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (p.acceptOp("|")) alts.add(closedPattern());
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
            if (v instanceof Expr.JoinedStr) throw p.errorAt(v.pos(), "patterns may only match literals and attribute lookups");
            return new Pattern.MatchValue(v, v.pos());
        }
        if (t.isName("None") || t.isName("True") || t.isName("False")) {
            p.next();
            Constant c = t.text().equals("None") ? Constant.NONE : t.text().equals("True") ? Constant.TRUE : Constant.FALSE;
            return new Pattern.MatchSingleton(c, p.pos(t));
        }
        if (t.isOp("(")) {
            p.next();
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
            while (p.acceptOp(",")) {
                if (p.atOp(")")) break;
                items.add(maybeStarPattern());
            }
            p.expectOp(")");
            return new Pattern.MatchSequence(items, p.pos(t));
        }
        if (t.isOp("[")) {
            p.next();
            List<Pattern> items = new ArrayList<>();
            while (!p.atOp("]")) {
                items.add(maybeStarPattern());
                if (!p.acceptOp(",")) break;
            }
            p.expectOp("]");
            return new Pattern.MatchSequence(items, p.pos(t));
        }
        if (t.isOp("{")) return mappingPattern();
        if (t.is(TokenKind.NAME) && !Parser.KEYWORDS.contains(t.text())) {
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
            if (dotted) return new Pattern.MatchValue(name, name.pos());
            if (t.text().equals("_")) return new Pattern.MatchAs(null, null, p.pos(t));
            return new Pattern.MatchAs(null, t.text(), p.pos(t));
        }
        throw p.invalidSyntax();
    }

    /** signed_number, or a complex literal real +/- imaginary. */
    private Expr numberPattern() {
        Token start = p.peek();
        Expr real = signedNumber();
        if (p.atOp("+") || p.atOp("-")) {
            Operator op = p.next().isOp("+") ? Operator.Add : Operator.Sub;
            Token imagTok = p.peek();
            if (!imagTok.is(TokenKind.NUMBER)) throw p.invalidSyntax();
            p.next();
            Constant imag = NumberParser.parse(imagTok.text());
            if (!(imag instanceof Constant.Complex)) throw p.syntaxErrorAt(imagTok, "imaginary number required in complex literal");
            if (real instanceof Expr.ConstantExpr rc && rc.value() instanceof Constant.Complex
                    || real instanceof Expr.UnaryOpExpr u && ((Expr.ConstantExpr) u.operand()).value() instanceof Constant.Complex) {
                throw p.errorAt(real.pos(), "real number required in complex literal");
            }
            return new Expr.BinOp(real, op, new Expr.ConstantExpr(imag, null, p.tokenPos(imagTok)), p.pos(start));
        }
        return real;
    }

    private Expr signedNumber() {
        Token t = p.peek();
        if (t.isOp("-")) {
            p.next();
            Token num = p.peek();
            if (!num.is(TokenKind.NUMBER)) throw p.invalidSyntax();
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
                rest = name.text();
                p.acceptOp(",");
                break;
            }
            Token kt = p.peek();
            Expr key;
            if (kt.isOp("-") || kt.is(TokenKind.NUMBER)) {
                key = numberPattern();
            } else if (kt.is(TokenKind.STRING)) {
                key = p.strings.strings();
            } else if (kt.isName("None") || kt.isName("True") || kt.isName("False")) {
                p.next();
                Constant c = kt.text().equals("None") ? Constant.NONE : kt.text().equals("True") ? Constant.TRUE : Constant.FALSE;
                key = new Expr.ConstantExpr(c, null, p.pos(kt));
            } else if (kt.is(TokenKind.NAME)) {
                p.next();
                key = new Expr.Name(kt.text(), ExprContext.Load, p.pos(kt));
                if (!p.atOp(".")) throw p.invalidSyntax();
                while (p.acceptOp(".")) {
                    Token attr = p.expectName();
                    key = new Expr.Attribute(key, attr.text(), ExprContext.Load, p.pos(kt));
                }
            } else {
                throw p.invalidSyntax();
            }
            p.expectOp(":");
            keys.add(key);
            values.add(pattern());
            if (!p.acceptOp(",")) break;
        }
        p.expectOp("}");
        return new Pattern.MatchMapping(keys, values, rest, p.pos(open));
    }

    private Pattern classPattern(Expr cls, Token start) {
        p.expectOp("(");
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!p.atOp(")")) {
            if (p.atName() && p.peek(1).isOp("=")) {
                Token name = p.next();
                p.next();
                kwdAttrs.add(name.text());
                kwdPatterns.add(pattern());
            } else {
                Pattern pat = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw p.errorAt(pat.pos(), "positional patterns follow keyword patterns");
                }
                patterns.add(pat);
            }
            if (!p.acceptOp(",")) break;
        }
        p.expectOp(")");
        Pos pos = p.pos(start);
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, pos);
    }
}
