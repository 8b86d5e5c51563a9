// A small indenting writer for generated Java source.
package pyj.tools.casegen;

final class JavaWriter {
    private final StringBuilder sb = new StringBuilder();
    private int indent;

    JavaWriter() {}

    JavaWriter(int indent) { this.indent = indent; }

    void raw(String text) { sb.append(text); }

    void line(String text) {
        if (text.isEmpty()) {
            sb.append('\n');
            return;
        }
        sb.append("    ".repeat(indent)).append(text).append('\n');
    }

    void open(String text) {
        line(text);
        indent++;
    }

    void close(String text) {
        indent--;
        line(text);
    }

    /** Writes a block of source, re-indenting it relative to its least indented line. */
    void block(String text) {
        String[] lines = text.split("\n", -1);
        int min = Integer.MAX_VALUE;
        for (String l : lines) {
            if (l.isBlank()) continue;
            int lead = 0;
            while (lead < l.length() && l.charAt(lead) == ' ') lead++;
            min = Math.min(min, lead);
        }
        if (min == Integer.MAX_VALUE) return;
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        int last = lines.length - 1;
        while (last >= first && lines[last].isBlank()) last--;
        for (int i = first; i <= last; i++) {
            String l = lines[i];
            line(l.isBlank() ? "" : l.substring(Math.min(min, l.length())).stripTrailing());
        }
    }

    @Override
    public String toString() { return sb.toString(); }
}
