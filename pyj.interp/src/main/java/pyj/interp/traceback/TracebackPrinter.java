// Formats an exception the way CPython 3.13's traceback module does: chains, groups, frames, SyntaxError carets, notes.
package pyj.interp.traceback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import pyj.interp.eval.PyTraceback;
import pyj.interp.object.ExceptionGroups;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * A port of {@code traceback.TracebackException.format}: what an uncaught exception prints on
 * stderr. The report is built first (following __cause__, __context__ and group members once
 * each, as the traceback module's _seen set does) and then rendered.
 */
public final class TracebackPrinter {
    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    private static final int RECURSIVE_CUTOFF = 3;

    private TracebackPrinter() {}

    /** The full report for an exception, chained exceptions included, as one string. */
    public static String format(PyBaseException exc) {
        Report r = Report.build(exc, Collections.newSetFromMap(new IdentityHashMap<>()), true);
        StringBuilder out = new StringBuilder();
        new Context(out).format(r, true);
        return out.toString();
    }

    /** Only the final "Type: message" part (with SyntaxError's location lines and notes). */
    public static String formatExceptionOnly(PyBaseException exc) {
        Report r = Report.build(exc, Collections.newSetFromMap(new IdentityHashMap<>()), false);
        StringBuilder out = new StringBuilder();
        for (String line : r.exceptionOnly(0)) out.append(line);
        return out.toString();
    }

    /** One exception's part of the report (TracebackException). */
    private static final class Report {
        PyBaseException exc;
        List<FrameFormatter.Frame> stack;
        Report cause;
        Report context;
        List<Report> exceptions;
        boolean suppressContext;

        static Report build(PyBaseException exc, Set<PyBaseException> seen, boolean followChains) {
            Report root = one(exc, seen);
            if (!followChains) return root;
            List<Report> queue = new ArrayList<>();
            queue.add(root);
            while (!queue.isEmpty()) {
                Report te = queue.remove(queue.size() - 1);
                PyBaseException e = te.exc;
                if (e.cause() != null && !seen.contains(e.cause())) te.cause = one(e.cause(), seen);
                if (e.context() != null && !seen.contains(e.context())) te.context = one(e.context(), seen);
                if (e.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                    te.exceptions = new ArrayList<>();
                    for (PyObject member : ExceptionGroups.exceptions(e).items()) {
                        te.exceptions.add(one((PyBaseException) member, seen));
                    }
                }
                if (te.cause != null) queue.add(te.cause);
                if (te.context != null) queue.add(te.context);
                if (te.exceptions != null) queue.addAll(te.exceptions);
            }
            return root;
        }

        private static Report one(PyBaseException exc, Set<PyBaseException> seen) {
            seen.add(exc);
            Report r = new Report();
            r.exc = exc;
            r.stack = FrameFormatter.extract(exc.traceback() instanceof PyTraceback tb ? tb : null);
            r.suppressContext = exc.suppressContext();
            return r;
        }

        /** format_exception_only at nesting depth {@code depth}. */
        List<String> exceptionOnly(int depth) {
            List<String> out = new ArrayList<>();
            String indent = " ".repeat(3 * depth);
            String stype = typeName(exc.type());
            if (exc.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
                for (String l : syntaxErrorLines(stype)) out.add(indent + l);
            } else if (depth > 0) {
                for (String l : finalLine(stype, false).split("\n", -1)) out.add(indent + l + "\n");
            } else {
                out.add(finalLine(stype, true));
            }
            PyObject notes = lookup(exc, "__notes__");
            if (notes != null && notes != PySingleton.NONE) {
                if (isSequence(notes)) {
                    PyObject it = ObjectProtocol.getIter(notes);
                    for (PyObject n; (n = ObjectProtocol.next(it)) != null; ) {
                        for (String l : safeStr(n, "note").split("\n", -1)) out.add(indent + l + "\n");
                    }
                } else {
                    out.add(indent + safeRepr(notes, "__notes__") + "\n");
                }
            }
            return out;
        }

        private String finalLine(String stype, boolean newline) {
            String value = safeStr(exc, "exception") + Suggestions.forException(exc);
            String end = newline ? "\n" : "";
            return value.isEmpty() ? stype + end : stype + ": " + value + end;
        }

        /** _format_syntax_error. */
        private List<String> syntaxErrorLines(String stype) {
            List<String> out = new ArrayList<>();
            PyObject filename = lookup(exc, "filename");
            PyObject lineno = lookup(exc, "lineno");
            PyObject endLineno = lookup(exc, "end_lineno");
            PyObject textObj = lookup(exc, "text");
            PyObject offsetObj = lookup(exc, "offset");
            PyObject endOffsetObj = lookup(exc, "end_offset");
            PyObject msg = lookup(exc, "msg");
            String suffix = "";
            boolean hasLine = lineno != null && lineno != PySingleton.NONE;
            boolean hasFile = filename != null && filename != PySingleton.NONE;
            if (hasLine) {
                String f = hasFile && ObjectProtocol.isTrue(filename) ? ObjectProtocol.strString(filename) : "<string>";
                out.add("  File \"" + f + "\", line " + ObjectProtocol.strString(lineno) + "\n");
            } else if (hasFile) {
                suffix = " (" + ObjectProtocol.strString(filename) + ")";
            }
            if (textObj instanceof PyStr ts) {
                String text = ts.value();
                String rtext = stripTrailing(text, "\n");
                String ltext = stripLeading(rtext, " \n\f");
                int spaces = rtext.length() - ltext.length();
                if (offsetObj == null || offsetObj == PySingleton.NONE) {
                    out.add("    " + ltext + "\n");
                } else {
                    int offset = (int) ObjectProtocol.index(offsetObj);
                    int endOffset;
                    boolean sameLine = lineno != null && endLineno != null
                            && ObjectProtocol.richCompareBool(lineno, endLineno, pyj.interp.object.CompareOp.EQ);
                    if (sameLine) {
                        endOffset = endOffsetObj instanceof PyInt eo && eo.signum() != 0 ? (int) eo.asSsize() : offset;
                    } else {
                        endOffset = rtext.length() + 1;
                    }
                    if (!text.isEmpty() && offset > text.length()) offset = rtext.length() + 1;
                    if (!text.isEmpty() && endOffset > text.length()) endOffset = rtext.length() + 1;
                    if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
                    int colno = offset - 1 - spaces;
                    int endColno = endOffset - 1 - spaces;
                    out.add("    " + ltext + "\n");
                    if (colno >= 0) {
                        StringBuilder caret = new StringBuilder("    ");
                        for (int i = 0; i < colno && i < ltext.length(); i++) {
                            char c = ltext.charAt(i);
                            caret.append(Character.isWhitespace(c) ? c : ' ');
                        }
                        caret.append("^".repeat(Math.max(0, endColno - colno)));
                        out.add(caret.append('\n').toString());
                    }
                }
            }
            String m = msg == null || msg == PySingleton.NONE || !ObjectProtocol.isTrue(msg)
                    ? "<no detail available>" : ObjectProtocol.strString(msg);
            out.add(stype + ": " + m + suffix + "\n");
            return out;
        }
    }

    /** _ExceptionPrintContext plus TracebackException.format. */
    private static final class Context {
        final StringBuilder out;
        int groupDepth;
        boolean needClose;

        Context(StringBuilder out) {
            this.out = out;
        }

        String indent() { return " ".repeat(2 * groupDepth); }

        void emit(String text, char margin) {
            String prefix = indent();
            if (groupDepth > 0) prefix += margin + " ";
            // textwrap.indent with a predicate that is always true: every line, blank ones too.
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, start, end);
                start = end;
            }
        }

        void emit(String text) { emit(text, '|'); }

        void emit(List<String> texts) { for (String t : texts) emit(t); }

        void format(Report top, boolean chain) {
            List<Object[]> output = new ArrayList<>();
            Report exc = top;
            if (chain) {
                while (exc != null) {
                    String msg = null;
                    Report next = null;
                    if (exc.exc.cause() != null) {
                        msg = CAUSE_MESSAGE;
                        next = exc.cause;
                    } else if (exc.exc.context() != null && !exc.suppressContext) {
                        msg = CONTEXT_MESSAGE;
                        next = exc.context;
                    }
                    output.add(new Object[] {msg, exc});
                    exc = next;
                }
            } else {
                output.add(new Object[] {null, exc});
            }
            for (int k = output.size() - 1; k >= 0; k--) {
                String msg = (String) output.get(k)[0];
                Report r = (Report) output.get(k)[1];
                if (msg != null) emit(msg);
                if (r.exceptions == null) {
                    if (!r.stack.isEmpty()) {
                        emit("Traceback (most recent call last):\n");
                        emit(formatStack(r.stack));
                    }
                    emit(r.exceptionOnly(0));
                } else if (groupDepth > MAX_GROUP_DEPTH) {
                    emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                } else {
                    formatGroup(r, chain);
                }
            }
        }

        private void formatGroup(Report r, boolean chain) {
            boolean topLevel = groupDepth == 0;
            if (topLevel) groupDepth++;
            if (!r.stack.isEmpty()) {
                emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                emit(formatStack(r.stack));
            }
            emit(r.exceptionOnly(0));
            int num = r.exceptions.size();
            int n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) needClose = true;
                boolean truncated = i >= MAX_GROUP_WIDTH;
                String title = truncated ? "..." : String.valueOf(i + 1);
                out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                        .append(" ----------------\n");
                groupDepth++;
                if (!truncated) {
                    format(r.exceptions.get(i), chain);
                } else {
                    int remaining = num - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                groupDepth--;
            }
            if (topLevel) groupDepth = 0;
        }
    }

    /** StackSummary.format: frames, collapsing long runs of the same frame and line. */
    static List<String> formatStack(List<FrameFormatter.Frame> stack) {
        List<String> result = new ArrayList<>();
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (FrameFormatter.Frame f : stack) {
            if (lastFile == null || !lastFile.equals(f.filename()) || lastLine != f.lineno()
                    || !lastName.equals(f.name())) {
                if (count > RECURSIVE_CUTOFF) result.add(repeated(count - RECURSIVE_CUTOFF));
                lastFile = f.filename();
                lastLine = f.lineno();
                lastName = f.name();
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            result.add(FrameFormatter.format(f));
        }
        if (count > RECURSIVE_CUTOFF) result.add(repeated(count - RECURSIVE_CUTOFF));
        return result;
    }

    private static String repeated(int count) {
        return "  [Previous line repeated " + count + " more time" + (count > 1 ? "s" : "") + "]\n";
    }

    /** The type as the report names it: qualified name, with the module unless builtins or __main__. */
    static String typeName(PyType t) {
        String qual = t.qualname();
        PyObject mod = ObjectProtocol.lookupAttr(t, PyStr.intern("__module__"));
        String smod = mod instanceof PyStr s ? s.value() : "<unknown>";
        if (smod.equals("__main__") || smod.equals("builtins")) return qual;
        return smod + "." + qual;
    }

    private static PyObject lookup(PyObject o, String name) {
        try {
            return ObjectProtocol.lookupAttr(o, PyStr.intern(name));
        } catch (PyException e) {
            return null;
        }
    }

    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyStr) && !(o instanceof PyBytesLike) && o.type().getitem != null
                && o.type().length != null && !(o.type().hasFlag(PyType.DICT_SUBCLASS))
                || o instanceof PyTuple;
    }

    /** _safe_string(value, what): str(value), or a placeholder if str() itself fails. */
    static String safeStr(PyObject o, String what) {
        try {
            return ObjectProtocol.strString(o);
        } catch (PyException e) {
            return "<" + what + " str() failed>";
        }
    }

    private static String safeRepr(PyObject o, String what) {
        try {
            return ObjectProtocol.reprString(o);
        } catch (PyException e) {
            return "<" + what + " repr() failed>";
        }
    }

    private static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }

    private static String stripLeading(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) i++;
        return s.substring(i);
    }
}
