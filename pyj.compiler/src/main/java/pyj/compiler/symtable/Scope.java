// One block of the symbol table: a module, class, function, lambda, comprehension or annotation scope.
package pyj.compiler.symtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scope and its symbols. Symbol flags record how a name is used in this block (CPython's
 * DEF_* bits); after analysis {@link #scopeOf} gives where it lives: local, cell, free, or
 * explicitly/implicitly global.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION, ANNOTATION, TYPE_VAR_BOUND, TYPE_ALIAS, TYPE_PARAMS }

    // Flags (CPython's symtable.h).
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_TYPE_PARAM = 1024;
    public static final int DEF_COMP_CELL = 2048;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // Scopes, stored above the flags.
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;
    static final int SCOPE_OFFSET = 12;
    static final int SCOPE_MASK = 0xF;

    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    public final String name;
    public final Kind kind;
    public final Scope parent;
    public final int lineno;
    final Object node;
    public final List<Scope> children = new ArrayList<>();
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    /** For a TypeVar bound or default scope, what it is ("a TypeVar constraint", ...), as messages name it. */
    String scopeInfo;
    /** Where each name's first global or nonlocal statement in this block is, for errors about it. */
    final Map<String, pyj.compiler.ast.Pos> directives = new java.util.HashMap<>();
    /** Parameter names, in order. */
    public final List<String> varnames = new ArrayList<>();
    /** Names bound by a comprehension's iteration target, and directly (for inlining decisions). */
    public boolean nested;
    public boolean generator;
    public boolean coroutine;
    public Comprehension comprehension = Comprehension.NONE;
    public boolean compInlined;
    public boolean varargs;
    public boolean varkeywords;
    public boolean returnsValue;
    public boolean hasFree;
    public boolean childFree;
    /** A class needs a __class__ cell (a method uses super() or __class__). */
    public boolean needsClassClosure;
    /** A class needs __classdict__ (an annotation scope inside it reads class names). */
    public boolean needsClassdict;
    /** An annotation or type-param scope that can see its enclosing class's names. */
    public boolean canSeeClassScope;
    /** The comprehension's iteration-variable rebinding checks. */
    public boolean compIterExpr;
    /** In a class's type-parameter scope (and scopes inside it): the only names that get mangled. */
    public java.util.Set<String> mangledNames;

    Scope(String name, Kind kind, Scope parent, Object node, int lineno) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.node = node;
        this.lineno = lineno;
    }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.ANNOTATION || kind == Kind.TYPE_VAR_BOUND
                || kind == Kind.TYPE_ALIAS || kind == Kind.TYPE_PARAMS;
    }

    public int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f & ((1 << SCOPE_OFFSET) - 1);
    }

    /** LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, or 0 when the name is not in this block. */
    public int scopeOf(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : (f >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    public boolean has(String name) { return symbols.containsKey(name); }

    /** Every symbol with its flags and scope, in first-seen order. */
    public Map<String, Integer> symbols() { return symbols; }

    @Override
    public String toString() { return kind + " " + name; }
}
