// Renders an AST the way CPython 3.13's ast.dump() does.
package pyj.compiler.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import pyj.compiler.code.Constant;
import pyj.compiler.code.Reprs;

/**
 * {@code ast.dump(node)} with annotate_fields=True: fields by their CPython names, optional fields
 * that are None and empty lists omitted (as 3.13 does), enum-like nodes as {@code Load()}.
 */
public final class AstDump {
    private AstDump() {}

    /** Java record names that differ from CPython's node class names. */
    private static final Map<String, String> CLASS_NAMES = Map.ofEntries(
            Map.entry("BoolOpExpr", "BoolOp"), Map.entry("UnaryOpExpr", "UnaryOp"),
            Map.entry("ConstantExpr", "Constant"), Map.entry("ListExpr", "List"), Map.entry("TupleExpr", "Tuple"),
            Map.entry("SetExpr", "Set"), Map.entry("ExprStmt", "Expr"), Map.entry("Arguments", "arguments"),
            Map.entry("Arg", "arg"), Map.entry("Keyword", "keyword"), Map.entry("Alias", "alias"),
            Map.entry("WithItem", "withitem"), Map.entry("MatchCase", "match_case"),
            Map.entry("Comprehension", "comprehension"));

    /** Fields that CPython prints even when they are None. */
    private static final java.util.Set<String> ALWAYS = java.util.Set.of("Constant.value", "MatchSingleton.value");

    public static String dump(Object node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, includeAttributes);
        return sb.toString();
    }

    /** CPython's class name of a node. */
    public static String className(Object node) {
        return classNameOf(node.getClass());
    }

    /** CPython's class name for a node record class. */
    public static String classNameOf(Class<?> recordClass) {
        String n = recordClass.getSimpleName();
        return CLASS_NAMES.getOrDefault(n, n);
    }

    /** CPython's field name of a record component: decoratorList becomes decorator_list. */
    public static String fieldName(String javaName) {
        StringBuilder sb = new StringBuilder();
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append('_').append(Character.toLowerCase(c));
            else sb.append(c);
        }
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object node, boolean attrs) {
        if (node == null) {
            sb.append("None");
        } else if (node instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(", ");
                write(sb, list.get(i), attrs);
            }
            sb.append(']');
        } else if (node instanceof Constant c) {
            sb.append(Reprs.of(c));
        } else if (node instanceof Enum<?> e) {
            sb.append(e.name()).append("()");
        } else if (node instanceof String s) {
            sb.append(Reprs.str(s));
        } else if (node instanceof Boolean b) {
            sb.append(b ? "1" : "0");
        } else if (node instanceof Integer i) {
            sb.append(i);
        } else if (node instanceof Record r) {
            writeNode(sb, r, attrs);
        } else {
            sb.append(node);
        }
    }

    private static void writeNode(StringBuilder sb, Record r, boolean attrs) {
        String cls = className(r);
        sb.append(cls).append('(');
        boolean first = true;
        Pos pos = null;
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Object value;
            try {
                value = rc.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Pos p) {
                pos = p;
                continue;
            }
            String name = fieldName(rc.getName());
            if (!ALWAYS.contains(cls + "." + name)) {
                if (value == null) continue;
                if (value instanceof List<?> l && l.isEmpty()) continue;
            }
            if (cls.equals("FormattedValue") && name.equals("conversion") && value == null) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(name).append('=');
            write(sb, value, attrs);
        }
        if (attrs && pos != null && pos != Pos.NONE) {
            if (!first) sb.append(", ");
            sb.append("lineno=").append(pos.line()).append(", col_offset=").append(pos.col())
                    .append(", end_lineno=").append(pos.endLine()).append(", end_col_offset=").append(pos.endCol());
        }
        sb.append(')');
    }
}
