// Recursive-descent parser for Python 3.13, following the rules of CPython's PEG grammar.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import pyj.compiler.ast.Alias;
import pyj.compiler.ast.Arg;
import pyj.compiler.ast.Arguments;
import pyj.compiler.ast.Comprehension;
import pyj.compiler.ast.ExceptHandler;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Keyword;
import pyj.compiler.ast.MatchCase;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Operators.BoolOp;
import pyj.compiler.ast.Operators.CmpOp;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Operators.UnaryOp;
import pyj.compiler.ast.Pattern;
import pyj.compiler.ast.Pos;
import pyj.compiler.ast.Stmt;
import pyj.compiler.ast.TypeParam;
import pyj.compiler.ast.WithItem;
import pyj.compiler.code.Constant;
import pyj.compiler.error.CompileError;
import pyj.compiler.error.SourceText;
import pyj.compiler.tokenize.Token;
import pyj.compiler.tokenize.TokenKind;
import pyj.compiler.tokenize.Tokenizer;

/**
 * Parses a token stream into the AST. Each method is named after the grammar rule it implements
 * (CPython's {@code Grammar/python.gram}); ordered choice with backtracking uses {@link #mark()}
 * and {@link #reset(int)}. Assignment targets are parsed as expressions and then checked and
 * re-contexted by {@link Targets}, which also produces CPython's messages for invalid targets.
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    final SourceText src;
    private final Tokenizer tokenizer;
    private final List<Token> tokens = new ArrayList<>();
    /** The tokenizer itself raised the error being reported (so there is no rest to check). */
    private boolean tokenizerFailed;
    private int pos;
    /** The furthest token any alternative looked at, where a generic syntax error is reported. */
    private int furthest;
    final Targets targets;
    final StringParser strings;
    /** Expressions written inside their own parentheses, e.g. "(a)" (their positions exclude the parentheses). */
    final Set<Expr> parenthesized = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public Parser(SourceText src) {
        this.src = src;
        this.tokenizer = new Tokenizer(src);
        this.targets = new Targets(this);
        this.strings = new StringParser(this);
    }

    // ---- entry points -------------------------------------------------------------------------

    /** Reports the warnings met while parsing (invalid escape sequences) in source order. */
    public void reportWarnings(pyj.compiler.error.Diagnostics diag) {
        for (StringParser.Warning w : strings.warnings) {
            Token t = w.at();
            diag.warn(w.category(), w.message(), t.line(), src.byteCol(t.start()), t.endLine(), src.byteCol(t.end()));
        }
    }

    /** mode 'exec' */
    public Mod.Module parseModule() {
        return checkingRestOfSource(() -> {
            List<Stmt> body = new ArrayList<>();
            while (!peek().is(TokenKind.ENDMARKER)) body.addAll(statement());
            return new Mod.Module(body, List.of());
        });
    }

    /** mode 'eval' */
    public Mod.Expression parseExpression() {
        return checkingRestOfSource(() -> {
            Expr e = expressions();
            while (peek().is(TokenKind.NEWLINE)) next();
            if (!peek().is(TokenKind.ENDMARKER)) throw syntaxErrorAt(peek(), "invalid syntax");
            return new Mod.Expression(e);
        });
    }

    /**
     * CPython's _PyPegen_tokenize_full_source_to_check_for_errors: when the parser (not the
     * tokenizer) reports a SyntaxError, the rest of the source is tokenized, and a tokenizer error
     * found there wins, because it is the more fundamental one. An unclosed bracket wins only if it
     * was opened on an earlier line than where the parser stopped.
     */
    private <T> T checkingRestOfSource(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (CompileError parserError) {
            if (tokenizerFailed) throw parserError;
            int errorLine = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).line();
            try {
                Token t;
                do {
                    t = tokenizer.next();
                } while (!t.is(TokenKind.ENDMARKER));
            } catch (CompileError tokenizerError) {
                if (tokenizer.inFString()) throw parserError;
                int open = tokenizer.innermostOpenBracketLine();
                if (open >= 0 && tokenizerError.msg().endsWith("was never closed")) {
                    throw errorLine > open ? tokenizerError : parserError;
                }
                throw tokenizerError;
            }
            throw parserError;
        }
    }

    /** mode 'single': one (possibly compound) statement, as the REPL reads it. */
    public Mod.Interactive parseInteractive() {
        List<Stmt> body = new ArrayList<>();
        while (peek().is(TokenKind.NEWLINE)) next();
        if (!peek().is(TokenKind.ENDMARKER)) body.addAll(statement());
        while (peek().is(TokenKind.NEWLINE)) next();
        if (!peek().is(TokenKind.ENDMARKER)) {
            throw syntaxErrorAt(peek(), "multiple statements found while compiling a single statement");
        }
        return new Mod.Interactive(body);
    }

    // ---- token access ----------------------------------------------------------------------------

    Token peek() {
        return peek(0);
    }

    Token peek(int k) {
        int want = pos + k;
        while (tokens.size() <= want) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).is(TokenKind.ENDMARKER)) {
                return tokens.get(tokens.size() - 1);
            }
            try {
                tokens.add(tokenizer.next());
            } catch (CompileError e) {
                tokenizerFailed = true;
                throw e;
            }
        }
        if (want > furthest) furthest = want;
        return tokens.get(want);
    }

    Token next() {
        Token t = peek();
        pos++;
        return t;
    }

    /** The last token consumed, whose end is where a node being built ends. */
    Token last() {
        return tokens.get(pos - 1);
    }

    /** The last consumed token that is not a NEWLINE, INDENT or DEDENT: where a compound statement ends. */
    private Token lastSignificant() {
        int i = pos - 1;
        while (i > 0) {
            TokenKind k = tokens.get(i).kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT && k != TokenKind.ENDMARKER) break;
            i--;
        }
        return tokens.get(i);
    }

    int mark() { return pos; }

    void reset(int m) { pos = m; }

    boolean atOp(String op) { return peek().isOp(op); }

    boolean atKeyword(String kw) { return peek().isName(kw); }

    boolean acceptOp(String op) {
        if (atOp(op)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            next();
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (atOp(op)) return next();
        throw expected(op);
    }

    Token expectKeyword(String kw) {
        if (atKeyword(kw)) return next();
        throw expected(kw);
    }

    private CompileError expected(String what) {
        Token t = peek();
        if (what.equals(":") ) return syntaxErrorAt(lastOrPeek(), "expected ':'");
        if (t.is(TokenKind.INDENT)) return indentationError(t, "unexpected indent");
        return syntaxErrorAt(t, "invalid syntax");
    }

    private Token lastOrPeek() { return pos > 0 ? last() : peek(); }

    boolean atName() {
        Token t = peek();
        return t.is(TokenKind.NAME) && !KEYWORDS.contains(t.text());
    }

    Token expectName() {
        Token t = peek();
        if (t.is(TokenKind.NAME) && !KEYWORDS.contains(t.text())) return next();
        throw syntaxErrorAt(t, "invalid syntax");
    }

    boolean atStatementEnd() {
        Token t = peek();
        return t.is(TokenKind.NEWLINE) || t.isOp(";") || t.is(TokenKind.ENDMARKER);
    }

    // ---- positions and errors ------------------------------------------------------------------

    Pos pos(Token start) {
        Token end = lastSignificant();
        return new Pos(start.line(), src.byteCol(start.start()), end.endLine(), src.byteCol(end.end()));
    }

    Pos pos(Pos start) {
        Token end = lastSignificant();
        return new Pos(start.line(), start.col(), end.endLine(), src.byteCol(end.end()));
    }

    Pos tokenPos(Token t) {
        return new Pos(t.line(), src.byteCol(t.start()), t.endLine(), src.byteCol(t.end()));
    }

    CompileError syntaxErrorAt(Token t, String msg) {
        return src.syntaxError(msg, t.start(), t.end());
    }

    CompileError indentationError(Token t, String msg) {
        return src.error(CompileError.Kind.INDENTATION_ERROR, msg, t.start(), t.end());
    }

    /** A SyntaxError spanning an AST node. */
    CompileError errorAt(Pos p, String msg) {
        int start = offsetOf(p.line(), p.col());
        int end = offsetOf(p.endLine(), p.endCol());
        return src.syntaxError(msg, start, end);
    }

    /**
     * Source text between two offsets with comments cut out (line breaks kept), as an f-string's
     * {@code {expr=}} shows it. Comments are what lies between tokens from a '#' to the line end.
     */
    String sourceWithoutComments(int from, int to) {
        String text = src.text();
        StringBuilder out = new StringBuilder();
        int gapStart = from;
        for (Token t : tokens) {
            if (t.end() <= from || t.start() < gapStart) continue;
            if (t.start() >= to) break;
            out.append(stripComment(text.substring(gapStart, t.start())));
            out.append(text, t.start(), Math.min(t.end(), to));
            gapStart = Math.min(t.end(), to);
        }
        if (gapStart < to) out.append(stripComment(text.substring(gapStart, to)));
        return out.toString();
    }

    private static String stripComment(String gap) {
        StringBuilder out = new StringBuilder(gap.length());
        boolean inComment = false;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '#') inComment = true;
            else if (c == '\n') inComment = false;
            if (!inComment) out.append(c);
        }
        return out.toString();
    }

    /** Character offset of a (line, byte column) position. */
    int offsetOf(int line, int byteCol) {
        return src.offsetOf(line, byteCol);
    }

    /** The generic error: "invalid syntax" at the furthest token reached. */
    CompileError invalidSyntax() {
        Token t = tokens.get(Math.min(furthest, tokens.size() - 1));
        if (t.is(TokenKind.INDENT)) return indentationError(t, "unexpected indent");
        if (t.is(TokenKind.DEDENT) || (t.is(TokenKind.ENDMARKER) && pos > 0)) {
            return syntaxErrorAt(t, "invalid syntax");
        }
        return syntaxErrorAt(t, "invalid syntax");
    }

    // ---- statements ----------------------------------------------------------------------------

    /** statement: compound_stmt | simple_stmts */
    List<Stmt> statement() {
        Token t = peek();
        if (t.is(TokenKind.INDENT)) throw indentationError(t, "unexpected indent");
        if (t.is(TokenKind.NAME)) {
            switch (t.text()) {
                case "def": return List.of(functionDef(List.of(), t, false));
                case "class": return List.of(classDef(List.of(), t));
                case "if": return List.of(ifStmt());
                case "while": return List.of(whileStmt());
                case "for": return List.of(forStmt(t, false));
                case "try": return List.of(tryStmt());
                case "with": return List.of(withStmt(t, false));
                case "async": return List.of(asyncStmt());
                case "match": {
                    Stmt m = tryMatchStmt();
                    if (m != null) return List.of(m);
                    break;
                }
                default:
                    break;
            }
        } else if (t.isOp("@")) {
            return List.of(decorated());
        }
        return simpleStmts();
    }

    private Stmt asyncStmt() {
        Token async = next();
        Token t = peek();
        if (t.isName("def")) return functionDef(List.of(), async, true);
        if (t.isName("for")) return forStmt(async, true);
        if (t.isName("with")) return withStmt(async, true);
        throw syntaxErrorAt(t, "invalid syntax");
    }

    /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
    List<Stmt> simpleStmts() {
        List<Stmt> out = new ArrayList<>();
        for (;;) {
            out.add(simpleStmt());
            if (acceptOp(";")) {
                if (peek().is(TokenKind.NEWLINE) || peek().is(TokenKind.ENDMARKER)) break;
                continue;
            }
            break;
        }
        Token t = peek();
        if (t.is(TokenKind.NEWLINE)) {
            next();
        } else if (!t.is(TokenKind.ENDMARKER)) {
            throw SyntaxErrors.afterStatement(this, out.get(out.size() - 1), t);
        }
        return out;
    }

    Stmt simpleStmt() {
        Token t = peek();
        if (t.is(TokenKind.NAME)) {
            switch (t.text()) {
                case "pass":
                    next();
                    return new Stmt.Pass(pos(t));
                case "break":
                    next();
                    return new Stmt.Break(pos(t));
                case "continue":
                    next();
                    return new Stmt.Continue(pos(t));
                case "return":
                    return returnStmt();
                case "raise":
                    return raiseStmt();
                case "global":
                case "nonlocal":
                    return globalStmt();
                case "del":
                    return delStmt();
                case "assert":
                    return assertStmt();
                case "import":
                    return importName();
                case "from":
                    return importFrom();
                case "type": {
                    Stmt alias = tryTypeAlias();
                    if (alias != null) return alias;
                    break;
                }
                default:
                    break;
            }
        }
        return expressionStatement();
    }

    private Stmt returnStmt() {
        Token t = next();
        Expr value = atStatementEnd() ? null : starExpressions();
        return new Stmt.Return(value, pos(t));
    }

    private Stmt raiseStmt() {
        Token t = next();
        if (atStatementEnd()) return new Stmt.Raise(null, null, pos(t));
        Expr exc = expression();
        Expr cause = null;
        if (acceptKeyword("from")) cause = expression();
        return new Stmt.Raise(exc, cause, pos(t));
    }

    private Stmt globalStmt() {
        Token t = next();
        List<String> names = new ArrayList<>();
        do {
            names.add(expectName().text());
        } while (acceptOp(","));
        return t.text().equals("global") ? new Stmt.Global(names, pos(t)) : new Stmt.Nonlocal(names, pos(t));
    }

    private Stmt delStmt() {
        Token t = next();
        List<Expr> list = new ArrayList<>();
        do {
            if (atStatementEnd()) break;
            Expr e = targets.delTarget(bitwiseOrForTarget());
            list.add(e);
        } while (acceptOp(","));
        if (list.isEmpty()) throw syntaxErrorAt(peek(), "invalid syntax");
        if (!atStatementEnd()) throw syntaxErrorAt(peek(), "invalid syntax");
        return new Stmt.Delete(list, pos(t));
    }

    /** A del target: a primary expression, or a parenthesized/bracketed target list. */
    private Expr bitwiseOrForTarget() {
        return bitwiseOr();
    }

    private Stmt assertStmt() {
        Token t = next();
        Expr test = expression();
        Expr msg = acceptOp(",") ? expression() : null;
        return new Stmt.Assert(test, msg, pos(t));
    }

    private Stmt importName() {
        Token t = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = peek();
            String name = dottedName();
            String as = null;
            if (acceptKeyword("as")) as = expectName().text();
            names.add(new Alias(name, as, pos(start)));
        } while (acceptOp(","));
        return new Stmt.Import(names, pos(t));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName().text());
        while (atOp(".")) {
            next();
            sb.append('.').append(expectName().text());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = next();
        int level = 0;
        for (;;) {
            if (acceptOp(".")) level++;
            else if (acceptOp("...")) level += 3;
            else break;
        }
        String module = null;
        if (!atKeyword("import")) module = dottedName();
        else if (level == 0) throw syntaxErrorAt(peek(), "invalid syntax");
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = next();
            names.add(new Alias("*", null, pos(star)));
        } else {
            boolean paren = acceptOp("(");
            do {
                if (paren && atOp(")")) break;
                Token start = peek();
                String name = expectName().text();
                String as = null;
                if (acceptKeyword("as")) as = expectName().text();
                names.add(new Alias(name, as, pos(start)));
            } while (acceptOp(","));
            if (paren) {
                expectOp(")");
            } else if (last().isOp(",")) {
                throw syntaxErrorAt(last(), "trailing comma not allowed without surrounding parentheses");
            }
            if (names.isEmpty()) throw syntaxErrorAt(peek(), "invalid syntax");
        }
        return new Stmt.ImportFrom(module, names, level, pos(t));
    }

    /** type_alias: "type" NAME [type_params] '=' expression */
    private Stmt tryTypeAlias() {
        int m = mark();
        Token t = next();
        if (!atName() || !(peek(1).isOp("=") || peek(1).isOp("["))) {
            reset(m);
            return null;
        }
        Token nameTok = next();
        Expr name = new Expr.Name(nameTok.text(), ExprContext.Store, tokenPos(nameTok));
        List<TypeParam> params = atOp("[") ? typeParams() : List.of();
        if (!acceptOp("=")) {
            reset(m);
            return null;
        }
        Expr value = expression();
        return new Stmt.TypeAlias(name, params, value, pos(t));
    }

    /** Assignments, augmented assignments, annotated assignments and expression statements. */
    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        Token t = peek();
        if (t.isOp("=")) {
            List<Expr> tgts = new ArrayList<>();
            tgts.add(targets.assignTarget(first, true));
            Expr value;
            for (;;) {
                expectOp("=");
                Expr rhs = atKeyword("yield") ? yieldExpr() : starExpressions();
                if (atOp("=")) {
                    tgts.add(targets.assignTarget(rhs, false));
                    continue;
                }
                value = rhs;
                break;
            }
            return new Stmt.Assign(tgts, value, null, pos(start));
        }
        if (t.isOp(":")) {
            next();
            Expr target = targets.annotationTarget(first);
            Expr annotation = expression();
            Expr value = null;
            if (acceptOp("=")) value = atKeyword("yield") ? yieldExpr() : starExpressions();
            boolean simple = first instanceof Expr.Name && !parenthesized.contains(first);
            return new Stmt.AnnAssign(target, annotation, value, simple, pos(start));
        }
        Operator aug = augOperator(t);
        if (aug != null) {
            next();
            Expr target = targets.augTarget(first);
            Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(target, aug, value, pos(start));
        }
        if (first instanceof Expr.Starred) {
            throw errorAt(first.pos(), "can't use starred expression here");
        }
        return new Stmt.ExprStmt(first, pos(start));
    }

    private static Operator augOperator(Token t) {
        if (t.kind() != TokenKind.OP) return null;
        return switch (t.text()) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "**=" -> Operator.Pow;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "&=" -> Operator.BitAnd;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }

    // ---- compound statements -------------------------------------------------------------------

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
    List<Stmt> block(String what, Token header) {
        if (peek().is(TokenKind.NEWLINE)) {
            next();
            if (!peek().is(TokenKind.INDENT)) {
                throw indentationError(peek(), "expected an indented block after " + what + " on line " + header.line());
            }
            next();
            List<Stmt> body = new ArrayList<>();
            while (!peek().is(TokenKind.DEDENT) && !peek().is(TokenKind.ENDMARKER)) body.addAll(statement());
            if (peek().is(TokenKind.DEDENT)) next();
            return body;
        }
        if (peek().is(TokenKind.ENDMARKER)) {
            throw syntaxErrorAt(peek(), "invalid syntax");
        }
        return simpleStmts();
    }

    private void expectColon() {
        if (atOp(":")) {
            next();
            return;
        }
        throw syntaxErrorAt(last(), "expected ':'");
    }

    private Stmt ifStmt() {
        Token t = next();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'if' statement", t);
        return new Stmt.If(test, body, elseOrElif(), pos(t));
    }

    private List<Stmt> elseOrElif() {
        Token t = peek();
        if (t.isName("elif")) {
            next();
            Expr test = namedExpression();
            expectColon();
            List<Stmt> body = block("'elif' statement", t);
            return List.of(new Stmt.If(test, body, elseOrElif(), pos(t)));
        }
        if (t.isName("else")) {
            next();
            expectColon();
            return block("'else' statement", t);
        }
        return List.of();
    }

    private List<Stmt> elseBlock() {
        Token t = peek();
        if (t.isName("else")) {
            next();
            expectColon();
            return block("'else' statement", t);
        }
        return List.of();
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", t);
        return new Stmt.While(test, body, elseBlock(), pos(t));
    }

    private Stmt forStmt(Token start, boolean async) {
        Token forTok = async ? next() : next();
        if (async && !forTok.isName("for")) forTok = next();
        Expr target = targets.starTargets();
        expectKeyword("in");
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", forTok);
        List<Stmt> orelse = elseBlock();
        return async ? new Stmt.AsyncFor(target, iter, body, orelse, null, pos(start))
                : new Stmt.For(target, iter, body, orelse, null, pos(start));
    }

    private Stmt withStmt(Token start, boolean async) {
        Token withTok = next();
        List<WithItem> items = new ArrayList<>();
        boolean done = false;
        if (atOp("(")) {
            int m = mark();
            next();
            try {
                do {
                    if (atOp(")")) break;
                    items.add(withItem());
                } while (acceptOp(","));
                expectOp(")");
                if (atOp(":")) done = true;
            } catch (CompileError e) {
                done = false;
            }
            if (!done) {
                reset(m);
                items.clear();
            }
        }
        if (!done) {
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", withTok);
        return async ? new Stmt.AsyncWith(items, body, null, pos(start)) : new Stmt.With(items, body, null, pos(start));
    }

    private WithItem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (acceptKeyword("as")) {
            vars = targets.starTarget();
            if (!(atOp(",") || atOp(")") || atOp(":"))) throw syntaxErrorAt(peek(), "invalid syntax");
        }
        return new WithItem(ctx, vars);
    }

    private Stmt tryStmt() {
        Token t = next();
        expectColon();
        List<Stmt> body = block("'try' statement", t);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKeyword("except")) {
            Token et = next();
            boolean isStar = acceptOp("*");
            if (star != null && star != isStar) {
                throw syntaxErrorAt(et, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    int m = mark();
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (acceptOp(",")) elts.add(expression());
                    if (atKeyword("as") || atOp(":")) {
                        throw errorAt(type.pos().to(elts.get(elts.size() - 1).pos()),
                                "multiple exception types must be parenthesized");
                    }
                    reset(m);
                }
                if (acceptKeyword("as")) name = expectName().text();
            } else if (isStar) {
                throw syntaxErrorAt(peek(), "expected one or more exception types");
            }
            expectColon();
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", et);
            handlers.add(new ExceptHandler(type, name, hbody, pos(et)));
        }
        List<Stmt> orelse = List.of();
        if (atKeyword("else")) {
            if (handlers.isEmpty()) throw syntaxErrorAt(peek(), "expected 'except' or 'finally' block");
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (atKeyword("finally")) {
            Token ft = next();
            expectColon();
            finalbody = block("'finally' statement", ft);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw syntaxErrorAt(peek(), "expected 'except' or 'finally' block");
        }
        if (Boolean.TRUE.equals(star)) return new Stmt.TryStar(body, handlers, orelse, finalbody, pos(t));
        return new Stmt.Try(body, handlers, orelse, finalbody, pos(t));
    }

    private Stmt decorated() {
        Token start = peek();
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(namedExpression());
            if (!peek().is(TokenKind.NEWLINE)) throw syntaxErrorAt(peek(), "invalid syntax");
            next();
        }
        Token t = peek();
        if (t.isName("def")) return functionDef(decorators, start, false);
        if (t.isName("class")) return classDef(decorators, start);
        if (t.isName("async") && peek(1).isName("def")) {
            next();
            return functionDef(decorators, start, true);
        }
        throw syntaxErrorAt(t, "invalid syntax");
    }

    private Stmt functionDef(List<Expr> decorators, Token start, boolean async) {
        Token defTok = next();
        if (async && !defTok.isName("def")) defTok = next();
        Token nameTok = expectName();
        List<TypeParam> typeParams = atOp("[") ? typeParams() : List.of();
        expectOp("(");
        Arguments args = atOp(")") ? Arguments.EMPTY : parameters(false);
        expectOp(")");
        Expr returns = null;
        if (acceptOp("->")) returns = expression();
        expectColon();
        List<Stmt> body = block("function definition", defTok);
        Pos p = pos(decorators.isEmpty() ? start : defTok);
        if (!decorators.isEmpty()) p = new Pos(defTok.line(), src.byteCol(defTok.start()), p.endLine(), p.endCol());
        if (async) {
            Token at = decorators.isEmpty() ? start : null;
            Pos ap = at != null ? pos(at) : new Pos(p.line(), p.col(), p.endLine(), p.endCol());
            if (!decorators.isEmpty()) {
                Token asyncTok = tokens.get(indexOf(defTok) - 1);
                ap = new Pos(asyncTok.line(), src.byteCol(asyncTok.start()), p.endLine(), p.endCol());
            }
            return new Stmt.AsyncFunctionDef(nameTok.text(), args, body, decorators, returns, null, typeParams, ap);
        }
        return new Stmt.FunctionDef(nameTok.text(), args, body, decorators, returns, null, typeParams, p);
    }

    private int indexOf(Token t) {
        for (int i = tokens.size() - 1; i >= 0; i--) if (tokens.get(i) == t) return i;
        return -1;
    }

    private Stmt classDef(List<Expr> decorators, Token start) {
        Token classTok = next();
        Token nameTok = expectName();
        List<TypeParam> typeParams = atOp("[") ? typeParams() : List.of();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (acceptOp("(")) {
            if (!atOp(")")) arguments(bases, keywords);
            expectOp(")");
        }
        expectColon();
        List<Stmt> body = block("class definition", classTok);
        Pos p = pos(classTok);
        return new Stmt.ClassDef(nameTok.text(), bases, keywords, body, decorators, typeParams, p);
    }

    /** type_params: '[' type_param_seq ']' */
    List<TypeParam> typeParams() {
        expectOp("[");
        List<TypeParam> out = new ArrayList<>();
        do {
            if (atOp("]")) break;
            Token start = peek();
            if (acceptOp("**")) {
                Token name = expectName();
                Expr dflt = acceptOp("=") ? expression() : null;
                out.add(new TypeParam.ParamSpec(name.text(), dflt, pos(start)));
            } else if (acceptOp("*")) {
                Token name = expectName();
                Expr dflt = acceptOp("=") ? starExpression() : null;
                out.add(new TypeParam.TypeVarTuple(name.text(), dflt, pos(start)));
            } else {
                Token name = expectName();
                Expr bound = acceptOp(":") ? expression() : null;
                Expr dflt = acceptOp("=") ? expression() : null;
                out.add(new TypeParam.TypeVar(name.text(), bound, dflt, pos(start)));
            }
        } while (acceptOp(","));
        if (out.isEmpty()) throw syntaxErrorAt(peek(), "Type parameter list cannot be empty");
        expectOp("]");
        return out;
    }

    /**
     * parameters (def) and lambda_parameters (lambda): positional-only params before '/',
     * regular ones, '*' [vararg] keyword-only ones, '**' kwarg.
     */
    Arguments parameters(boolean lambda) {
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
        while (!atOp(end)) {
            Token t = peek();
            if (t.isOp("/")) {
                if (seenStar) throw syntaxErrorAt(t, "/ must be ahead of *");
                if (!posonly.isEmpty()) throw syntaxErrorAt(t, "/ may appear only once");
                if (args.isEmpty()) throw syntaxErrorAt(t, "at least one argument must precede /");
                next();
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("**")) {
                next();
                kwarg = param(lambda, false);
                if (acceptOp(",") && !atOp(end)) {
                    throw syntaxErrorAt(peek(), "arguments cannot follow var-keyword argument");
                }
                break;
            } else if (t.isOp("*")) {
                if (seenStar) throw syntaxErrorAt(t, "* argument may appear only once");
                next();
                seenStar = true;
                if (atOp(",")) {
                    if (peek(1).isOp(end) || peek(1).isOp("**")) {
                        throw syntaxErrorAt(t, "named arguments must follow bare *");
                    }
                } else if (atOp(end)) {
                    throw syntaxErrorAt(t, "named arguments must follow bare *");
                } else {
                    vararg = param(lambda, true);
                    if (atOp("=")) throw syntaxErrorAt(peek(), "var-positional argument cannot have default value");
                }
            } else {
                Arg a = param(lambda, false);
                if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(acceptOp("=") ? expression() : null);
                } else {
                    args.add(a);
                    if (acceptOp("=")) {
                        defaults.add(expression());
                        seenDefault = true;
                    } else if (seenDefault) {
                        throw errorAt(a.pos(), "parameter without a default follows parameter with a default");
                    }
                }
            }
            if (!acceptOp(",")) break;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean lambda, boolean star) {
        Token name = expectName();
        Expr annotation = null;
        if (!lambda && acceptOp(":")) annotation = star ? starExpression() : expression();
        return new Arg(name.text(), annotation, null, pos(name));
    }

    // ---- match ---------------------------------------------------------------------------------

    private Stmt tryMatchStmt() {
        int m = mark();
        Token t = next();
        Expr subject;
        try {
            if (atOp("=") || atOp(".") || atOp("(") && false) {
                reset(m);
                return null;
            }
            Token subjStart = peek();
            Expr first = starNamedExpression();
            if (atOp(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (acceptOp(",")) {
                    if (atOp(":")) break;
                    elts.add(starNamedExpression());
                }
                subject = new Expr.TupleExpr(elts, ExprContext.Load, pos(subjStart));
            } else {
                subject = first;
            }
            if (!atOp(":")) {
                reset(m);
                return null;
            }
        } catch (CompileError e) {
            reset(m);
            return null;
        }
        next();
        if (!peek().is(TokenKind.NEWLINE)) throw syntaxErrorAt(peek(), "invalid syntax");
        next();
        if (!peek().is(TokenKind.INDENT)) {
            throw indentationError(peek(), "expected an indented block after 'match' statement on line " + t.line());
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        while (peek().isName("case")) cases.add(caseBlock());
        if (cases.isEmpty()) throw syntaxErrorAt(peek(), "invalid syntax");
        if (peek().is(TokenKind.DEDENT)) next();
        return new Stmt.Match(subject, cases, pos(t));
    }

    private MatchCase caseBlock() {
        Token t = next();
        Pattern pattern = new PatternParser(this).patterns();
        Expr guard = null;
        if (acceptKeyword("if")) guard = namedExpression();
        expectColon();
        List<Stmt> body = block("'case' statement", t);
        return new MatchCase(pattern, guard, body);
    }

    // ---- expressions ---------------------------------------------------------------------------

    /** expressions: expression (',' expression)* [','] */
    Expr expressions() {
        Token start = peek();
        Expr first = expression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression()) break;
            elts.add(expression());
        }
        return new Expr.TupleExpr(elts, ExprContext.Load, pos(start));
    }

    /** star_expressions: a tuple when there is a comma */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression()) break;
            elts.add(starExpression());
        }
        return new Expr.TupleExpr(elts, ExprContext.Load, pos(start));
    }

    Expr starExpression() {
        if (atOp("*")) {
            Token t = next();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, pos(t));
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (atOp("*")) {
            Token t = next();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, pos(t));
        }
        return namedExpression();
    }

    /** Whether the next token can begin an expression (to allow trailing commas). */
    boolean startsExpression() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                return !KEYWORDS.contains(t.text()) || Set.of("not", "lambda", "await", "None", "True", "False")
                        .contains(t.text());
            case NUMBER:
            case STRING:
            case FSTRING_START:
                return true;
            case OP:
                return Set.of("(", "[", "{", "-", "+", "~", "*", "...").contains(t.text());
            default:
                return false;
        }
    }

    /** named_expression: NAME ':=' expression | expression !':=' */
    Expr namedExpression() {
        if (atName() && peek(1).isOp(":=")) {
            Token name = next();
            next();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(name.text(), ExprContext.Store, tokenPos(name)), value, pos(name));
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw errorAt(e.pos(), "cannot use assignment expressions with " + Targets.describe(e));
        }
        return e;
    }

    /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
    Expr expression() {
        if (atKeyword("lambda")) return lambdef();
        Token start = peek();
        Expr body = disjunction();
        if (atKeyword("if")) {
            int m = mark();
            next();
            Expr test = disjunction();
            if (!atKeyword("else")) {
                if (atOp(":") || peek().is(TokenKind.NEWLINE)) {
                    throw errorAt(new Pos(body.pos().line(), body.pos().col(), last().endLine(),
                            src.byteCol(last().end())), "expected 'else' after 'if' expression");
                }
                reset(m);
                throw syntaxErrorAt(peek(), "invalid syntax");
            }
            next();
            Expr orelse = expression();
            return new Expr.IfExp(test, body, orelse, pos(start));
        }
        return body;
    }

    private Expr lambdef() {
        Token t = next();
        Arguments args = atOp(":") ? Arguments.EMPTY : parameters(true);
        expectColon();
        Expr body = expression();
        return new Expr.Lambda(args, body, pos(t));
    }

    Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKeyword("or")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) values.add(conjunction());
        return new Expr.BoolOpExpr(BoolOp.Or, values, pos(start));
    }

    Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKeyword("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) values.add(inversion());
        return new Expr.BoolOpExpr(BoolOp.And, values, pos(start));
    }

    Expr inversion() {
        if (atKeyword("not")) {
            Token t = next();
            Expr operand = inversion();
            return new Expr.UnaryOpExpr(UnaryOp.Not, operand, pos(t));
        }
        return comparison();
    }

    Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (;;) {
            CmpOp op = compareOp();
            if (op == null) break;
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) return left;
        return new Expr.Compare(left, ops, comparators, pos(start));
    }

    private CmpOp compareOp() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            CmpOp op = switch (t.text()) {
                case "==" -> CmpOp.Eq;
                case "!=" -> CmpOp.NotEq;
                case "<" -> CmpOp.Lt;
                case "<=" -> CmpOp.LtE;
                case ">" -> CmpOp.Gt;
                case ">=" -> CmpOp.GtE;
                default -> null;
            };
            if (op != null) next();
            return op;
        }
        if (t.isName("in")) {
            next();
            return CmpOp.In;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            next();
            next();
            return CmpOp.NotIn;
        }
        if (t.isName("is")) {
            next();
            if (acceptKeyword("not")) return CmpOp.IsNot;
            return CmpOp.Is;
        }
        return null;
    }

    Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (atOp("|")) {
            next();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(left, Operator.BitOr, right, pos(start));
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            next();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(left, Operator.BitXor, right, pos(start));
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (atOp("&")) {
            next();
            Expr right = shiftExpr();
            left = new Expr.BinOp(left, Operator.BitAnd, right, pos(start));
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr left = sum();
        for (;;) {
            Operator op = atOp("<<") ? Operator.LShift : atOp(">>") ? Operator.RShift : null;
            if (op == null) return left;
            next();
            Expr right = sum();
            left = new Expr.BinOp(left, op, right, pos(start));
        }
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        for (;;) {
            Operator op = atOp("+") ? Operator.Add : atOp("-") ? Operator.Sub : null;
            if (op == null) return left;
            next();
            Expr right = term();
            left = new Expr.BinOp(left, op, right, pos(start));
        }
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        for (;;) {
            Token t = peek();
            Operator op = null;
            if (t.kind() == TokenKind.OP) {
                op = switch (t.text()) {
                    case "*" -> Operator.Mult;
                    case "/" -> Operator.Div;
                    case "//" -> Operator.FloorDiv;
                    case "%" -> Operator.Mod;
                    case "@" -> Operator.MatMult;
                    default -> null;
                };
            }
            if (op == null) return left;
            next();
            Expr right = factor();
            left = new Expr.BinOp(left, op, right, pos(start));
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            UnaryOp op = switch (t.text()) {
                case "+" -> UnaryOp.UAdd;
                case "-" -> UnaryOp.USub;
                case "~" -> UnaryOp.Invert;
                default -> null;
            };
            if (op != null) {
                next();
                Expr operand = factor();
                return new Expr.UnaryOpExpr(op, operand, pos(t));
            }
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (atOp("**")) {
            next();
            Expr exp = factor();
            return new Expr.BinOp(base, Operator.Pow, exp, pos(start));
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (atKeyword("await")) {
            Token t = next();
            Expr value = primary();
            return new Expr.Await(value, pos(t));
        }
        return primary();
    }

    /** primary: atom followed by attribute, call, subscript and generator-argument trailers. */
    Expr primary() {
        Token start = peek();
        Expr e = atom();
        for (;;) {
            Token t = peek();
            if (t.isOp(".")) {
                next();
                Token name = expectName();
                e = new Expr.Attribute(e, name.text(), ExprContext.Load, pos(start));
            } else if (t.isOp("(")) {
                next();
                List<Expr> args = new ArrayList<>();
                List<Keyword> kws = new ArrayList<>();
                if (!atOp(")")) arguments(args, kws);
                expectOp(")");
                e = new Expr.Call(e, args, kws, pos(start));
            } else if (t.isOp("[")) {
                next();
                Expr slice = slices();
                expectOp("]");
                e = new Expr.Subscript(e, slice, ExprContext.Load, pos(start));
            } else {
                return e;
            }
        }
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    private Expr slices() {
        Token start = peek();
        boolean starred = atOp("*");
        Expr first = starred ? starExpression() : slice();
        // A lone starred item is still the tuple alternative: x[*a] subscripts with (*a,).
        if (!atOp(",") && !starred) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) break;
            elts.add(atOp("*") ? starExpression() : slice());
        }
        return new Expr.TupleExpr(elts, ExprContext.Load, pos(start));
    }

    private Expr slice() {
        Token start = peek();
        Expr lower = null;
        if (!atOp(":")) {
            Expr e = namedExpression();
            if (!atOp(":")) return e;
            lower = e;
        }
        expectOp(":");
        Expr upper = null;
        Expr step = null;
        if (!atOp(":") && !atOp("]") && !atOp(",")) upper = expression();
        if (acceptOp(":")) {
            if (!atOp("]") && !atOp(",")) step = expression();
        }
        return new Expr.Slice(lower, upper, step, pos(start));
    }

    /** args: positional, starred, keyword and double-starred arguments, or one generator expression. */
    void arguments(List<Expr> args, List<Keyword> kws) {
        Token start = peek();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        for (;;) {
            Token t = peek();
            if (t.isOp(")")) break;
            if (t.isOp("**")) {
                next();
                Expr value = expression();
                kws.add(new Keyword(null, value, pos(t)));
                seenDoubleStar = true;
            } else if (t.isOp("*")) {
                next();
                Expr value = expression();
                Expr starred = new Expr.Starred(value, ExprContext.Load, pos(t));
                if (seenDoubleStar) {
                    throw errorAt(starred.pos(), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(starred);
            } else if (atName() && peek(1).isOp("=")) {
                Token name = next();
                next();
                Expr value = expression();
                kws.add(new Keyword(name.text(), value, pos(name)));
                seenKeyword = true;
            } else {
                Expr e = namedExpressionOrGenexp(start);
                if (atOp("=")) {
                    throw SyntaxErrors.badKeywordArgument(this, e);
                }
                if (seenDoubleStar) {
                    throw errorAt(e.pos(), "positional argument follows keyword argument unpacking");
                }
                if (seenKeyword) throw errorAt(e.pos(), "positional argument follows keyword argument");
                args.add(e);
            }
            if (!acceptOp(",")) break;
        }
    }

    /** An argument: a named expression, or a bare generator expression when it is the only argument. */
    private Expr namedExpressionOrGenexp(Token callStart) {
        Token start = peek();
        Expr e = namedExpression();
        if (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
            List<Comprehension> gens = comprehensionClauses();
            Expr g = new Expr.GeneratorExp(e, gens, pos(start));
            if (atOp(",") || !atOp(")")) {
                if (atOp(",") && peek(1).isOp(")")) {
                    throw errorAt(g.pos(), "Generator expression must be parenthesized");
                }
                throw errorAt(g.pos(), "Generator expression must be parenthesized");
            }
            return new Expr.GeneratorExp(e, gens, genexpCallPos(start));
        }
        return e;
    }

    /** A bare generator argument's position spans the call's parentheses, as in CPython. */
    private Pos genexpCallPos(Token start) {
        int i = indexOf(start) - 1;
        Token open = i >= 0 ? tokens.get(i) : start;
        Token close = peek();
        return new Pos(open.line(), src.byteCol(open.start()), close.endLine(), src.byteCol(close.end()));
    }

    /** for_if_clauses */
    List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
            boolean async = acceptKeyword("async");
            next();
            Expr target = targets.starTargets();
            if (!atKeyword("in")) throw syntaxErrorAt(peek(), "invalid syntax");
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, async));
        }
        return gens;
    }

    Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME: {
                switch (t.text()) {
                    case "None":
                        next();
                        return new Expr.ConstantExpr(Constant.NONE, null, pos(t));
                    case "True":
                        next();
                        return new Expr.ConstantExpr(Constant.TRUE, null, pos(t));
                    case "False":
                        next();
                        return new Expr.ConstantExpr(Constant.FALSE, null, pos(t));
                    default:
                        break;
                }
                if (KEYWORDS.contains(t.text())) throw invalidSyntax();
                next();
                return new Expr.Name(t.text(), ExprContext.Load, pos(t));
            }
            case NUMBER:
                next();
                return new Expr.ConstantExpr(NumberParser.parse(t.text()), null, pos(t));
            case STRING:
            case FSTRING_START:
                return strings.strings();
            case OP:
                switch (t.text()) {
                    case "(":
                        return parenthesizedAtom();
                    case "[":
                        return listDisplay();
                    case "{":
                        return dictOrSetDisplay();
                    case "...":
                        next();
                        return new Expr.ConstantExpr(Constant.ELLIPSIS, null, pos(t));
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        throw invalidSyntax();
    }

    private Expr parenthesizedAtom() {
        Token open = next();
        if (atOp(")")) {
            next();
            return new Expr.TupleExpr(List.of(), ExprContext.Load, pos(open));
        }
        if (atKeyword("yield")) {
            Expr y = yieldExpr();
            expectOp(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
            if (first instanceof Expr.Starred) throw errorAt(first.pos(), "iterable unpacking cannot be used in comprehension");
            List<Comprehension> gens = comprehensionClauses();
            expectOp(")");
            return new Expr.GeneratorExp(first, gens, pos(open));
        }
        if (atOp(")")) {
            next();
            if (first instanceof Expr.Starred) throw errorAt(first.pos(), "cannot use starred expression here");
            parenthesized.add(first);
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp(")")) break;
            elts.add(starNamedExpression());
        }
        expectOp(")");
        return new Expr.TupleExpr(elts, ExprContext.Load, pos(open));
    }

    private Expr listDisplay() {
        Token open = next();
        List<Expr> elts = new ArrayList<>();
        if (!atOp("]")) {
            Expr first = starNamedExpression();
            if (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first.pos(), "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> gens = comprehensionClauses();
                expectOp("]");
                return new Expr.ListComp(first, gens, pos(open));
            }
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp("]")) break;
                elts.add(starNamedExpression());
            }
        }
        expectOp("]");
        return new Expr.ListExpr(elts, ExprContext.Load, pos(open));
    }

    private Expr dictOrSetDisplay() {
        Token open = next();
        if (atOp("}")) {
            next();
            return new Expr.Dict(List.of(), List.of(), pos(open));
        }
        if (atOp("**")) return dictDisplay(open, null, null);
        Expr first = starNamedExpression();
        if (atOp(":") && !(first instanceof Expr.Starred)) {
            next();
            Expr value = expression();
            if (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
                List<Comprehension> gens = comprehensionClauses();
                expectOp("}");
                return new Expr.DictComp(first, value, gens, pos(open));
            }
            return dictDisplay(open, first, value);
        }
        if (atKeyword("for") || (atKeyword("async") && peek(1).isName("for"))) {
            if (first instanceof Expr.Starred) throw errorAt(first.pos(), "iterable unpacking cannot be used in comprehension");
            List<Comprehension> gens = comprehensionClauses();
            expectOp("}");
            return new Expr.SetComp(first, gens, pos(open));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("}")) break;
            elts.add(starNamedExpression());
        }
        expectOp("}");
        return new Expr.SetExpr(elts, pos(open));
    }

    private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!acceptOp(",")) {
                expectOp("}");
                return new Expr.Dict(keys, values, pos(open));
            }
        }
        while (!atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = expression();
                if (!atOp(":")) throw syntaxErrorAt(peek(), "':' expected after dictionary key");
                next();
                keys.add(k);
                values.add(expression());
            }
            if (!acceptOp(",")) break;
        }
        expectOp("}");
        return new Expr.Dict(keys, values, pos(open));
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    Expr yieldExpr() {
        Token t = next();
        if (acceptKeyword("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(value, pos(t));
        }
        if (atOp(")") || atOp("]") || atOp("}") || atOp("=") || atStatementEnd()) return new Expr.Yield(null, pos(t));
        return new Expr.Yield(starExpressions(), pos(t));
    }
}
