// Finding a body's docstring and cleaning its indentation as Python 3.13 does at compile time.
package pyj.compiler.codegen;

import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Stmt;
import pyj.compiler.code.Constant;

public final class Docstrings {
    private Docstrings() {}

    /** The docstring of a module, class or function body, or null (_PyAST_GetDocString). */
    public static String of(List<Stmt> body) {
        if (body.isEmpty()) return null;
        if (body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.ConstantExpr c
                && c.value() instanceof Constant.Str s) {
            return s.value();
        }
        return null;
    }

    /**
     * _PyCompile_CleanDoc: expands tabs, strips the first line's leading spaces and the common
     * indentation of the following lines (3.13 stores docstrings dedented, like inspect.cleandoc
     * but keeping trailing and leading blank lines).
     */
    public static String clean(String doc) {
        doc = expandTabs(doc);
        int n = doc.length();
        int p = 0;
        while (p < n && doc.charAt(p++) != '\n') { }
        int margin = Integer.MAX_VALUE;
        while (p < n) {
            int s = p;
            while (p < n && doc.charAt(p) == ' ') p++;
            if (p < n && doc.charAt(p) != '\n') margin = Math.min(margin, p - s);
            while (p < n && doc.charAt(p++) != '\n') { }
        }
        if (margin == Integer.MAX_VALUE) margin = 0;
        p = 0;
        while (p < n && doc.charAt(p) == ' ') p++;
        if (p == 0 && margin == 0) return doc;
        StringBuilder out = new StringBuilder(n);
        while (p < n) {
            char ch = doc.charAt(p++);
            out.append(ch);
            if (ch == '\n') break;
        }
        while (p < n) {
            for (int i = 0; i < margin && p < n; i++, p++) {
                if (doc.charAt(p) != ' ') break;
            }
            while (p < n) {
                char ch = doc.charAt(p++);
                out.append(ch);
                if (ch == '\n') break;
            }
        }
        return out.toString();
    }

    /** str.expandtabs(8), columns counted in code points and reset by newlines. */
    static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        int col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                int spaces = 8 - (col % 8);
                out.append(" ".repeat(spaces));
                col += spaces;
            } else {
                out.appendCodePoint(cp);
                col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
            }
        }
        return out.toString();
    }
}
