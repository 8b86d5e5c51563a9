// Variable annotations: SETUP_ANNOTATIONS detection and annotated assignments (eager, as in 3.13).
package pyj.compiler.codegen;

import java.util.List;

import pyj.compiler.ast.ExceptHandler;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.MatchCase;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Stmt;
import pyj.compiler.ast.Unparser;
import pyj.compiler.code.Constant;
import pyj.compiler.flowgraph.Location;
import pyj.compiler.opcode.Opcode;

final class Annotations {
    private Annotations() {}

    /** find_ann: whether a module or class body (not nested defs) has an annotated assignment. */
    static boolean findAnnotation(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case Stmt.AsyncFor f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case Stmt.While w -> findAnnotation(w.body()) || findAnnotation(w.orelse());
                case Stmt.If i -> findAnnotation(i.body()) || findAnnotation(i.orelse());
                case Stmt.With w -> findAnnotation(w.body());
                case Stmt.AsyncWith w -> findAnnotation(w.body());
                case Stmt.Try t -> findInTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
                case Stmt.TryStar t -> findInTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
                case Stmt.Match m -> {
                    boolean any = false;
                    for (MatchCase c : m.cases()) any |= findAnnotation(c.body());
                    yield any;
                }
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    private static boolean findInTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                                     List<Stmt> finalbody) {
        for (ExceptHandler h : handlers) if (findAnnotation(h.body())) return true;
        return findAnnotation(body) || findAnnotation(finalbody) || findAnnotation(orelse);
    }

    /** compiler_annassign: the assignment first, then (at module or class level) the annotation. */
    static void annAssign(CodeGenerator g, Stmt.AnnAssign s) {
        Location loc = CodeGenerator.loc(s.pos());
        Expr target = s.target();
        if (s.value() != null) {
            g.visitExpr(s.value());
            g.visitExpr(target);
        }
        boolean moduleOrClass = g.u.kind == CompilerUnit.Kind.MODULE || g.u.kind == CompilerUnit.Kind.CLASS;
        switch (target) {
            case Expr.Name n -> {
                g.checkForbidden(n.id(), ExprContext.Store, loc);
                if (s.simple() && moduleOrClass) {
                    annotationValue(g, s.annotation());
                    g.emitName(Opcode.LOAD_NAME, "__annotations__", loc);
                    g.loadConst(new Constant.Str(g.mangle(n.id())), loc);
                    g.emit(Opcode.STORE_SUBSCR, loc);
                }
            }
            case Expr.Attribute a -> {
                g.checkForbidden(a.attr(), ExprContext.Store, loc);
                if (s.value() == null) checkExpr(g, a.value());
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkExpr(g, sub.value());
                    checkSubscript(g, sub.slice());
                }
            }
            default -> throw g.error(loc, "invalid node type for annotated assignment");
        }
        if (!s.simple() && !g.futureAnnotations() && moduleOrClass) checkExpr(g, s.annotation());
    }

    /** The annotation's value: the expression, or its source text under "from __future__ import annotations". */
    static void annotationValue(CodeGenerator g, Expr annotation) {
        if (g.futureAnnotations()) {
            g.loadConst(new Constant.Str(Unparser.unparse(annotation)), CodeGenerator.loc(annotation.pos()));
        } else {
            g.visitExpr(annotation);
        }
    }

    private static void checkExpr(CodeGenerator g, Expr e) {
        g.visitExpr(e);
        g.emit(Opcode.POP_TOP, CodeGenerator.loc(e.pos()));
    }

    private static void checkSubscript(CodeGenerator g, Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                if (s.lower() != null) checkExpr(g, s.lower());
                if (s.upper() != null) checkExpr(g, s.upper());
                if (s.step() != null) checkExpr(g, s.step());
            }
            case Expr.TupleExpr t -> {
                for (Expr x : t.elts()) checkSubscript(g, x);
            }
            default -> checkExpr(g, e);
        }
    }
}
