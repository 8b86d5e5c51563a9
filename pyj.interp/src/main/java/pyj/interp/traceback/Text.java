// textwrap.dedent, str.lstrip and the display width of source text, as the traceback module uses them.
package pyj.interp.traceback;

import java.util.ArrayList;
import java.util.List;

final class Text {
    private Text() {}

    /** Python's str.isspace() for one character. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b || c == 0x1c || c == 0x1d
                || c == 0x1e || c == 0x1f || c == 0x85 || Character.isSpaceChar(c);
    }

    static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return s.substring(i);
    }

    /** textwrap.dedent over lines: removes the longest common leading whitespace of the non-blank lines. */
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String l : lines) {
            if (l.isBlank()) continue;
            int i = 0;
            while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
            String indent = l.substring(0, i);
            if (margin == null) {
                margin = indent;
            } else if (indent.startsWith(margin)) {
                // keep margin
            } else if (margin.startsWith(indent)) {
                margin = indent;
            } else {
                int k = 0;
                while (k < margin.length() && k < indent.length() && margin.charAt(k) == indent.charAt(k)) k++;
                margin = margin.substring(0, k);
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) out.add(l.isEmpty() ? l : "");
            else out.add(margin == null ? l : l.substring(margin.length()));
        }
        return out;
    }

    /** textwrap.dedent on text whose lines all end with a newline; returns the lines with newlines. */
    static List<String> dedentText(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        List<String> out = new ArrayList<>();
        for (String l : dedent(lines)) out.add(l + "\n");
        return out;
    }

    /** _display_width: characters up to offset, East Asian wide and fullwidth ones counting twice. */
    static int displayWidth(String line, int offset) {
        int end = Math.min(offset, line.length());
        boolean ascii = true;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return offset;
        int w = 0;
        for (int i = 0; i < end; ) {
            int cp = line.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** East Asian Width W or F (the main ranges of Unicode's EastAsianWidth.txt). */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x231A && cp <= 0x231B) || (cp >= 0x2329 && cp <= 0x232A)
                || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3 || (cp >= 0x25FD && cp <= 0x25FE)
                || (cp >= 0x2614 && cp <= 0x2615) || (cp >= 0x2648 && cp <= 0x2653) || cp == 0x267F || cp == 0x2693
                || cp == 0x26A1 || (cp >= 0x26AA && cp <= 0x26AB) || (cp >= 0x26BD && cp <= 0x26BE)
                || (cp >= 0x26C4 && cp <= 0x26C5) || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA
                || (cp >= 0x26F2 && cp <= 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705
                || (cp >= 0x270A && cp <= 0x270B) || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0
                || cp == 0x27BF || (cp >= 0x2B1B && cp <= 0x2B1C) || cp == 0x2B50 || cp == 0x2B55
                || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x16FE0 && cp <= 0x18CFF) || (cp >= 0x1B000 && cp <= 0x1B2FF) || cp == 0x1F004
                || cp == 0x1F0CF || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A) || (cp >= 0x1F200 && cp <= 0x1F251)
                || (cp >= 0x1F300 && cp <= 0x1F64F && !(cp >= 0x1F321 && cp <= 0x1F32C) && cp != 0x1F336
                    && cp != 0x1F37D && !(cp >= 0x1F394 && cp <= 0x1F39F) && !(cp >= 0x1F3CB && cp <= 0x1F3CE)
                    && !(cp >= 0x1F3D4 && cp <= 0x1F3DF) && !(cp >= 0x1F3F1 && cp <= 0x1F3F3)
                    && !(cp >= 0x1F3F5 && cp <= 0x1F3F7) && cp != 0x1F43F && cp != 0x1F441
                    && !(cp >= 0x1F4FD && cp <= 0x1F4FE) && !(cp >= 0x1F53E && cp <= 0x1F54A)
                    && cp != 0x1F54F && !(cp >= 0x1F568 && cp <= 0x1F579) && !(cp >= 0x1F57B && cp <= 0x1F594)
                    && !(cp >= 0x1F597 && cp <= 0x1F5A3) && !(cp >= 0x1F5A5 && cp <= 0x1F5FA))
                || (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F7E0 && cp <= 0x1F7EB)
                || (cp >= 0x1F90C && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
