// Rewrites "literal %s text" % (a, b) into the equivalent f-string, as CPython 3.13's optimizer does.
package pyj.compiler.astopt;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Pos;
import pyj.compiler.code.Constant;

/**
 * Only %s, %r and %a with simple flags, width and precision are rewritten (any other conversion
 * leaves the expression alone), and only when the number of conversions equals the tuple's length,
 * so the rewrite never changes which error is raised.
 */
final class FormatRewriter {
    private static final Pos NO_POS = new Pos(-1, -1, -1, -1);
    private static final int MAXDIGITS = 3;
    private static final int F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

    private final String fmt;
    private int pos;

    private FormatRewriter(String fmt) {
        this.fmt = fmt;
    }

    /** The f-string equivalent, or null when the format is not one this rewrite handles. */
    static Expr rewrite(String fmt, List<Expr> elts, Pos nodePos) {
        FormatRewriter r = new FormatRewriter(fmt);
        List<Expr> seq = new ArrayList<>();
        int cnt = 0;
        while (true) {
            Expr lit = r.literal();
            if (lit != null) seq.add(lit);
            if (r.pos >= fmt.length()) break;
            if (cnt >= elts.size()) return null;
            r.pos++;
            Expr fv = r.format(elts.get(cnt));
            cnt++;
            if (fv == null) return null;
            seq.add(fv);
        }
        if (cnt < elts.size()) return null;
        return new Expr.JoinedStr(seq, nodePos);
    }

    private Expr literal() {
        int start = pos;
        boolean hasPercents = false;
        while (pos < fmt.length()) {
            if (fmt.charAt(pos) != '%') {
                pos++;
            } else if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        if (pos == start) return null;
        String s = fmt.substring(start, pos);
        if (hasPercents) s = s.replace("%%", "%");
        return new Expr.ConstantExpr(new Constant.Str(s), null, NO_POS);
    }

    private Expr format(Expr arg) {
        int flags = 0;
        int width = -1;
        int prec = -1;
        if (pos >= fmt.length()) return null;
        char ch = fmt.charAt(pos++);
        while (true) {
            int f = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) break;
            flags |= f;
            if (pos >= fmt.length()) return null;
            ch = fmt.charAt(pos++);
        }
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= fmt.length()) return null;
                ch = fmt.charAt(pos++);
                if (++digits >= MAXDIGITS) return null;
            }
        }
        if (ch == '.') {
            if (pos >= fmt.length()) return null;
            ch = fmt.charAt(pos++);
            prec = 0;
            if (ch >= '0' && ch <= '9') {
                int digits = 0;
                while (ch >= '0' && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= fmt.length()) return null;
                    ch = fmt.charAt(pos++);
                    if (++digits >= MAXDIGITS) return null;
                }
            }
        }
        if (ch != 's' && ch != 'r' && ch != 'a') return null;
        // For strings only left-justification matters; right alignment is the %-format default.
        char align = (flags & F_LJUST) != 0 ? 0 : '>';
        StringBuilder spec = new StringBuilder();
        if (align != 0 && width > 0) spec.append(align);
        if (width >= 0) spec.append(width);
        if (prec >= 0) spec.append('.').append(prec);
        Expr formatSpec = spec.isEmpty() ? null
                : new Expr.ConstantExpr(new Constant.Str(spec.toString()), null, NO_POS);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.pos());
    }
}
