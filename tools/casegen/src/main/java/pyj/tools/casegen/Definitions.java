// The parsed contents of the instruction definition file, before any analysis.
package pyj.tools.casegen;

import java.util.List;
import java.util.Set;

/** Records for what {@link DefinitionParser} reads. */
final class Definitions {
    private Definitions() {}

    /**
     * One entry of a stack effect: {@code name}, {@code name[size]} (an array whose length is a
     * Java expression of {@code oparg}), {@code name if (cond)} (conditionally present), or a cache
     * entry {@code name/units} written among the inputs.
     */
    record StackItem(String name, String size, String condition, int cacheUnits) {
        boolean isCache() { return cacheUnits > 0; }

        boolean isArray() { return size != null; }

        boolean isUnused() { return name.equals("unused"); }

        /** The item's contribution to the stack depth as a Java expression. */
        String depthExpr() {
            String one = isArray() ? "(" + size + ")" : "1";
            return condition == null ? one : "((" + condition + ") ? " + one + " : 0)";
        }
    }

    record StackEffect(List<StackItem> caches, List<StackItem> inputs, List<StackItem> outputs) {}

    /** {@code inst} (a complete instruction) or {@code op} (a micro-op, possibly also an instruction part). */
    record Body(String kind, String name, int number, StackEffect effect, Set<String> flags, String body,
                String doc, int line) {
        boolean isInst() { return kind.equals("inst"); }

        boolean hasBody() { return body != null; }
    }

    /** One part of a macro: a micro-op or a cache entry {@code name/units}. */
    record MacroPart(String name, int cacheUnits) {
        boolean isCache() { return cacheUnits > 0; }
    }

    record Macro(String name, int number, List<MacroPart> parts, Set<String> flags, String doc, int line) {}

    record Family(String name, int cacheUnits, List<String> members, int line) {}

    record Pseudo(String name, int number, StackEffect effect, Set<String> flags, List<String> targets,
                  String doc, int line) {}

    record File(List<Body> bodies, List<Macro> macros, List<Family> families, List<Pseudo> pseudos,
                String tier1Imports) {}
}
