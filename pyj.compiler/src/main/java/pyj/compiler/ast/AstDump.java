// Renders an AST the way CPython 3.13's ast.dump() does.
package pyj.compiler.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import pyj.compiler.code.Constant;
import pyj.compiler.code.Reprs;

/**
 * {@code ast.dump(node)} with annotate_fields=True: fields by their CPython names, optional fields
 * that are None and empty lists omitted (as 3.13 does), enum-like nodes as {@code Load()}. With an
 * indent, nodes are laid out one field per line as {@code ast.dump(..., indent=...)} does, a node
 * staying on one line when it has at most three fields, all of them simple (no nested fields).
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
        return dump(node, includeAttributes, null);
    }

    /** ast.dump with an indent string; null gives the one-line form. */
    public static String dump(Object node, boolean includeAttributes, String indent) {
        return new Layout(includeAttributes, indent).format(node, 0).text();
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

    /** A formatted value, and whether it is simple (CPython's {@code _format} result). */
    private record Formatted(String text, boolean simple) {}

    /** CPython's {@code ast.dump._format}: one recursive pass, prefixes and separators by indent level. */
    private record Layout(boolean attributes, String indent) {

        Formatted format(Object node, int level) {
            if (node instanceof Record r && !(node instanceof Constant)) return formatNode(r, level);
            if (node instanceof List<?> list) return formatList(list, level);
            return new Formatted(scalar(node), true);
        }

        private Formatted formatList(List<?> list, int level) {
            if (list.isEmpty()) return new Formatted("[]", true);
            int inner = indent == null ? level : level + 1;
            StringBuilder sb = new StringBuilder("[").append(prefix(inner));
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(separator(inner));
                sb.append(format(list.get(i), inner).text());
            }
            return new Formatted(sb.append(']').toString(), false);
        }

        private Formatted formatNode(Record r, int level) {
            int inner = indent == null ? level : level + 1;
            String cls = className(r);
            List<String> args = new java.util.ArrayList<>();
            boolean allSimple = true;
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
                Formatted f = format(value, inner);
                allSimple &= f.simple();
                args.add(name + "=" + f.text());
            }
            if (attributes && pos != null && pos != Pos.NONE) {
                args.add("lineno=" + pos.line());
                args.add("col_offset=" + pos.col());
                args.add("end_lineno=" + pos.endLine());
                args.add("end_col_offset=" + pos.endCol());
            }
            if (allSimple && args.size() <= 3) return new Formatted(cls + "(" + String.join(", ", args) + ")", args.isEmpty());
            return new Formatted(cls + "(" + prefix(inner) + String.join(separator(inner), args) + ")", false);
        }

        private String prefix(int level) {
            return indent == null ? "" : "\n" + indent.repeat(level);
        }

        private String separator(int level) {
            return indent == null ? ", " : ",\n" + indent.repeat(level);
        }

        private static String scalar(Object value) {
            return switch (value) {
                case null -> "None";
                case Constant c -> Reprs.of(c);
                case Enum<?> e -> e.name() + "()";
                case String s -> Reprs.str(s);
                case Boolean b -> b ? "1" : "0";
                default -> String.valueOf(value);
            };
        }
    }
}
