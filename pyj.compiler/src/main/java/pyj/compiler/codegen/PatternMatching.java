// The match statement: each case's pattern compiled into tests that fall through to the next case on failure.
package pyj.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.MatchCase;
import pyj.compiler.ast.Operators.CmpOp;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Pattern;
import pyj.compiler.ast.Stmt;
import pyj.compiler.code.Constant;
import pyj.compiler.flowgraph.Label;
import pyj.compiler.flowgraph.Location;
import pyj.compiler.opcode.Opcode;

/**
 * CPython 3.13's pattern compiler. Captured values stay on the stack (under whatever the pattern is
 * still working on) until the whole pattern matched, then are stored in order; a failed test jumps
 * to a "fail_pop" label that pops exactly what is on the stack at that point.
 */
final class PatternMatching {
    private static final Location NO_LOCATION = CodeGenerator.NO_LOCATION;
    private final CodeGenerator g;

    PatternMatching(CodeGenerator g) {
        this.g = g;
    }

    /** CPython's pattern_context. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;

        Context copyShallow() {
            Context c = new Context();
            c.stores = stores;
            c.allowIrrefutable = allowIrrefutable;
            c.failPop = failPop;
            c.onTop = onTop;
            return c;
        }

        void restore(Context o) {
            stores = o.stores;
            allowIrrefutable = o.allowIrrefutable;
            failPop = o.failPop;
            onTop = o.onTop;
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private static Location loc(Pattern p) { return CodeGenerator.loc(p.pos()); }

    void match(Stmt.Match s) {
        Context pc = new Context();
        g.visitExpr(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        MatchCase last = cases.get(n - 1);
        int hasDefault = isWildcard(last.pattern()) && n > 1 ? 1 : 0;
        for (int i = 0; i < n - hasDefault; i++) {
            MatchCase m = cases.get(i);
            Location ml = loc(m.pattern());
            // Only copy the subject if this is not the last case.
            if (i != n - hasDefault - 1) g.emit(Opcode.COPY, 1, ml);
            pc.stores = new ArrayList<>();
            // Irrefutable cases must be guarded, last, or both.
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) g.nameop(name, ExprContext.Store, ml);
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                g.jumpIf(ml, m.guard(), pc.failPop.get(0), false);
            }
            if (i != n - hasDefault - 1) g.emit(Opcode.POP_TOP, ml);
            g.visitStmts(m.body());
            g.jump(Opcode.JUMP, end, NO_LOCATION);
            // A failed pattern's cleanup belongs to the pattern's line, not to the body's last line.
            emitAndResetFailPop(ml, pc);
        }
        if (hasDefault == 1) {
            Location ml = loc(last.pattern());
            if (n == 1) g.emit(Opcode.POP_TOP, ml);
            else g.emit(Opcode.NOP, ml);
            if (last.guard() != null) g.jumpIf(ml, last.guard(), end, false);
            g.visitStmts(last.body());
        }
        g.label(end);
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(new Label());
    }

    private void jumpToFailPop(Location loc, Context pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        g.jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Location loc, Context pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            g.label(pc.failPop.get(i));
            g.emit(Opcode.POP_TOP, loc);
        }
        g.label(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Location loc, int count) {
        while (count > 1) g.emit(Opcode.SWAP, count--, loc);
    }

    private void storeName(Location loc, String name, Context pc) {
        if (name == null) {
            g.emit(Opcode.POP_TOP, loc);
            return;
        }
        g.checkForbidden(name, ExprContext.Store, loc);
        if (pc.stores.contains(name)) throw duplicateStore(loc, name);
        // Rotate the value underneath everything that must stay on top of it.
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private pyj.compiler.error.CompileError duplicateStore(Location loc, String name) {
        return g.error(loc, "multiple assignments to name '" + name + "' in pattern");
    }

    private void pattern(Pattern p, Context pc) {
        switch (p) {
            case Pattern.MatchValue v -> value(v, pc);
            case Pattern.MatchSingleton s -> {
                g.loadConst(s.value(), loc(p));
                g.addCompare(loc(p), CmpOp.Is);
                jumpToFailPop(loc(p), pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s, pc);
            case Pattern.MatchMapping m -> mapping(m, pc);
            case Pattern.MatchClass c -> classPattern(c, pc);
            case Pattern.MatchStar s -> storeName(loc(p), s.name(), pc);
            case Pattern.MatchAs a -> as(a, pc);
            case Pattern.MatchOr o -> or(o, pc);
        }
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void value(Pattern.MatchValue p, Context pc) {
        Expr v = p.value();
        if (!(v instanceof Expr.ConstantExpr || v instanceof Expr.Attribute)) {
            throw g.error(loc(p), "patterns may only match literals and attribute lookups");
        }
        g.visitExpr(v);
        g.addCompare(loc(p), CmpOp.Eq);
        g.emit(Opcode.TO_BOOL, loc(p));
        jumpToFailPop(loc(p), pc, Opcode.POP_JUMP_IF_FALSE);
    }

    private void as(Pattern.MatchAs p, Context pc) {
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (p.name() != null) {
                    throw g.error(loc(p), "name capture '" + p.name() + "' makes remaining patterns unreachable");
                }
                throw g.error(loc(p), "wildcard makes remaining patterns unreachable");
            }
            storeName(loc(p), p.name(), pc);
            return;
        }
        // Keep a copy of the subject to store if the inner pattern matches.
        pc.onTop++;
        g.emit(Opcode.COPY, 1, loc(p));
        pattern(p.pattern(), pc);
        pc.onTop--;
        storeName(loc(p), p.name(), pc);
    }

    private void sequence(Pattern.MatchSequence p, Context pc) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof Pattern.MatchStar) {
                if (star >= 0) throw g.error(loc(p), "multiple starred names in sequence pattern");
                starWildcard = isStarWildcard(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        Location l = loc(p);
        pc.onTop++;
        g.emit(Opcode.MATCH_SEQUENCE, l);
        jumpToFailPop(l, pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.emit(Opcode.GET_LEN, l);
            g.loadConst(Constant.Int.of(size), l);
            g.addCompare(l, CmpOp.Eq);
            jumpToFailPop(l, pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            // With a star the subject needs at least the other size - 1 items.
            g.emit(Opcode.GET_LEN, l);
            g.loadConst(Constant.Int.of(size - 1), l);
            g.addCompare(l, CmpOp.GtE);
            jumpToFailPop(l, pc, Opcode.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            g.emit(Opcode.POP_TOP, l);
        } else if (starWildcard) {
            sequenceSubscr(l, patterns, star, pc);
        } else {
            sequenceUnpack(l, patterns, pc);
        }
    }

    private void sequenceUnpack(Location loc, List<Pattern> patterns, Context pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar) {
                if (seenStar) throw g.error(loc, "multiple starred expressions in sequence pattern");
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw g.error(loc, "too many expressions in star-unpacking sequence pattern");
                }
                g.emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) g.emit(Opcode.UNPACK_SEQUENCE, n, loc);
        pc.onTop += n;
        for (Pattern q : patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
    }

    /** [first, *_, last]: index the subject instead of unpacking it all. */
    private void sequenceSubscr(Location loc, List<Pattern> patterns, int star, Context pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (isWildcard(q) || i == star) continue;
            g.emit(Opcode.COPY, 1, loc);
            if (i < star) {
                g.loadConst(Constant.Int.of(i), loc);
            } else {
                // The subject may not support negative indexing, so compute a non-negative index.
                g.emit(Opcode.GET_LEN, loc);
                g.loadConst(Constant.Int.of(size - i), loc);
                g.emit(Opcode.BINARY_OP, CodeGenerator.binaryOp(pyj.compiler.ast.Operators.Operator.Sub), loc);
            }
            g.emit(Opcode.BINARY_SUBSCR, loc);
            subpattern(q, pc);
        }
        pc.onTop--;
        g.emit(Opcode.POP_TOP, loc);
    }

    private void mapping(Pattern.MatchMapping p, Context pc) {
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        Location l = loc(p);
        if (size != patterns.size()) {
            throw g.error(l, "keys (" + size + ") / patterns (" + patterns.size()
                    + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest();
        pc.onTop++;
        g.emit(Opcode.MATCH_MAPPING, l);
        jumpToFailPop(l, pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            g.emit(Opcode.POP_TOP, l);
            return;
        }
        if (size > 0) {
            g.emit(Opcode.GET_LEN, l);
            g.loadConst(Constant.Int.of(size), l);
            g.addCompare(l, CmpOp.GtE);
            jumpToFailPop(l, pc, Opcode.POP_JUMP_IF_FALSE);
        }
        List<Constant> seen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            if (key instanceof Expr.ConstantExpr c) {
                for (Constant s : seen) {
                    if (pyj.compiler.code.ConstantEquality.pythonEquals(s, c.value())) {
                        throw g.error(l, "mapping pattern checks duplicate key (" + pyj.compiler.code.Reprs.of(c.value())
                                + ")");
                    }
                }
                seen.add(c.value());
            } else if (!(key instanceof Expr.Attribute)) {
                throw g.error(l, "mapping pattern keys may only match literals and attribute lookups");
            }
            g.visitExpr(key);
        }
        g.emit(Opcode.BUILD_TUPLE, size, l);
        g.emit(Opcode.MATCH_KEYS, l);
        // A tuple of keys and a tuple of values (or None) now sit on the subject.
        pc.onTop += 2;
        g.emit(Opcode.COPY, 1, l);
        g.loadConst(Constant.NONE, l);
        g.emit(Opcode.IS_OP, 1, l);
        jumpToFailPop(l, pc, Opcode.POP_JUMP_IF_FALSE);
        g.emit(Opcode.UNPACK_SEQUENCE, size, l);
        pc.onTop += size - 1;
        for (Pattern q : patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            // rest = dict(subject); for key in keys: del rest[key]
            g.emit(Opcode.BUILD_MAP, 0, l);
            g.emit(Opcode.SWAP, 3, l);
            g.emit(Opcode.DICT_UPDATE, 2, l);
            g.emit(Opcode.UNPACK_SEQUENCE, size, l);
            int k = size;
            while (k > 0) {
                g.emit(Opcode.COPY, 1 + k--, l);
                g.emit(Opcode.SWAP, 2, l);
                g.emit(Opcode.DELETE_SUBSCR, l);
            }
            storeName(l, starTarget, pc);
        } else {
            g.emit(Opcode.POP_TOP, l);
            g.emit(Opcode.POP_TOP, l);
        }
    }

    private void classPattern(Pattern.MatchClass p, Context pc) {
        List<Pattern> patterns = p.patterns();
        List<String> kwdAttrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        Location l = loc(p);
        if (nattrs != kwdPatterns.size()) {
            throw g.error(l, "kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        for (int i = 0; i < nattrs; i++) {
            String attr = kwdAttrs.get(i);
            g.checkForbidden(attr, ExprContext.Store, loc(kwdPatterns.get(i)));
            for (int j = i + 1; j < nattrs; j++) {
                if (attr.equals(kwdAttrs.get(j))) {
                    throw g.error(loc(kwdPatterns.get(j)), "attribute name repeated in class pattern: " + attr);
                }
            }
        }
        g.visitExpr(p.cls());
        List<Constant> names = new ArrayList<>();
        for (String a : kwdAttrs) names.add(new Constant.Str(a));
        g.loadConst(new Constant.Tuple(names), l);
        g.emit(Opcode.MATCH_CLASS, nargs, l);
        g.emit(Opcode.COPY, 1, l);
        g.loadConst(Constant.NONE, l);
        g.emit(Opcode.IS_OP, 1, l);
        // On top is now a tuple of nargs + nattrs attribute values (or None).
        pc.onTop++;
        jumpToFailPop(l, pc, Opcode.POP_JUMP_IF_FALSE);
        g.emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs, l);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern q = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(q)) {
                g.emit(Opcode.POP_TOP, l);
                continue;
            }
            subpattern(q, pc);
        }
    }

    private void or(Pattern.MatchOr p, Context pc) {
        Label end = new Label();
        List<Pattern> alts = p.patterns();
        int size = alts.size();
        Context old = pc.copyShallow();
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = alts.get(i);
            pc.stores = new ArrayList<>();
            // An irrefutable alternative must be last, if it is allowed at all.
            pc.allowIrrefutable = i == size - 1 && old.allowIrrefutable;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            g.emit(Opcode.COPY, 1, loc(alt));
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw g.error(loc(p), "alternative patterns bind different names");
            } else if (nstores > 0) {
                // Same names, possibly in another order: rotate the stack to the first alternative's order.
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw g.error(loc(p), "alternative patterns bind different names");
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(loc(alt), icontrol + 1);
                    }
                }
            }
            g.jump(Opcode.JUMP, end, loc(alt));
            emitAndResetFailPop(loc(alt), pc);
        }
        pc.restore(old);
        // No alternative matched: pop the copy of the subject and fail.
        g.emit(Opcode.POP_TOP, loc(p));
        jumpToFailPop(loc(p), pc, Opcode.JUMP);
        g.label(end);
        int nstores = control.size();
        // Between the new captures and their place: other captures, the subject copy, what is on top, older stores.
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc(p), nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw duplicateStore(loc(p), name);
            pc.stores.add(name);
        }
        g.emit(Opcode.POP_TOP, loc(p));
    }
}
