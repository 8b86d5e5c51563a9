// Universal-newline input: the text half of IncrementalNewlineDecoder (\r\n and \r to \n, and which endings were seen).
package pyj.interp.io;

import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;

/**
 * Works on decoded text. A '\r' at the end of a chunk is held back until the next chunk shows
 * whether a '\n' follows, so a "\r\n" is never split (readline relies on that) and is counted once.
 */
final class NewlineTranslator {
    static final int SEEN_CR = 1;
    static final int SEEN_LF = 2;
    static final int SEEN_CRLF = 4;

    private final boolean translate;
    boolean pendingCR;
    int seen;

    NewlineTranslator(boolean translate) {
        this.translate = translate;
    }

    String process(String output, boolean fin) {
        if (pendingCR && (fin || !output.isEmpty())) {
            output = "\r" + output;
            pendingCR = false;
        }
        if (!fin && !output.isEmpty() && output.charAt(output.length() - 1) == '\r') {
            output = output.substring(0, output.length() - 1);
            pendingCR = true;
        }
        int cr = output.indexOf('\r');
        if (cr < 0) {
            if ((seen & SEEN_LF) == 0 && output.indexOf('\n') >= 0) seen |= SEEN_LF;
            return output;
        }
        StringBuilder sb = translate ? new StringBuilder(output.length()) : null;
        int n = output.length();
        for (int i = 0; i < n; i++) {
            char c = output.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < n && output.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
                if (sb != null) sb.append('\n');
                continue;
            }
            if (sb != null) sb.append(c);
        }
        return sb != null ? sb.toString() : output;
    }

    void reset() {
        seen = 0;
        pendingCR = false;
    }

    /** The newlines attribute: None, one ending, or a tuple of the endings seen. */
    PyObject newlines() {
        PyStr cr = PyStr.intern("\r");
        PyStr lf = PyStr.intern("\n");
        PyStr crlf = PyStr.intern("\r\n");
        return switch (seen) {
            case SEEN_CR -> cr;
            case SEEN_LF -> lf;
            case SEEN_CRLF -> crlf;
            case SEEN_CR | SEEN_LF -> PyTuple.of(cr, lf);
            case SEEN_CR | SEEN_CRLF -> PyTuple.of(cr, crlf);
            case SEEN_LF | SEEN_CRLF -> PyTuple.of(lf, crlf);
            case SEEN_CR | SEEN_LF | SEEN_CRLF -> PyTuple.of(cr, lf, crlf);
            default -> PySingleton.NONE;
        };
    }
}
