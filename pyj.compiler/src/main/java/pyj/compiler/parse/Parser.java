// Recursive-descent parser for Python 3.13, following the rules of CPython's PEG grammar.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import pyj.compiler.ast.Alias;
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
 * and {@link #reset(int)}, and a rule that does not match throws {@link Failure}. Assignment
 * targets are parsed as expressions and then checked and re-contexted by {@link Targets}.
 *
 * <p>Errors follow CPython's two passes. The first pass parses; if it fails, a second pass parses
 * again from the start with {@link #invalidRules} set, which enables the checks of CPython's
 * {@code invalid_*} rules ({@link SyntaxErrors}) at the same points of the grammar, so that the
 * first targeted message CPython would produce is the one reported. When none applies, the error
 * is "invalid syntax" at the furthest token the first pass read. Errors that CPython raises from
 * grammar actions (malformed literals, forced tokens) are raised in either pass.
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match", "type");

    final SourceText src;
    private Tokenizer tokenizer;
    private final List<Token> tokens = new ArrayList<>();
    /** The tokenizer's error, once it has failed: every later read fails the same way. */
    private CompileError tokenizerError;
    private int pos;
    /** Whether CPython's invalid_* rules are active (in the second pass, except inside expression_without_invalid). */
    boolean invalidRules;
    /** Whether this is the second pass, where rules are memoized as CPython memoizes them. */
    private boolean secondPass;
    final Targets targets;
    final StringParser strings;
    final Parameters parameters;
    final CallArguments callArguments;
    /** Expressions written inside their own parentheses, e.g. "(a)" (their positions exclude the parentheses). */
    final Set<Expr> parenthesized = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Second-pass memo of the expression rule, as CPython memoizes it (keeps speculative parses linear). */
    private final Map<Integer, Memo> expressionMemo = new HashMap<>();
    /**
     * Second-pass memos of disjunction and bitwise_or. Their first result at a position stands even
     * if it was computed with the invalid rules off, as in CPython, whose memo does not tell.
     */
    private final Map<Integer, Memo> disjunctionMemo = new HashMap<>();
    private final Map<Integer, Memo> bitwiseOrMemo = new HashMap<>();
    private final Map<Integer, Memo> primaryMemo = new HashMap<>();
    /** Positions where an invalid_* rule that CPython memoizes was already tried. */
    final Set<String> invalidRulesTried = new HashSet<>();

    /** A parse that did not match: CPython's rule failure, carried up to where an alternative is tried. */
    static final class Failure extends RuntimeException {
        static final Failure INSTANCE = new Failure();

        private Failure() {
            super(null, null, false, false);
        }
    }

    private record Memo(Expr expr, int end) {}

    public Parser(SourceText src) {
        this.src = src;
        this.targets = new Targets(this);
        this.strings = new StringParser(this);
        this.parameters = new Parameters(this);
        this.callArguments = new CallArguments(this);
    }

    // ---- entry points -------------------------------------------------------------------------

    /** Reports the warnings met while parsing (invalid escape sequences) in source order. */
    public void reportWarnings(pyj.compiler.error.Diagnostics diag) {
        for (StringParser.Warning w : strings.warnings) {
            Token t = w.at();
            diag.warn(w.category(), w.message(), t.line(), () -> errorAt(t, w.message()));
        }
    }

    /** mode 'exec' */
    public Mod.Module parseModule() {
        tokenizer = new Tokenizer(src, false, Tokenizer.Input.FILE);
        return parse(() -> {
            List<Stmt> body = new ArrayList<>();
            while (!peek().is(TokenKind.ENDMARKER)) body.addAll(statement());
            return new Mod.Module(body, List.of());
        });
    }

    /** mode 'eval' */
    public Mod.Expression parseExpression() {
        tokenizer = new Tokenizer(src, false, Tokenizer.Input.EXPRESSION);
        return parse(() -> {
            Expr e = expressions();
            while (peek().is(TokenKind.NEWLINE)) next();
            if (!peek().is(TokenKind.ENDMARKER)) throw fail();
            return new Mod.Expression(e);
        });
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef
                || s instanceof Stmt.If || s instanceof Stmt.For || s instanceof Stmt.AsyncFor || s instanceof Stmt.While
                || s instanceof Stmt.With || s instanceof Stmt.AsyncWith || s instanceof Stmt.Try
                || s instanceof Stmt.TryStar || s instanceof Stmt.Match;
    }

    /** mode 'single': one (possibly compound) statement, as the REPL reads it. */
    public Mod.Interactive parseInteractive() {
        tokenizer = new Tokenizer(src, false, Tokenizer.Input.INTERACTIVE);
        Mod.Interactive mod = parse(() -> {
            List<Stmt> body = new ArrayList<>();
            while (peek().is(TokenKind.NEWLINE)) next();
            if (!peek().is(TokenKind.ENDMARKER)) body.addAll(statement());
            return new Mod.Interactive(body);
        });
        // A compound statement must be followed by a NEWLINE (statement_newline: compound_stmt NEWLINE).
        boolean compound = !mod.body().isEmpty() && isCompound(mod.body().get(0));
        if (compound && !peek().is(TokenKind.NEWLINE) && !peek().is(TokenKind.ENDMARKER)) {
            throw errorAtToken(CompileError.Kind.SYNTAX_ERROR, "invalid syntax", peek());
        }
        // CPython looks for more input in the tokenizer's buffer, not through tokens, so the error
        // stands at the last token the statement used: its NEWLINE.
        Token statementEnd = pos > 0 ? last() : lastFetched();
        while (peek().is(TokenKind.NEWLINE)) next();
        if (!peek().is(TokenKind.ENDMARKER)) {
            throw errorAtToken(CompileError.Kind.SYNTAX_ERROR,
                    "multiple statements found while compiling a single statement", statementEnd);
        }
        return mod;
    }

    /**
     * CPython's _PyPegen_run_parser: a first pass, and when it fails a second one with the
     * invalid_* rules on; without a targeted message the error is "invalid syntax" where the first
     * pass stopped. A parser error then gives way to an error the tokenizer finds in the rest of
     * the source (_PyPegen_tokenize_full_source_to_check_for_errors).
     */
    private <T> T parse(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (Failure f) {
            throw secondPass(rule, lastFetched());
        } catch (CompileError e) {
            throw reported(e);
        }
    }

    /** The second pass's error: a targeted one, or the generic one where the first pass stopped. */
    private CompileError secondPass(Supplier<?> rule, Token lastToken) {
        pos = 0;
        invalidRules = true;
        secondPass = true;
        try {
            rule.get();
        } catch (CompileError e) {
            return reported(e);
        } catch (Failure f) {
            // No invalid rule applies.
        }
        return genericError(lastToken);
    }

    /** An error raised while parsing: the tokenizer's as it is, the parser's checked against the rest of the source. */
    private CompileError reported(CompileError e) {
        if (tokenizerError != null) return tokenizerError;
        return checkedAgainstRestOfSource(e);
    }

    /**
     * _PyPegen_set_syntax_error without a specific error: the furthest token of the first pass
     * decides. An unexpected indent or unindent is reported as it is, without looking further.
     */
    private CompileError genericError(Token lastToken) {
        if (lastToken.is(TokenKind.INDENT)) {
            return errorAtLastToken(CompileError.Kind.INDENTATION_ERROR, "unexpected indent");
        }
        if (lastToken.is(TokenKind.DEDENT)) {
            return errorAtLastToken(CompileError.Kind.INDENTATION_ERROR, "unexpected unindent");
        }
        return checkedAgainstRestOfSource(errorAt(lastToken, "invalid syntax"));
    }

    /**
     * Tokenizes the rest of the source: an error about a token's text found there wins over the
     * parser's error; a bracket left open wins only if it was opened on a line before the one the
     * parser last read. Inside an f-string the parser's error about its expression stands.
     */
    private CompileError checkedAgainstRestOfSource(CompileError parserError) {
        int errorLine = lastFetched().line();
        try {
            Token t;
            do {
                t = tokenizer.next();
            } while (!t.is(TokenKind.ENDMARKER));
        } catch (CompileError tokenizerFound) {
            if (tokenizer.inFString()) return parserError;
            if (tokenizer.lastErrorIsLexical()) return tokenizerFound;
            int open = tokenizer.innermostOpenBracketLine();
            if (open >= 0 && errorLine > open) return tokenizer.unclosedBracket();
        }
        return parserError;
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
            if (tokenizerError != null) throw tokenizerError;
            try {
                tokens.add(tokenizer.next());
            } catch (CompileError e) {
                tokenizerError = e;
                throw e;
            }
        }
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

    /** The furthest token read from the tokenizer (CPython's p->tokens[p->fill - 1]). */
    Token lastFetched() {
        if (tokens.isEmpty()) peek();
        return tokens.get(tokens.size() - 1);
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

    /** Runs a rule speculatively: its result, or null with the position restored when it does not match. */
    <T> T attempt(Supplier<T> rule) {
        int m = mark();
        try {
            return rule.get();
        } catch (Failure f) {
            reset(m);
            return null;
        }
    }

    /** Whether a rule would match here (a lookahead: the position is restored either way). */
    boolean lookahead(Runnable rule) {
        int m = mark();
        try {
            rule.run();
            return true;
        } catch (Failure f) {
            return false;
        } finally {
            reset(m);
        }
    }

    static Failure fail() {
        return Failure.INSTANCE;
    }

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
        throw fail();
    }

    Token expectKeyword(String kw) {
        if (atKeyword(kw)) return next();
        throw fail();
    }

    /** A token the grammar forces ({@code &&':'}): its absence is an error in either pass. */
    Token expectForced(String op) {
        if (atOp(op)) return next();
        throw errorAt(peek(), "expected '" + op + "'");
    }

    boolean atName() {
        Token t = peek();
        return t.is(TokenKind.NAME) && !KEYWORDS.contains(t.text());
    }

    Token expectName() {
        if (atName()) return next();
        throw fail();
    }

    boolean atStatementEnd() {
        Token t = peek();
        return t.is(TokenKind.NEWLINE) || t.isOp(";") || t.is(TokenKind.ENDMARKER);
    }

    // ---- positions and errors ------------------------------------------------------------------

    Pos pos(Token start) {
        Token end = lastSignificant();
        return new Pos(start.line(), src.byteCol(start.start()), end.endLine(), src.byteColumn(end.endLine(), end.end()));
    }

    Pos pos(Pos start) {
        Token end = lastSignificant();
        return new Pos(start.line(), start.col(), end.endLine(), src.byteColumn(end.endLine(), end.end()));
    }

    Pos tokenPos(Token t) {
        return new Pos(t.line(), src.byteCol(t.start()), t.endLine(), src.byteColumn(t.endLine(), t.end()));
    }

    /** A token's span as CPython's parser sees it: INDENT, DEDENT and ENDMARKER have column -1. */
    Pos span(Token t) {
        if (!t.hasRange()) return new Pos(t.line(), -1, t.endLine(), -1);
        return new Pos(t.line(), src.byteColumn(t.line(), t.start()), t.endLine(), src.byteColumn(t.endLine(), t.end()));
    }

    /** RAISE_ERROR_KNOWN_LOCATION: columns are CPython's 0-based byte columns (or -1). */
    private CompileError knownLocation(CompileError.Kind kind, String msg, int line, int col, int endLine, int endCol) {
        return src.parserError(kind, msg, line, col + 1, endLine, endCol + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the span of a node or token. */
    CompileError errorAt(Pos p, String msg) {
        return knownLocation(CompileError.Kind.SYNTAX_ERROR, msg, p.line(), p.col(), p.endLine(), p.endCol());
    }

    CompileError errorAt(Token t, String msg) {
        return errorAt(span(t), msg);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of one node or token to the end of another. */
    CompileError errorRange(Pos from, Pos to, String msg) {
        return errorAt(from.to(to), msg);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from a node or token to where the tokenizer stands. */
    CompileError errorFrom(Pos from, String msg) {
        Token t = lastFetched();
        return src.parserError(CompileError.Kind.SYNTAX_ERROR, msg, from.line(), from.col() + 1, t.cursorLine(),
                src.byteColumn(t.cursorLine(), t.cursor()));
    }

    /** RAISE_SYNTAX_ERROR and RAISE_INDENTATION_ERROR: at the furthest token read. */
    CompileError errorAtLastToken(CompileError.Kind kind, String msg) {
        return errorAtToken(kind, msg, lastFetched());
    }

    /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token after the ones consumed. */
    CompileError errorAtNextToken(String msg) {
        return errorAtToken(CompileError.Kind.SYNTAX_ERROR, msg, peek());
    }

    /** _PyPegen_raise_error: a token without a range is placed where the tokenizer stands. */
    private CompileError errorAtToken(CompileError.Kind kind, String msg, Token t) {
        if (t.hasRange()) {
            Pos p = span(t);
            return knownLocation(kind, msg, p.line(), p.col(), p.endLine(), p.endCol());
        }
        Token furthest = lastFetched();
        int col = src.byteColumn(furthest.cursorLine(), furthest.cursor());
        return src.parserError(kind, msg, t.line(), col, t.endLine(), -1);
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

    // ---- statements ----------------------------------------------------------------------------

    /** statement: compound_stmt | simple_stmts */
    List<Stmt> statement() {
        Token t = peek();
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
                    Stmt m = matchStmt();
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
        throw fail();
    }

    /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
    List<Stmt> simpleStmts() {
        List<Stmt> out = new ArrayList<>();
        for (;;) {
            out.add(simpleStmt());
            if (acceptOp(";")) {
                if (peek().is(TokenKind.NEWLINE)) break;
                continue;
            }
            break;
        }
        if (!peek().is(TokenKind.NEWLINE)) throw fail();
        next();
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
                case "from":
                    return importStmt();
                case "yield": {
                    if (invalidRules) return SyntaxErrors.simpleStmtInOrder(this);
                    Token start = peek();
                    Expr y = yieldExpr();
                    return new Stmt.ExprStmt(y, pos(start));
                }
                default:
                    break;
            }
        }
        return invalidRules ? SyntaxErrors.simpleStmtInOrder(this) : expressionStatement();
    }

    private Stmt returnStmt() {
        Token t = next();
        Expr value = atStatementEnd() ? null : attempt(this::starExpressions);
        return new Stmt.Return(value, pos(t));
    }

    private Stmt raiseStmt() {
        Token t = next();
        Expr exc = attempt(this::expression);
        if (exc == null) return new Stmt.Raise(null, null, pos(t));
        Expr cause = null;
        if (atKeyword("from")) {
            int m = mark();
            next();
            cause = attempt(this::expression);
            if (cause == null) reset(m);
        }
        return new Stmt.Raise(exc, cause, pos(t));
    }

    private Stmt globalStmt() {
        Token t = next();
        List<String> names = new ArrayList<>();
        names.add(expectName().text());
        while (atOp(",") && peek(1).is(TokenKind.NAME) && !KEYWORDS.contains(peek(1).text())) {
            next();
            names.add(next().text());
        }
        return t.text().equals("global") ? new Stmt.Global(names, pos(t)) : new Stmt.Nonlocal(names, pos(t));
    }

    /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
    private Stmt delStmt() {
        Token t = next();
        int start = mark();
        List<Expr> list = new ArrayList<>();
        try {
            do {
                if (!list.isEmpty() && atStatementEnd()) break;
                list.add(targets.delTarget(bitwiseOr()));
            } while (acceptOp(","));
            if (!atStatementEnd() || peek().is(TokenKind.ENDMARKER)) throw fail();
        } catch (Failure f) {
            if (invalidRules) {
                reset(start);
                Expr e = attempt(this::starExpressions);
                if (e != null) SyntaxErrors.invalidTarget(this, e, Targets.Kind.DEL);
            }
            throw f;
        }
        return new Stmt.Delete(list, pos(t));
    }

    private Stmt assertStmt() {
        Token t = next();
        Expr test = expression();
        Expr msg = null;
        if (atOp(",")) {
            int m = mark();
            next();
            msg = attempt(this::expression);
            if (msg == null) reset(m);
        }
        return new Stmt.Assert(test, msg, pos(t));
    }

    /** import_stmt: invalid_import | import_name | import_from */
    private Stmt importStmt() {
        if (invalidRules && atKeyword("import")) SyntaxErrors.invalidImport(this);
        return atKeyword("import") ? importName() : importFrom();
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

    String dottedName() {
        StringBuilder sb = new StringBuilder(expectName().text());
        while (atOp(".") && peek(1).is(TokenKind.NAME) && !KEYWORDS.contains(peek(1).text())) {
            next();
            sb.append('.').append(next().text());
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
        else if (level == 0) throw fail();
        expectKeyword("import");
        List<Alias> names = importFromTargets();
        return new Stmt.ImportFrom(module, names, level, pos(t));
    }

    /** import_from_targets: '(' names [','] ')' | names !',' | '*' | invalid_import_from_targets */
    private List<Alias> importFromTargets() {
        if (atOp("*")) {
            Token star = next();
            return List.of(new Alias("*", null, pos(star)));
        }
        int m = mark();
        if (acceptOp("(")) {
            List<Alias> names = importFromAsNames();
            acceptOp(",");
            expectOp(")");
            return names;
        }
        try {
            List<Alias> names = importFromAsNames();
            if (atOp(",")) throw fail();
            return names;
        } catch (Failure f) {
            if (invalidRules) {
                reset(m);
                SyntaxErrors.invalidImportFromTargets(this);
            }
            throw f;
        }
    }

    List<Alias> importFromAsNames() {
        List<Alias> names = new ArrayList<>();
        names.add(importFromAsName());
        while (atOp(",") && peek(1).is(TokenKind.NAME) && !KEYWORDS.contains(peek(1).text())) {
            next();
            names.add(importFromAsName());
        }
        return names;
    }

    private Alias importFromAsName() {
        Token start = peek();
        String name = expectName().text();
        String as = null;
        if (atKeyword("as") && peek(1).is(TokenKind.NAME) && !KEYWORDS.contains(peek(1).text())) {
            next();
            as = next().text();
        }
        return new Alias(name, as, pos(start));
    }

    /** type_alias: "type" NAME [type_params] '=' expression */
    Stmt typeAlias() {
        Token t = next();
        Token nameTok = expectName();
        Expr name = new Expr.Name(nameTok.text(), ExprContext.Store, tokenPos(nameTok));
        List<TypeParam> params = optionalTypeParams();
        expectOp("=");
        Expr value = expression();
        return new Stmt.TypeAlias(name, params, value, pos(t));
    }

    /**
     * Assignments, augmented assignments, annotated assignments and expression statements, read
     * in one go: the left-hand side as star_expressions, then what follows decides. (The second
     * pass goes through CPython's alternatives one by one instead: {@link SyntaxErrors#simpleStmtInOrder}.)
     */
    private Stmt expressionStatement() {
        Token start = peek();
        if (start.isName("type")) {
            Stmt alias = attempt(this::typeAlias);
            if (alias != null) return alias;
        }
        Expr first = starExpressions();
        Token t = peek();
        if (t.isOp("=")) {
            List<Expr> tgts = new ArrayList<>();
            tgts.add(targets.assignTarget(first));
            Expr value;
            for (;;) {
                expectOp("=");
                Expr rhs = annotatedRhs();
                if (atOp("=")) {
                    tgts.add(targets.assignTarget(rhs));
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
            if (acceptOp("=")) value = annotatedRhs();
            boolean simple = first instanceof Expr.Name && !parenthesized.contains(first);
            return new Stmt.AnnAssign(target, annotation, value, simple, pos(start));
        }
        Operator aug = augOperator(t);
        if (aug != null) {
            next();
            Expr target = targets.augTarget(first);
            Expr value = annotatedRhs();
            return new Stmt.AugAssign(target, aug, value, pos(start));
        }
        return new Stmt.ExprStmt(first, pos(start));
    }

    /** annotated_rhs: yield_expr | star_expressions */
    Expr annotatedRhs() {
        return atKeyword("yield") ? yieldExpr() : starExpressions();
    }

    static Operator augOperator(Token t) {
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

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
    List<Stmt> block() {
        if (peek().is(TokenKind.NEWLINE)) {
            if (!peek(1).is(TokenKind.INDENT)) {
                if (invalidRules) {
                    throw errorAtLastToken(CompileError.Kind.INDENTATION_ERROR, "expected an indented block");
                }
                throw fail();
            }
            next();
            next();
            List<Stmt> body = new ArrayList<>();
            do {
                body.addAll(statement());
            } while (!peek().is(TokenKind.DEDENT) && !peek().is(TokenKind.ENDMARKER));
            if (!peek().is(TokenKind.DEDENT)) throw fail();
            next();
            return body;
        }
        return simpleStmts();
    }

    /**
     * The invalid rules every block statement starts with: a header followed by a line break
     * instead of ':', and a ':' with no indented block after it.
     */
    void invalidHeaderEnd(Token keyword, String what) {
        if (!invalidRules) return;
        if (peek().is(TokenKind.NEWLINE)) throw errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "expected ':'");
        invalidMissingBlock(keyword, what);
    }

    /** ':' NEWLINE !INDENT: "expected an indented block after ..." at the token after the line break. */
    void invalidMissingBlock(Token keyword, String what) {
        if (!invalidRules) return;
        if (atOp(":") && peek(1).is(TokenKind.NEWLINE) && !peek(2).is(TokenKind.INDENT)) {
            throw errorAtLastToken(CompileError.Kind.INDENTATION_ERROR,
                    "expected an indented block after " + what + " on line " + keyword.line());
        }
    }

    private Stmt ifStmt() {
        Token t = next();
        Expr test = namedExpression();
        invalidHeaderEnd(t, "'if' statement");
        expectOp(":");
        List<Stmt> body = block();
        return new Stmt.If(test, body, elseOrElif(), pos(t));
    }

    private List<Stmt> elseOrElif() {
        Token t = peek();
        if (t.isName("elif")) {
            next();
            Expr test = namedExpression();
            invalidHeaderEnd(t, "'elif' statement");
            expectOp(":");
            List<Stmt> body = block();
            return List.of(new Stmt.If(test, body, elseOrElif(), pos(t)));
        }
        return elseBlock();
    }

    /** else_block: invalid_else_stmt | 'else' &&':' block */
    private List<Stmt> elseBlock() {
        Token t = peek();
        if (!t.isName("else")) return List.of();
        next();
        invalidMissingBlock(t, "'else' statement");
        expectForced(":");
        return block();
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = namedExpression();
        invalidHeaderEnd(t, "'while' statement");
        expectOp(":");
        List<Stmt> body = block();
        return new Stmt.While(test, body, elseBlock(), pos(t));
    }

    /** for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block] (and the invalid rules around it) */
    private Stmt forStmt(Token start, boolean async) {
        Token forTok = next();
        if (!forTok.isName("for")) forTok = next();
        int targetStart = mark();
        Expr target = attempt(targets::starTargets);
        if (target == null || !atKeyword("in")) {
            if (invalidRules) SyntaxErrors.invalidForTarget(this, targetStart);
            throw fail();
        }
        next();
        Expr iter = starExpressions();
        invalidHeaderEnd(forTok, "'for' statement");
        expectOp(":");
        List<Stmt> body = block();
        List<Stmt> orelse = elseBlock();
        return async ? new Stmt.AsyncFor(target, iter, body, orelse, null, pos(start))
                : new Stmt.For(target, iter, body, orelse, null, pos(start));
    }

    private Stmt withStmt(Token start, boolean async) {
        Token withTok = next();
        if (!withTok.isName("with")) withTok = next();
        int itemsStart = mark();
        if (invalidRules) SyntaxErrors.invalidWithStmtIndent(this, withTok, itemsStart);
        List<WithItem> items = null;
        if (atOp("(")) items = attempt(this::parenthesizedWithItems);
        if (items == null) {
            try {
                items = new ArrayList<>();
                do {
                    items.add(withItem());
                } while (acceptOp(","));
                expectOp(":");
            } catch (Failure f) {
                if (invalidRules) SyntaxErrors.invalidWithStmt(this, itemsStart);
                throw f;
            }
        }
        List<Stmt> body = block();
        return async ? new Stmt.AsyncWith(items, body, null, pos(start)) : new Stmt.With(items, body, null, pos(start));
    }

    /** '(' ','.with_item+ ','? ')' ':' */
    private List<WithItem> parenthesizedWithItems() {
        next();
        List<WithItem> items = new ArrayList<>();
        items.add(withItem());
        while (acceptOp(",")) {
            if (atOp(")")) break;
            items.add(withItem());
        }
        expectOp(")");
        expectOp(":");
        return items;
    }

    /** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
    private WithItem withItem() {
        int m = mark();
        Expr ctx = expression();
        if (atKeyword("as")) {
            int afterCtx = mark();
            next();
            Expr vars = attempt(targets::starTarget);
            if (vars != null && (atOp(",") || atOp(")") || atOp(":"))) return new WithItem(ctx, vars);
            if (invalidRules) {
                reset(m);
                SyntaxErrors.invalidWithItem(this);
            }
            reset(afterCtx);
        }
        return new WithItem(ctx, null);
    }

    private Stmt tryStmt() {
        Token t = next();
        if (invalidRules) SyntaxErrors.invalidTryStmt(this, t);
        expectForced(":");
        List<Stmt> body = block();
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        if (atKeyword("except")) {
            star = peek(1).isOp("*");
            while (atKeyword("except") && peek(1).isOp("*") == star) handlers.add(exceptBlock(star));
            // The handler of the other kind is tried as one of this kind, whose invalid rules apply.
            if (invalidRules && atKeyword("except")) SyntaxErrors.invalidExceptStmt(this);
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (!handlers.isEmpty()) orelse = elseBlock();
        if (atKeyword("finally")) finalbody = finallyBlock();
        else if (handlers.isEmpty()) throw fail();
        if (star) return new Stmt.TryStar(body, handlers, orelse, finalbody, pos(t));
        return new Stmt.Try(body, handlers, orelse, finalbody, pos(t));
    }

    /** except_block / except_star_block, with their invalid rules before and after. */
    ExceptHandler exceptBlock(boolean star) {
        int m = mark();
        Token et = peek();
        if (invalidRules) SyntaxErrors.invalidExceptStmtIndent(this, star);
        try {
            next();
            if (star) next();
            Expr type = null;
            String name = null;
            if (!atOp(":") || star) {
                type = expression();
                if (atKeyword("as")) {
                    next();
                    name = expectName().text();
                }
            }
            expectOp(":");
            List<Stmt> body = block();
            return new ExceptHandler(type, name, body, pos(et));
        } catch (Failure f) {
            if (invalidRules) {
                reset(m);
                SyntaxErrors.invalidExceptStmt(this);
            }
            throw f;
        }
    }

    /** finally_block: invalid_finally_stmt | 'finally' &&':' block */
    private List<Stmt> finallyBlock() {
        Token ft = next();
        invalidMissingBlock(ft, "'finally' statement");
        expectForced(":");
        return block();
    }

    private Stmt decorated() {
        Token start = peek();
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(namedExpression());
            if (!peek().is(TokenKind.NEWLINE)) throw fail();
            next();
        }
        Token t = peek();
        if (t.isName("def")) return functionDef(decorators, start, false);
        if (t.isName("class")) return classDef(decorators, start);
        if (t.isName("async") && peek(1).isName("def")) {
            next();
            return functionDef(decorators, start, true);
        }
        throw fail();
    }

    private Stmt functionDef(List<Expr> decorators, Token start, boolean async) {
        Token defTok = next();
        if (async && !defTok.isName("def")) defTok = next();
        Token nameTok = expectName();
        List<TypeParam> typeParams = optionalTypeParams();
        if (invalidRules) SyntaxErrors.invalidDefRaw(this, defTok);
        expectOp("(");
        pyj.compiler.ast.Arguments args = atOp(")") ? pyj.compiler.ast.Arguments.EMPTY : parameters.parameters(false);
        expectOp(")");
        Expr returns = null;
        if (acceptOp("->")) returns = expression();
        expectOp(":");
        List<Stmt> body = block();
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
        List<TypeParam> typeParams = optionalTypeParams();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (acceptOp("(")) {
            if (!atOp(")")) callArguments.arguments(bases, keywords);
            expectOp(")");
        }
        invalidHeaderEnd(classTok, "class definition");
        expectOp(":");
        List<Stmt> body = block();
        Pos p = pos(classTok);
        return new Stmt.ClassDef(nameTok.text(), bases, keywords, body, decorators, typeParams, p);
    }

    /** [type_params] */
    private List<TypeParam> optionalTypeParams() {
        if (!atOp("[")) return List.of();
        List<TypeParam> params = attempt(this::typeParams);
        return params == null ? List.of() : params;
    }

    /** type_params: invalid_type_params | '[' type_param_seq ']' */
    List<TypeParam> typeParams() {
        Token open = expectOp("[");
        if (invalidRules && atOp("]")) {
            Token close = next();
            throw errorFrom(span(close), "Type parameter list cannot be empty");
        }
        List<TypeParam> out = new ArrayList<>();
        out.add(typeParam());
        while (acceptOp(",")) {
            if (atOp("]")) break;
            out.add(typeParam());
        }
        expectOp("]");
        return out;
    }

    /** type_param: NAME [bound] [default] | invalid_type_param | '*' NAME [star default] | '**' NAME [default] */
    private TypeParam typeParam() {
        Token start = peek();
        if (atName()) {
            Token name = next();
            Expr bound = null;
            if (acceptOp(":")) bound = expression();
            Expr dflt = null;
            if (acceptOp("=")) dflt = expression();
            return new TypeParam.TypeVar(name.text(), bound, dflt, pos(start));
        }
        if (invalidRules) SyntaxErrors.invalidTypeParam(this);
        if (acceptOp("**")) {
            Token name = expectName();
            Expr dflt = acceptOp("=") ? expression() : null;
            return new TypeParam.ParamSpec(name.text(), dflt, pos(start));
        }
        expectOp("*");
        Token name = expectName();
        Expr dflt = acceptOp("=") ? starExpression() : null;
        return new TypeParam.TypeVarTuple(name.text(), dflt, pos(start));
    }

    // ---- match ---------------------------------------------------------------------------------

    /**
     * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt.
     * Returns null when the statement is not a match statement ("match" is a soft keyword).
     */
    private Stmt matchStmt() {
        int m = mark();
        Token t = next();
        Expr subject = attempt(this::subjectExpr);
        if (subject == null) {
            reset(m);
            return null;
        }
        if (invalidRules) {
            if (peek().is(TokenKind.NEWLINE)) throw errorAtLastToken(CompileError.Kind.SYNTAX_ERROR, "expected ':'");
            invalidMissingBlock(t, "'match' statement");
        }
        if (!atOp(":") || !peek(1).is(TokenKind.NEWLINE) || !peek(2).is(TokenKind.INDENT)) {
            reset(m);
            return null;
        }
        next();
        next();
        next();
        List<MatchCase> cases = new ArrayList<>();
        cases.add(caseBlock());
        while (peek().isName("case")) cases.add(caseBlock());
        if (!peek().is(TokenKind.DEDENT)) throw fail();
        next();
        return new Stmt.Match(subject, cases, pos(t));
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    private Expr subjectExpr() {
        Token subjStart = peek();
        int m = mark();
        Expr first = starNamedExpression();
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                Expr e = attempt(this::starNamedExpression);
                if (e == null) break;
                elts.add(e);
            }
            return new Expr.TupleExpr(elts, ExprContext.Load, pos(subjStart));
        }
        reset(m);
        return namedExpression();
    }

    /** case_block: invalid_case_block | "case" patterns guard? ':' block */
    private MatchCase caseBlock() {
        Token t = peek();
        if (!t.isName("case")) throw fail();
        next();
        Pattern pattern = new PatternParser(this).patterns();
        Expr guard = null;
        if (acceptKeyword("if")) guard = namedExpression();
        invalidHeaderEnd(t, "'case' statement");
        expectOp(":");
        List<Stmt> body = block();
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
            Expr e = attempt(this::expression);
            if (e == null) break;
            elts.add(e);
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
            Expr e = attempt(this::starExpression);
            if (e == null) break;
            elts.add(e);
        }
        return new Expr.TupleExpr(elts, ExprContext.Load, pos(start));
    }

    /** star_expression: '*' bitwise_or | expression */
    Expr starExpression() {
        if (atOp("*")) {
            Token t = next();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, pos(t));
        }
        return expression();
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    Expr starNamedExpression() {
        if (atOp("*")) {
            Token t = next();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, pos(t));
        }
        return namedExpression();
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    List<Expr> starNamedExpressions() {
        List<Expr> elts = new ArrayList<>();
        elts.add(starNamedExpression());
        while (acceptOp(",")) {
            Expr e = attempt(this::starNamedExpression);
            if (e == null) break;
            elts.add(e);
        }
        return elts;
    }

    /** named_expression: NAME ':=' ~ expression | invalid_named_expression | expression !':=' */
    Expr namedExpression() {
        if (atName() && peek(1).isOp(":=")) {
            Token name = next();
            next();
            Expr value = expression();
            return new Expr.NamedExpr(new Expr.Name(name.text(), ExprContext.Store, tokenPos(name)), value, pos(name));
        }
        if (invalidRules) SyntaxErrors.invalidNamedExpression(this);
        Expr e = expression();
        if (atOp(":=")) throw fail();
        return e;
    }

    /** expression: invalid_expression | invalid_legacy_expression | if_expression | disjunction | lambdef */
    Expr expression() {
        if (!invalidRules) return validExpression();
        return memoized(expressionMemo, () -> {
            SyntaxErrors.invalidExpression(this);
            SyntaxErrors.invalidLegacyExpression(this);
            return validExpression();
        });
    }

    /** expression without its invalid rules (CPython's expression_without_invalid when the flag is off). */
    Expr expressionWithoutInvalid() {
        boolean saved = invalidRules;
        invalidRules = false;
        try {
            return validExpression();
        } finally {
            invalidRules = saved;
        }
    }

    private Expr validExpression() {
        if (atKeyword("lambda")) return lambdef();
        Token start = peek();
        Expr body = disjunction();
        if (atKeyword("if")) {
            int m = mark();
            next();
            Expr test = attempt(this::disjunction);
            if (test == null || !atKeyword("else")) {
                reset(m);
                return body;
            }
            next();
            Expr orelse = attempt(this::expression);
            if (orelse == null) {
                reset(m);
                return body;
            }
            return new Expr.IfExp(test, body, orelse, pos(start));
        }
        return body;
    }

    private Expr lambdef() {
        Token t = next();
        pyj.compiler.ast.Arguments args = atOp(":") ? pyj.compiler.ast.Arguments.EMPTY : parameters.parameters(true);
        expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, pos(t));
    }

    Expr disjunction() {
        return memoized(disjunctionMemo, this::validDisjunction);
    }

    /** In the second pass, the memoized result of a rule at this position. */
    private Expr memoized(Map<Integer, Memo> memo, Supplier<Expr> rule) {
        if (!secondPass) return rule.get();
        int start = mark();
        Memo m = memo.get(start);
        if (m != null) {
            if (m.expr() == null) throw fail();
            reset(m.end());
            return m.expr();
        }
        try {
            Expr e = rule.get();
            memo.put(start, new Memo(e, mark()));
            return e;
        } catch (Failure f) {
            memo.put(start, new Memo(null, start));
            throw f;
        }
    }

    private Expr validDisjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKeyword("or")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKeyword("or")) {
            int m = mark();
            next();
            Expr e = attempt(this::conjunction);
            if (e == null) {
                reset(m);
                break;
            }
            values.add(e);
        }
        if (values.size() == 1) return first;
        return new Expr.BoolOpExpr(BoolOp.Or, values, pos(start));
    }

    Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKeyword("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKeyword("and")) {
            int m = mark();
            next();
            Expr e = attempt(this::inversion);
            if (e == null) {
                reset(m);
                break;
            }
            values.add(e);
        }
        if (values.size() == 1) return first;
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
            int m = mark();
            CmpOp op = compareOp();
            if (op == null) break;
            Expr right = attempt(this::bitwiseOr);
            if (right == null) {
                reset(m);
                break;
            }
            ops.add(op);
            comparators.add(right);
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
        return memoized(bitwiseOrMemo, () -> binaryLevel(this::bitwiseXor, "|"));
    }

    private Expr bitwiseXor() {
        return binaryLevel(this::bitwiseAnd, "^");
    }

    private Expr bitwiseAnd() {
        return binaryLevel(this::shiftExpr, "&");
    }

    private Expr shiftExpr() {
        return binaryLevel(this::sum, "<<", ">>");
    }

    /** sum, with invalid_arithmetic ("'not' after an operator must be parenthesized") in the second pass. */
    Expr sum() {
        if (invalidRules) SyntaxErrors.invalidArithmetic(this);
        return binaryLevel(this::term, "+", "-");
    }

    private Expr term() {
        return binaryLevel(this::factor, "*", "/", "//", "%", "@");
    }

    /** A left-associative binary operator level: operand (op operand)*. */
    private Expr binaryLevel(Supplier<Expr> operand, String... ops) {
        Token start = peek();
        Expr left = operand.get();
        for (;;) {
            Token t = peek();
            Operator op = null;
            if (t.kind() == TokenKind.OP) {
                for (String o : ops) {
                    if (t.text().equals(o)) op = binaryOperator(o);
                }
            }
            if (op == null) return left;
            int m = mark();
            next();
            Expr right = attempt(operand);
            if (right == null) {
                reset(m);
                return left;
            }
            left = new Expr.BinOp(left, op, right, pos(start));
        }
    }

    private static Operator binaryOperator(String op) {
        return switch (op) {
            case "|" -> Operator.BitOr;
            case "^" -> Operator.BitXor;
            case "&" -> Operator.BitAnd;
            case "<<" -> Operator.LShift;
            case ">>" -> Operator.RShift;
            case "+" -> Operator.Add;
            case "-" -> Operator.Sub;
            case "*" -> Operator.Mult;
            case "/" -> Operator.Div;
            case "//" -> Operator.FloorDiv;
            case "%" -> Operator.Mod;
            case "@" -> Operator.MatMult;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** factor: ('+' | '-' | '~') factor | power, with invalid_factor in the second pass. */
    Expr factor() {
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            UnaryOp op = switch (t.text()) {
                case "+" -> UnaryOp.UAdd;
                case "-" -> UnaryOp.USub;
                case "~" -> UnaryOp.Invert;
                default -> null;
            };
            if (op != null) {
                if (invalidRules) SyntaxErrors.invalidFactor(this);
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
            int m = mark();
            next();
            Expr exp = attempt(this::factor);
            if (exp == null) {
                reset(m);
                return base;
            }
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
        return memoized(primaryMemo, this::validPrimary);
    }

    private Expr validPrimary() {
        Token start = peek();
        Expr e = atom();
        for (;;) {
            Expr trailed = attempt(trailer(e, start));
            if (trailed == null) return e;
            e = trailed;
        }
    }

    /** One trailer of a primary: '.' NAME, a call, or a subscript. */
    private Supplier<Expr> trailer(Expr e, Token start) {
        return () -> {
            Token t = peek();
            if (t.isOp(".")) {
                next();
                Token name = expectName();
                return new Expr.Attribute(e, name.text(), ExprContext.Load, pos(start));
            }
            if (t.isOp("(")) return callArguments.call(e, start);
            if (t.isOp("[") || t.isOp("{")) {
                // primary genexp: a genexp cannot start here, but its invalid_comprehension can.
                if (invalidRules) {
                    int m = mark();
                    Displays.invalidComprehension(this, true);
                    reset(m);
                }
                if (t.isOp("{")) throw fail();
            }
            if (t.isOp("[")) {
                next();
                Expr slice = slices();
                expectOp("]");
                return new Expr.Subscript(e, slice, ExprContext.Load, pos(start));
            }
            throw fail();
        };
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    private Expr slices() {
        Token start = peek();
        Expr first = sliceOrStarred();
        if (!atOp(",") && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            Expr e = attempt(this::sliceOrStarred);
            if (e == null) break;
            elts.add(e);
        }
        return new Expr.TupleExpr(elts, ExprContext.Load, pos(start));
    }

    private Expr sliceOrStarred() {
        return atOp("*") ? callArguments.starredExpression() : slice();
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    private Expr slice() {
        Token start = peek();
        int m = mark();
        Expr lower = attempt(this::expression);
        if (atOp(":")) {
            next();
            Expr upper = attempt(this::expression);
            Expr step = null;
            if (acceptOp(":")) step = attempt(this::expression);
            return new Expr.Slice(lower, upper, step, pos(start));
        }
        reset(m);
        return namedExpression();
    }

    /** for_if_clauses */
    List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        do {
            gens.add(comprehensionClause());
        } while (atKeyword("for") || (atKeyword("async") && peek(1).isName("for")));
        return gens;
    }

    /** for_if_clause: 'async'? 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid rules */
    private Comprehension comprehensionClause() {
        int start = mark();
        boolean async = acceptKeyword("async");
        expectKeyword("for");
        int targetStart = mark();
        Expr target = attempt(targets::starTargets);
        if (target == null || !atKeyword("in")) {
            if (invalidRules) {
                reset(start);
                SyntaxErrors.invalidForIfClause(this);
                SyntaxErrors.invalidForTarget(this, targetStart);
            }
            throw fail();
        }
        next();
        Expr iter = disjunction();
        List<Expr> ifs = new ArrayList<>();
        while (atKeyword("if")) {
            int m = mark();
            next();
            Expr cond = attempt(this::disjunction);
            if (cond == null) {
                reset(m);
                break;
            }
            ifs.add(cond);
        }
        return new Comprehension(target, iter, ifs, async);
    }

    boolean atComprehension() {
        return atKeyword("for") || (atKeyword("async") && peek(1).isName("for"));
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
                if (KEYWORDS.contains(t.text())) throw fail();
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
                        return Displays.parenthesized(this);
                    case "[":
                        return Displays.list(this);
                    case "{":
                        return Displays.dictOrSet(this);
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
        throw fail();
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    Expr yieldExpr() {
        Token t = next();
        if (acceptKeyword("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(value, pos(t));
        }
        Expr value = attempt(this::starExpressions);
        return new Expr.Yield(value, pos(t));
    }
}
