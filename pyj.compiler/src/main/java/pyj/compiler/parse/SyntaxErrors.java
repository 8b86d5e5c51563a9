// CPython's targeted messages for common syntax mistakes: its invalid_* grammar rules for statements and expressions.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Stmt;
import pyj.compiler.error.CompileError;
import pyj.compiler.tokenize.Token;
import pyj.compiler.tokenize.TokenKind;

/**
 * Each method is one invalid_* rule (or the part of a valid rule that the second pass must take
 * alternative by alternative), run in the second pass at the point of the grammar where CPython
 * tries it. A rule either throws the error it describes or returns with the position restored.
 * (The rules of call arguments, parameters and bracketed displays are with their parsers.)
 */
final class SyntaxErrors {
    private SyntaxErrors() {}

    // ---- simple statements ---------------------------------------------------------------------

    /**
     * simple_stmt for a statement that does not start with a hard keyword: assignment (and then
     * invalid_assignment), type_alias, star_expressions, yield_stmt, in CPython's order.
     */
    static Stmt simpleStmtInOrder(Parser p) {
        int m = p.mark();
        boolean committed = false;
        try {
            Stmt a = assignment(p);
            if (a != null) return a;
        } catch (Parser.Failure f) {
            committed = true;
            p.reset(m);
        }
        if (!committed) invalidAssignment(p);
        if (p.atKeyword("type")) {
            Stmt alias = p.attempt(p::typeAlias);
            if (alias != null) return alias;
        }
        Token start = p.peek();
        Expr e = p.atKeyword("yield") ? p.yieldExpr() : p.starExpressions();
        return new Stmt.ExprStmt(e, p.pos(start));
    }

    /**
     * assignment's valid alternatives. Returns null, with nothing consumed, when none matches;
     * throws when an augmented assignment fails after its operator (the grammar's cut).
     */
    private static Stmt assignment(Parser p) {
        Token start = p.peek();
        int m = p.mark();
        if (p.atName() && p.peek(1).isOp(":")) {
            Token name = p.next();
            p.next();
            Expr annotation = p.attempt(p::expression);
            if (annotation != null) {
                Expr target = new Expr.Name(name.text(), ExprContext.Store, p.tokenPos(name));
                return new Stmt.AnnAssign(target, annotation, assignedValue(p), true, p.pos(start));
            }
            p.reset(m);
        }
        Expr single = p.attempt(() -> parenthesizedSingleTarget(p));
        if (single == null) single = p.attempt(() -> subscriptOrAttributeTarget(p));
        if (single != null && p.acceptOp(":")) {
            Expr annotation = p.attempt(p::expression);
            if (annotation != null) return new Stmt.AnnAssign(single, annotation, assignedValue(p), false, p.pos(start));
        }
        p.reset(m);
        List<Expr> targets = starTargetsEquals(p);
        if (!targets.isEmpty()) {
            Expr value = p.attempt(p::annotatedRhs);
            if (value != null && !p.atOp("=")) return new Stmt.Assign(targets, value, null, p.pos(start));
        }
        p.reset(m);
        Expr target = p.attempt(() -> singleTarget(p));
        Operator op = target == null ? null : Parser.augOperator(p.peek());
        if (op != null) {
            p.next();
            Expr value = p.annotatedRhs();
            return new Stmt.AugAssign(target, op, value, p.pos(start));
        }
        p.reset(m);
        return null;
    }

    /** ['=' annotated_rhs] */
    private static Expr assignedValue(Parser p) {
        int m = p.mark();
        if (!p.acceptOp("=")) return null;
        Expr value = p.attempt(p::annotatedRhs);
        if (value == null) p.reset(m);
        return value;
    }

    /** (star_targets '=')*: the targets, consumed with their '='. */
    private static List<Expr> starTargetsEquals(Parser p) {
        List<Expr> out = new ArrayList<>();
        for (;;) {
            int m = p.mark();
            Expr t = p.attempt(p.targets::starTargets);
            if (t == null || !p.atOp("=")) {
                p.reset(m);
                return out;
            }
            p.next();
            out.add(t);
        }
    }

    /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
    private static Expr singleTarget(Parser p) {
        Expr e = p.attempt(() -> subscriptOrAttributeTarget(p));
        if (e != null) return e;
        if (p.atName()) {
            Token name = p.next();
            return new Expr.Name(name.text(), ExprContext.Store, p.tokenPos(name));
        }
        return parenthesizedSingleTarget(p);
    }

    private static Expr parenthesizedSingleTarget(Parser p) {
        p.expectOp("(");
        Expr e = singleTarget(p);
        p.expectOp(")");
        return e;
    }

    /** single_subscript_attribute_target: a primary ending in .NAME or [slices], not followed by a trailer. */
    private static Expr subscriptOrAttributeTarget(Parser p) {
        Expr e = p.primary();
        if (p.atOp("(") || p.atOp("[") || p.atOp(".")) throw Parser.fail();
        if (e instanceof Expr.Attribute || e instanceof Expr.Subscript) return p.targets.augTarget(e);
        throw Parser.fail();
    }

    /** invalid_assignment, alternative by alternative, from the start of the statement. */
    static void invalidAssignment(Parser p) {
        int m = p.mark();
        Expr target = p.attempt(() -> invalidAnnAssignTarget(p));
        if (target != null && p.acceptOp(":") && p.attempt(p::expression) != null) {
            throw p.errorAt(target.pos(), "only single target (not " + Targets.describe(target) + ") can be annotated");
        }
        p.reset(m);
        Expr first = p.attempt(p::starNamedExpression);
        if (first != null && p.acceptOp(",")) {
            while (p.attempt(p::starNamedExpressions) != null) {
                if (p.atOp(":")) break;
            }
            if (p.acceptOp(":") && p.attempt(p::expression) != null) {
                throw p.errorAt(first.pos(), "only single target (not tuple) can be annotated");
            }
        }
        p.reset(m);
        Expr a = p.attempt(p::expression);
        if (a != null && p.acceptOp(":") && p.attempt(p::expression) != null) {
            throw p.errorAt(a.pos(), "illegal target for annotation");
        }
        p.reset(m);
        starTargetsEquals(p);
        a = p.attempt(p::starExpressions);
        if (a != null && p.atOp("=")) invalidTarget(p, a, Targets.Kind.STAR);
        p.reset(m);
        starTargetsEquals(p);
        if (p.atKeyword("yield")) {
            a = p.attempt(p::yieldExpr);
            if (a != null && p.atOp("=")) throw p.errorAt(a.pos(), "assignment to yield expression not possible");
        }
        p.reset(m);
        a = p.attempt(p::starExpressions);
        if (a != null && Parser.augOperator(p.peek()) != null) {
            p.next();
            if (p.attempt(p::annotatedRhs) != null) {
                throw p.errorAt(a.pos(), "'" + Targets.describe(a) + "' is an illegal expression for augmented assignment");
            }
        }
        p.reset(m);
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
    private static Expr invalidAnnAssignTarget(Parser p) {
        if (!p.atOp("[") && !p.atOp("(")) throw Parser.fail();
        Expr e = p.atom();
        if (e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr) return e;
        throw Parser.fail();
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to X" / "cannot delete X" when a part of e is no target. */
    static void invalidTarget(Parser p, Expr e, Targets.Kind kind) {
        Expr bad = Targets.invalidTarget(e, kind);
        if (bad == null) return;
        throw p.errorAt(bad.pos(), (kind == Targets.Kind.DEL ? "cannot delete " : "cannot assign to ")
                + Targets.describe(bad));
    }

    /** invalid_import, at 'import': "import a from b", and 'import' alone. */
    static void invalidImport(Parser p) {
        int m = p.mark();
        Token importTok = p.next();
        if (p.attempt(p::dottedName) != null) {
            while (p.atOp(",")) {
                int k = p.mark();
                p.next();
                if (p.attempt(p::dottedName) == null) {
                    p.reset(k);
                    break;
                }
            }
            if (p.acceptKeyword("from") && p.attempt(p::dottedName) != null) {
                throw p.errorFrom(p.span(importTok), "Did you mean to use 'from ... import ...' instead?");
            }
        }
        p.reset(m + 1);
        if (p.peek().is(TokenKind.NEWLINE)) {
            Token newline = p.next();
            throw p.errorFrom(p.span(newline), "Expected one or more names after 'import'");
        }
        p.reset(m);
    }

    /** invalid_import_from_targets: names ',' NEWLINE, or nothing after 'import'. */
    static void invalidImportFromTargets(Parser p) {
        int m = p.mark();
        if (p.attempt(p::importFromAsNames) != null && p.acceptOp(",") && p.peek().is(TokenKind.NEWLINE)) {
            throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR,
                    "trailing comma not allowed without surrounding parentheses");
        }
        p.reset(m);
        if (p.peek().is(TokenKind.NEWLINE)) {
            Token newline = p.next();
            throw p.errorFrom(p.span(newline), "Expected one or more names after 'import'");
        }
    }

    // ---- compound statements -------------------------------------------------------------------

    /** invalid_for_target: 'for' star_expressions, when that has a part that cannot be assigned to. */
    static void invalidForTarget(Parser p, int afterFor) {
        p.reset(afterFor);
        Expr e = p.attempt(p::starExpressions);
        if (e != null) invalidTarget(p, e, Targets.Kind.FOR);
        p.reset(afterFor);
    }

    /** invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
    static void invalidForIfClause(Parser p) {
        int m = p.mark();
        p.acceptKeyword("async");
        p.next();
        if (p.attempt(p::bitwiseOr) != null) {
            while (p.acceptOp(",")) {
                if (p.attempt(p::bitwiseOr) == null) break;
            }
            if (!p.atKeyword("in")) {
                throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "'in' expected after for-loop variables");
            }
        }
        p.reset(m);
    }

    /** The items of invalid_with_stmt(_indent): ','.(expression ['as' star_target])+, or the parenthesized form. */
    private static boolean looseWithItems(Parser p, boolean parenthesized) {
        if (parenthesized && !p.acceptOp("(")) return false;
        if (!looseWithItem(p, parenthesized)) return false;
        while (p.atOp(",")) {
            int m = p.mark();
            p.next();
            if (!looseWithItem(p, parenthesized)) {
                p.reset(m);
                break;
            }
        }
        if (!parenthesized) return true;
        p.acceptOp(",");
        return p.acceptOp(")");
    }

    private static boolean looseWithItem(Parser p, boolean parenthesized) {
        if (p.attempt(parenthesized ? p::expressions : p::expression) == null) return false;
        if (p.atKeyword("as")) {
            int m = p.mark();
            p.next();
            if (p.attempt(p.targets::starTarget) == null) p.reset(m);
        }
        return true;
    }

    /** invalid_with_stmt_indent: a with statement whose ':' is followed by no indented block. */
    static void invalidWithStmtIndent(Parser p, Token withTok, int itemsStart) {
        for (boolean parenthesized : new boolean[] {false, true}) {
            p.reset(itemsStart);
            if (looseWithItems(p, parenthesized)) p.invalidMissingBlock(withTok, "'with' statement");
        }
        p.reset(itemsStart);
    }

    /** invalid_with_stmt: the items followed by a line break instead of ':'. */
    static void invalidWithStmt(Parser p, int itemsStart) {
        for (boolean parenthesized : new boolean[] {false, true}) {
            p.reset(itemsStart);
            if (looseWithItems(p, parenthesized) && p.peek().is(TokenKind.NEWLINE)) {
                throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "expected ':'");
            }
        }
        p.reset(itemsStart);
    }

    /** invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') with a no target. */
    static void invalidWithItem(Parser p) {
        int m = p.mark();
        if (p.attempt(p::expression) != null && p.acceptKeyword("as")) {
            Expr a = p.attempt(p::expression);
            if (a != null && (p.atOp(",") || p.atOp(")") || p.atOp(":"))) invalidTarget(p, a, Targets.Kind.STAR);
        }
        p.reset(m);
    }

    /**
     * invalid_try_stmt, after 'try': no indented block, no handler, or 'except' and 'except*'
     * mixed after the handlers of one kind.
     */
    static void invalidTryStmt(Parser p, Token tryTok) {
        int m = p.mark();
        p.invalidMissingBlock(tryTok, "'try' statement");
        if (!p.acceptOp(":") || p.attempt(p::block) == null) {
            p.reset(m);
            return;
        }
        if (!p.atKeyword("except") && !p.atKeyword("finally")) {
            throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "expected 'except' or 'finally' block");
        }
        if (p.atKeyword("except")) {
            boolean star = p.peek(1).isOp("*");
            int handlers = 0;
            while (p.atKeyword("except") && p.peek(1).isOp("*") == star
                    && p.attempt(() -> p.exceptBlock(star)) != null) {
                handlers++;
            }
            if (handlers > 0 && p.atKeyword("except")) mixedHandlers(p, star);
        }
        p.reset(m);
    }

    /** After handlers of one kind, an 'except' of the other kind followed by its header. */
    private static void mixedHandlers(Parser p, boolean star) {
        Token except = p.next();
        if (!star) {
            if (!p.atOp("*")) return;
            Token starTok = p.next();
            if (p.attempt(p::expression) != null && exceptTail(p)) {
                throw p.errorRange(p.span(except), p.span(starTok), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            return;
        }
        if (p.atOp(":") || (p.attempt(p::expression) != null && exceptTail(p))) {
            throw p.errorAt(except, "cannot have both 'except' and 'except*' on the same 'try'");
        }
    }

    /** ['as' NAME] ':' */
    private static boolean exceptTail(Parser p) {
        asName(p);
        return p.atOp(":");
    }

    /** invalid_except_stmt_indent / invalid_except_star_stmt_indent, at 'except'. */
    static void invalidExceptStmtIndent(Parser p, boolean star) {
        int m = p.mark();
        Token except = p.next();
        if (star) {
            p.next();
            if (p.attempt(p::expression) != null) {
                asName(p);
                p.invalidMissingBlock(except, "'except*' statement");
            }
        } else if (p.atOp(":")) {
            p.invalidMissingBlock(except, "'except' statement");
        } else if (p.attempt(p::expression) != null) {
            asName(p);
            p.invalidMissingBlock(except, "'except' statement");
        }
        p.reset(m);
    }

    /** ['as' NAME] */
    private static void asName(Parser p) {
        if (p.atKeyword("as") && p.peek(1).is(TokenKind.NAME) && !Parser.KEYWORDS.contains(p.peek(1).text())) {
            p.next();
            p.next();
        }
    }

    /** invalid_except_stmt, at 'except', when the handler does not parse. */
    static void invalidExceptStmt(Parser p) {
        int m = p.mark();
        p.next();
        p.acceptOp("*");
        int afterStar = p.mark();
        Expr a = p.attempt(p::expression);
        if (a != null && p.acceptOp(",") && p.attempt(p::expressions) != null) {
            asName(p);
            if (p.atOp(":")) throw p.errorFrom(a.pos(), "multiple exception types must be parenthesized");
        }
        p.reset(afterStar);
        if (p.attempt(p::expression) != null) {
            asName(p);
            if (p.peek().is(TokenKind.NEWLINE)) throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "expected ':'");
        }
        p.reset(m + 1);
        if (p.peek().is(TokenKind.NEWLINE)) throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "expected ':'");
        if (p.atOp("*") && (p.peek(1).is(TokenKind.NEWLINE) || p.peek(1).isOp(":"))) {
            p.next();
            p.next();
            throw p.errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "expected one or more exception types");
        }
        p.reset(m);
    }

    /**
     * invalid_def_raw, at '(' after the name and type parameters: a definition whose ':' is
     * followed by no indented block; then the same header with '(' and ':' forced.
     */
    static void invalidDefRaw(Parser p, Token defTok) {
        int m = p.mark();
        if (p.acceptOp("(")) {
            if (!p.atOp(")")) p.attempt(() -> p.parameters.parameters(false));
            if (p.acceptOp(")") && (!p.atOp("->") || returnAnnotation(p))) {
                p.invalidMissingBlock(defTok, "function definition");
            }
        }
        p.reset(m);
        p.expectForced("(");
        if (!p.atOp(")")) p.attempt(() -> p.parameters.parameters(false));
        if (p.acceptOp(")") && (!p.atOp("->") || returnAnnotation(p))) p.expectForced(":");
        p.reset(m);
    }

    private static boolean returnAnnotation(Parser p) {
        p.next();
        return p.attempt(p::expression) != null;
    }

    /** invalid_type_param: a bound or constraints on a TypeVarTuple or ParamSpec. */
    static void invalidTypeParam(Parser p) {
        int m = p.mark();
        boolean paramSpec = p.atOp("**");
        if ((paramSpec || p.atOp("*")) && p.peek(1).is(TokenKind.NAME) && p.peek(2).isOp(":")) {
            p.next();
            p.next();
            Token colon = p.next();
            Expr e = p.attempt(p::expression);
            if (e != null) {
                String kind = paramSpec ? "ParamSpec" : "TypeVarTuple";
                throw p.errorFrom(p.span(colon), e instanceof Expr.TupleExpr
                        ? "cannot use constraints with " + kind : "cannot use bound with " + kind);
            }
        }
        p.reset(m);
    }

    // ---- expressions ---------------------------------------------------------------------------

    /** invalid_named_expression (memoized): ':=' on a non-name, or '=' where '==' or ':=' was meant. */
    static void invalidNamedExpression(Parser p) {
        int m = p.mark();
        if (!p.invalidRulesTried.add("named_expression@" + m)) return;
        Expr a = p.attempt(p::expression);
        if (a != null && p.acceptOp(":=") && p.attempt(p::expression) != null) {
            throw p.errorAt(a.pos(), "cannot use assignment expressions with " + Targets.describe(a));
        }
        p.reset(m);
        if (p.atName() && p.peek(1).isOp("=")) {
            Token name = p.next();
            p.next();
            Expr b = p.attempt(p::bitwiseOr);
            if (b != null && !p.atOp("=") && !p.atOp(":=")) {
                throw p.errorRange(p.span(name), b.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        p.reset(m);
        if (!startsListTupleOrGenexpOrSingleton(p)) {
            a = p.attempt(p::bitwiseOr);
            if (a != null && p.acceptOp("=") && p.attempt(p::bitwiseOr) != null && !p.atOp("=") && !p.atOp(":=")) {
                throw p.errorAt(a.pos(), "cannot assign to " + Targets.describe(a)
                        + " here. Maybe you meant '==' instead of '='?");
            }
        }
        p.reset(m);
    }

    /** The lookahead (list | tuple | genexp | 'True' | 'None' | 'False'). */
    private static boolean startsListTupleOrGenexpOrSingleton(Parser p) {
        Token t = p.peek();
        if (t.isName("True") || t.isName("None") || t.isName("False")) return true;
        if (!t.isOp("[") && !t.isOp("(")) return false;
        int m = p.mark();
        Expr e = p.attempt(p::atom);
        p.reset(m);
        if (t.isOp("[")) return e instanceof Expr.ListExpr;
        return e instanceof Expr.GeneratorExp || (e instanceof Expr.TupleExpr && !p.parenthesized.contains(e));
    }

    /**
     * invalid_expression: two expressions in a row inside brackets (a missing comma), an 'if'
     * expression without 'else', and a lambda's ':' taken as an f-string format spec.
     */
    static void invalidExpression(Parser p) {
        int m = p.mark();
        Token t = p.peek();
        boolean nameThenString = p.atName() && p.peek(1).is(TokenKind.STRING);
        boolean softKeyword = isSoftKeywordPrefix(p, t);
        if (!nameThenString && !softKeyword) {
            Expr a = p.attempt(p::disjunction);
            if (a != null) {
                Expr b = p.attempt(p::expressionWithoutInvalid);
                if (b != null && !isLegacyStatementName(a) && p.last().level() > 0) {
                    throw p.errorRange(a.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
                }
            }
            p.reset(m);
        }
        Expr a = p.attempt(p::disjunction);
        if (a != null && p.acceptKeyword("if")) {
            Expr b = p.attempt(p::disjunction);
            if (b != null && !p.atKeyword("else") && !p.atOp(":")) {
                throw p.errorRange(a.pos(), b.pos(), "expected 'else' after 'if' expression");
            }
        }
        p.reset(m);
        if (p.atKeyword("lambda")) {
            Token lambda = p.next();
            if (!p.atOp(":")) p.attempt(() -> p.parameters.parameters(true));
            if (p.atOp(":") && p.peek(1).is(TokenKind.FSTRING_MIDDLE)) {
                throw p.errorRange(p.span(lambda), p.span(p.peek()),
                        "f-string: lambda expressions are not allowed without parentheses");
            }
        }
        p.reset(m);
    }

    /**
     * The SOFT_KEYWORD lookahead as CPython 3.13 implements it: it compares only as many
     * characters as the name has, so any name that starts a soft keyword ("c", "ma", "typ") counts.
     */
    private static boolean isSoftKeywordPrefix(Parser p, Token t) {
        if (!t.is(TokenKind.NAME) || Parser.KEYWORDS.contains(t.text())) return false;
        String raw = p.src.text().substring(t.start(), t.end());
        for (String keyword : Parser.SOFT_KEYWORDS) {
            if (keyword.startsWith(raw)) return true;
        }
        return false;
    }

    /** invalid_legacy_expression: print or exec used as a statement, followed by an expression. */
    static void invalidLegacyExpression(Parser p) {
        int m = p.mark();
        if (p.atName() && !p.peek(1).isOp("(")) {
            Token name = p.next();
            Expr b = p.attempt(p::starExpressions);
            if (b != null && (name.text().equals("print") || name.text().equals("exec"))) {
                throw p.errorRange(p.span(name), b.pos(), "Missing parentheses in call to '" + name.text()
                        + "'. Did you mean " + name.text() + "(...)?");
            }
        }
        p.reset(m);
    }

    /** _PyPegen_check_legacy_stmt */
    private static boolean isLegacyStatementName(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion */
    static void invalidArithmetic(Parser p) {
        int m = p.mark();
        if (!p.invalidRulesTried.add("arithmetic@" + m)) return;
        if (p.attempt(p::sum) != null && isArithmeticOperator(p.peek()) && p.peek(1).isName("not")) {
            p.next();
            Token not = p.next();
            Expr b = p.attempt(p::inversion);
            if (b != null) throw p.errorRange(p.span(not), b.pos(), "'not' after an operator must be parenthesized");
        }
        p.reset(m);
    }

    private static boolean isArithmeticOperator(Token t) {
        return t.isOp("+") || t.isOp("-") || t.isOp("*") || t.isOp("/") || t.isOp("%") || t.isOp("//") || t.isOp("@");
    }

    /** invalid_factor: ('+' | '-' | '~') 'not' factor */
    static void invalidFactor(Parser p) {
        int m = p.mark();
        if (p.peek(1).isName("not")) {
            p.next();
            Token not = p.next();
            Expr b = p.attempt(p::factor);
            if (b != null) throw p.errorRange(p.span(not), b.pos(), "'not' after an operator must be parenthesized");
        }
        p.reset(m);
    }
}
