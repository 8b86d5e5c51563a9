// Reads the instruction definition DSL (bytecodes.def) into Definitions records.
package pyj.tools.casegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import pyj.tools.casegen.Definitions.Body;
import pyj.tools.casegen.Definitions.Family;
import pyj.tools.casegen.Definitions.Macro;
import pyj.tools.casegen.Definitions.MacroPart;
import pyj.tools.casegen.Definitions.Pseudo;
import pyj.tools.casegen.Definitions.StackEffect;
import pyj.tools.casegen.Definitions.StackItem;

/**
 * The grammar, modelled on CPython's {@code Python/bytecodes.c}:
 * <pre>
 *   /// doc comment                        (attaches to the next definition)
 *   inst(NAME, NUMBER, (in, arr[n], c/1 -- out, opt if (cond))) [flag, ...] { java body }
 *   inst(NAME, NUMBER, (effect)) [flags];                     (declared, not executable)
 *   op(_NAME, (effect)) [flags] { java body }                 (a micro-op)
 *   macro(NAME, NUMBER) = _OP + cache/1 + _OP2;
 *   family(NAME, CACHE_UNITS) = { MEMBER, ... };
 *   pseudo(NAME, NUMBER, (effect)) [flags] = { TARGET, ... };
 *   %imports { java import lines for the generated interpreter code }
 * </pre>
 * Bodies are Java with a few statement macros ({@code DEOPT_IF}, {@code JUMPBY}, ...) that the
 * emitters expand per tier.
 */
final class DefinitionParser {
    private final String src;
    private final String fileName;
    private int pos;
    private String pendingDoc;

    DefinitionParser(String src, String fileName) {
        this.src = src;
        this.fileName = fileName;
    }

    Definitions.File parse() {
        List<Body> bodies = new ArrayList<>();
        List<Macro> macros = new ArrayList<>();
        List<Family> families = new ArrayList<>();
        List<Pseudo> pseudos = new ArrayList<>();
        String imports = "";
        for (;;) {
            skipSpaceAndComments();
            if (pos >= src.length()) break;
            int line = lineAt(pos);
            String word = identifier();
            switch (word) {
                case "inst", "op" -> bodies.add(body(word, line));
                case "macro" -> macros.add(macro(line));
                case "family" -> families.add(family(line));
                case "pseudo" -> pseudos.add(pseudo(line));
                case "%imports" -> imports = javaBlock();
                default -> throw error("unknown definition '" + word + "'", line);
            }
            pendingDoc = null;
        }
        return new Definitions.File(bodies, macros, families, pseudos, imports);
    }

    private Body body(String kind, int line) {
        String doc = pendingDoc;
        expect('(');
        String name = identifier();
        int number = -1;
        expect(',');
        skipSpaceAndComments();
        if (kind.equals("inst")) {
            number = integer();
            expect(',');
        }
        StackEffect effect = stackEffect();
        expect(')');
        Set<String> flags = flags();
        skipSpaceAndComments();
        String body = null;
        if (peek() == ';') {
            pos++;
        } else {
            body = javaBlock();
        }
        return new Body(kind, name, number, effect, flags, body, doc, line);
    }

    private Macro macro(int line) {
        String doc = pendingDoc;
        expect('(');
        String name = identifier();
        expect(',');
        skipSpaceAndComments();
        int number = integer();
        expect(')');
        Set<String> flags = flags();
        expect('=');
        List<MacroPart> parts = new ArrayList<>();
        do {
            String part = identifier();
            skipSpaceAndComments();
            int units = 0;
            if (peek() == '/') {
                pos++;
                skipSpaceAndComments();
                units = integer();
            }
            parts.add(new MacroPart(part, units));
            skipSpaceAndComments();
        } while (tryConsume('+'));
        expect(';');
        return new Macro(name, number, parts, flags, doc, line);
    }

    private Family family(int line) {
        expect('(');
        String name = identifier();
        expect(',');
        skipSpaceAndComments();
        int units = integer();
        expect(')');
        expect('=');
        expect('{');
        List<String> members = new ArrayList<>();
        skipSpaceAndComments();
        if (peek() != '}') {
            do {
                members.add(identifier());
                skipSpaceAndComments();
            } while (tryConsume(','));
        }
        expect('}');
        expect(';');
        return new Family(name, units, members, line);
    }

    private Pseudo pseudo(int line) {
        String doc = pendingDoc;
        expect('(');
        String name = identifier();
        expect(',');
        skipSpaceAndComments();
        int number = integer();
        expect(',');
        StackEffect effect = stackEffect();
        expect(')');
        Set<String> flags = flags();
        expect('=');
        expect('{');
        List<String> targets = new ArrayList<>();
        do {
            targets.add(identifier());
            skipSpaceAndComments();
        } while (tryConsume(','));
        expect('}');
        expect(';');
        return new Pseudo(name, number, effect, flags, targets, doc, line);
    }

    private Set<String> flags() {
        Set<String> flags = new LinkedHashSet<>();
        skipSpaceAndComments();
        if (tryConsume('[')) {
            skipSpaceAndComments();
            if (peek() != ']') {
                do {
                    String flag = identifier();
                    skipSpaceAndComments();
                    if (tryConsume('=')) {
                        skipSpaceAndComments();
                        boolean negative = tryConsume('-');
                        flag += "=" + (negative ? -integer() : integer());
                        skipSpaceAndComments();
                    }
                    flags.add(flag);
                } while (tryConsume(','));
            }
            expect(']');
        }
        return flags;
    }

    private StackEffect stackEffect() {
        expect('(');
        List<StackItem> caches = new ArrayList<>();
        List<StackItem> inputs = new ArrayList<>();
        List<StackItem> outputs = new ArrayList<>();
        boolean afterDash = false;
        for (;;) {
            skipSpaceAndComments();
            if (tryConsume(')')) break;
            if (src.startsWith("--", pos)) {
                pos += 2;
                afterDash = true;
                continue;
            }
            if (tryConsume(',')) continue;
            StackItem item = stackItem();
            if (item.isCache()) {
                if (afterDash) throw error("cache entry among outputs", lineAt(pos));
                caches.add(item);
            } else if (afterDash) {
                outputs.add(item);
            } else {
                inputs.add(item);
            }
        }
        if (!afterDash) throw error("stack effect without '--'", lineAt(pos));
        return new StackEffect(caches, inputs, outputs);
    }

    private StackItem stackItem() {
        String name = identifier();
        skipSpaceAndComments();
        String size = null;
        String cond = null;
        int units = 0;
        if (tryConsume('/')) {
            skipSpaceAndComments();
            units = integer();
        } else if (tryConsume('[')) {
            size = balancedUntil(']');
            pos++;
        }
        skipSpaceAndComments();
        if (src.startsWith("if", pos) && !Character.isJavaIdentifierPart(src.charAt(pos + 2))) {
            pos += 2;
            skipSpaceAndComments();
            expect('(');
            cond = balancedUntil(')');
            pos++;
        }
        return new StackItem(name, size, cond, units);
    }

    /** Returns the text up to (not including) the closing char at nesting level zero. */
    private String balancedUntil(char close) {
        int depth = 0;
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') {
                if (depth == 0 && c == close) return src.substring(start, pos).strip();
                depth--;
            }
            pos++;
        }
        throw error("unbalanced expression", lineAt(start));
    }

    /** Reads a brace-delimited Java block, honouring strings, chars and comments; returns its inside. */
    private String javaBlock() {
        skipSpaceAndComments();
        int open = pos;
        expect('{');
        int depth = 1;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"' || c == '\'') {
                skipJavaLiteral(c);
                continue;
            }
            if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '/') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
                continue;
            }
            if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
                int end = src.indexOf("*/", pos + 2);
                pos = end < 0 ? src.length() : end + 2;
                continue;
            }
            if (c == '{') depth++;
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    String inside = src.substring(open + 1, pos);
                    pos++;
                    return inside;
                }
            }
            pos++;
        }
        throw error("unterminated block", lineAt(open));
    }

    private void skipJavaLiteral(char q) {
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            pos++;
            if (c == q) return;
        }
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("///", pos)) {
                int end = src.indexOf('\n', pos);
                if (end < 0) end = src.length();
                String text = src.substring(pos + 3, end).strip();
                pendingDoc = pendingDoc == null ? text : pendingDoc + " " + text;
                pos = end;
            } else if (src.startsWith("//", pos)) {
                int end = src.indexOf('\n', pos);
                pos = end < 0 ? src.length() : end;
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                pos = end < 0 ? src.length() : end + 2;
            } else {
                break;
            }
        }
    }

    private String identifier() {
        skipSpaceAndComments();
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || (c == '%' && pos == start)) pos++;
            else break;
        }
        if (start == pos) throw error("expected a name", lineAt(pos));
        return src.substring(start, pos);
    }

    private int integer() {
        skipSpaceAndComments();
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        if (start == pos) throw error("expected a number", lineAt(pos));
        return Integer.parseInt(src.substring(start, pos));
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private boolean tryConsume(char c) {
        skipSpaceAndComments();
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaceAndComments();
        if (peek() != c) throw error("expected '" + c + "' but found '" + peek() + "'", lineAt(pos));
        pos++;
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < src.length(); i++) if (src.charAt(i) == '\n') line++;
        return line;
    }

    private IllegalArgumentException error(String msg, int line) {
        return new IllegalArgumentException(fileName + ":" + line + ": " + msg);
    }
}
