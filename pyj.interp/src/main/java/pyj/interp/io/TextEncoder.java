// An incremental str-to-bytes encoder with Python's error handlers and the byte-order-mark state TextIOWrapper keeps.
package pyj.interp.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import pyj.interp.object.Codecs;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.UnicodeErrors;

/**
 * Encodes text written to a stream. Positions in error messages count code points, and an error
 * covers the whole run of characters the codec cannot encode, as in CPython. A byte-order mark is
 * written before the first text of a stream; {@link #skipSignature()} is CPython's
 * {@code encoder.setstate(0)}, used when writing starts in the middle of a file.
 */
final class TextEncoder {
    private final TextCodec codec;
    private final String errors;
    private final CharsetEncoder encoder;
    private final boolean utf8;
    private boolean signaturePending;

    TextEncoder(TextCodec codec, String errors) {
        this.codec = codec;
        this.errors = errors;
        this.encoder = codec.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.utf8 = codec.charset() == StandardCharsets.UTF_8;
        reset();
    }

    void reset() { signaturePending = codec.bom() != Codecs.ByteOrderMark.NONE; }

    void skipSignature() { signaturePending = false; }

    byte[] encode(String s) {
        byte[] signature = null;
        if (signaturePending) {
            signaturePending = false;
            signature = codec.bom() == Codecs.ByteOrderMark.NONE ? null : codec.bom().bytes();
        }
        byte[] body = utf8 && !hasLoneSurrogate(s) ? s.getBytes(StandardCharsets.UTF_8) : encodeChecked(s);
        if (signature == null) return body;
        byte[] out = new byte[signature.length + body.length];
        System.arraycopy(signature, 0, out, 0, signature.length);
        System.arraycopy(body, 0, out, signature.length, body.length);
        return out;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the codec can encode the code point (lone surrogates count as unencodable everywhere). */
    private boolean encodable(int cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        if (codec.isUnicode()) return true;
        String n = codec.name();
        if (n.equals("ascii")) return cp < 128;
        if (n.equals("latin-1")) return cp < 256;
        return encoder.canEncode(new String(Character.toChars(cp)));
    }

    private byte[] encodeChecked(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        int runStart = 0;
        int i = 0;
        int cpIndex = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (encodable(cp)) {
                i += Character.charCount(cp);
                cpIndex++;
                continue;
            }
            write(out, s.substring(runStart, i));
            int errStart = i;
            int errCpStart = cpIndex;
            while (i < s.length() && !encodable(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
                cpIndex++;
            }
            handleError(out, s, errStart, i, errCpStart, cpIndex);
            runStart = i;
        }
        write(out, s.substring(runStart));
        return out.toByteArray();
    }

    private void write(ByteArrayOutputStream out, String text) {
        if (text.isEmpty()) return;
        try {
            encoder.reset();
            ByteBuffer bb = encoder.encode(CharBuffer.wrap(text));
            out.write(bb.array(), bb.arrayOffset() + bb.position(), bb.remaining());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw UnicodeErrors.encodeError(codec.name(), text, 0, text.codePointCount(0, text.length()),
                    "unencodable characters");
        }
    }

    private String reason() {
        return switch (codec.name()) {
            case "ascii" -> "ordinal not in range(128)";
            case "latin-1" -> "ordinal not in range(256)";
            case "charmap" -> "character maps to <undefined>";
            default -> codec.isUnicode() ? "surrogates not allowed" : "illegal multibyte sequence";
        };
    }

    private void handleError(ByteArrayOutputStream out, String s, int start, int end, int cpStart, int cpEnd) {
        StringBuilder repl = new StringBuilder();
        switch (errors) {
            case "strict" -> throw error(s, start, cpStart, cpEnd);
            case "ignore" -> { }
            case "replace" -> repl.append("?".repeat(cpEnd - cpStart));
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    char c = s.charAt(i);
                    if (c < 0xDC80 || c > 0xDCFF) throw error(s, start, cpStart, cpEnd);
                }
                for (int i = start; i < end; i++) out.write(s.charAt(i) - 0xDC00);
                return;
            }
            case "surrogatepass" -> {
                if (!codec.isUnicode()) throw error(s, start, cpStart, cpEnd);
                for (int i = start; i < end; i++) {
                    char c = s.charAt(i);
                    if (!Character.isSurrogate(c)) throw error(s, start, cpStart, cpEnd);
                    writeSurrogate(out, c);
                }
                return;
            }
            case "backslashreplace" -> s.codePoints().skip(cpStart).limit(cpEnd - cpStart)
                    .forEach(cp -> repl.append(backslashed(cp)));
            case "xmlcharrefreplace" -> s.codePoints().skip(cpStart).limit(cpEnd - cpStart)
                    .forEach(cp -> repl.append("&#").append(cp).append(';'));
            case "namereplace" -> s.codePoints().skip(cpStart).limit(cpEnd - cpStart).forEach(cp -> {
                String name = Character.getName(cp);
                repl.append(name == null || Character.isSurrogate((char) cp) && cp <= 0xFFFF ? backslashed(cp)
                        : "\\N{" + name + "}");
            });
            default -> throw PyErr.format(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '%s'", errors);
        }
        write(out, repl.toString());
    }

    private void writeSurrogate(ByteArrayOutputStream out, char c) {
        switch (codec.charset().name()) {
            case "UTF-8" -> {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
            case "UTF-16LE" -> {
                out.write(c & 0xff);
                out.write(c >> 8);
            }
            case "UTF-16BE" -> {
                out.write(c >> 8);
                out.write(c & 0xff);
            }
            case "UTF-32LE" -> {
                out.write(c & 0xff);
                out.write(c >> 8);
                out.write(0);
                out.write(0);
            }
            default -> {
                out.write(0);
                out.write(0);
                out.write(c >> 8);
                out.write(c & 0xff);
            }
        }
    }

    private static String backslashed(int cp) {
        if (cp < 0x100) return String.format("\\x%02x", cp);
        if (cp < 0x10000) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }

    private PyException error(String s, int start, int cpStart, int cpEnd) {
        return UnicodeErrors.encodeError(codec.name(), s, cpStart, cpEnd, reason());
    }
}
