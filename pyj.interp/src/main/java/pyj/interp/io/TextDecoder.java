// An incremental bytes-to-str decoder with Python's error handlers and getstate()/setstate(), as TextIOWrapper needs.
package pyj.interp.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import pyj.interp.object.Codecs;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.UnicodeErrors;

/**
 * Decodes a byte stream chunk by chunk: bytes that end in the middle of a character wait in
 * {@link #pending()} for the next chunk, as in CPython's BufferedIncrementalDecoder. The Java
 * charset finds malformed input; the extent of each error and its reason are CPython's, so that
 * messages, and the number of replacement characters, match.
 *
 * <p>The state flags follow CPython's codecs: for utf-16 and utf-32, 2 while the byte order is not
 * yet known, 0 for little-endian and 1 for big-endian; for utf-8-sig, 1 until the signature has
 * been dealt with; 0 for every other codec.
 */
final class TextDecoder {
    private static final byte[] NONE = new byte[0];

    private final TextCodec codec;
    private final String errors;
    private CharsetDecoder decoder;
    private byte[] pending = NONE;
    private int flags;

    TextDecoder(TextCodec codec, String errors) {
        this.codec = codec;
        this.errors = errors;
        reset();
    }

    void reset() {
        pending = NONE;
        flags = switch (codec.bom()) {
            case UTF16, UTF32 -> 2;
            case UTF8_SIG -> 1;
            case NONE -> 0;
        };
        chooseCharset();
    }

    byte[] pending() { return pending; }

    int flags() { return flags; }

    void setState(byte[] buffered, int newFlags) {
        pending = buffered;
        flags = newFlags;
        chooseCharset();
    }

    private void chooseCharset() {
        java.nio.charset.Charset cs = codec.charset();
        if (flags == 1 && codec.bom() == Codecs.ByteOrderMark.UTF16) cs = StandardCharsets.UTF_16BE;
        if (flags == 1 && codec.bom() == Codecs.ByteOrderMark.UTF32) cs = java.nio.charset.Charset.forName("UTF-32BE");
        decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    String decode(byte[] input, boolean fin) {
        return decode(input, 0, input.length, fin);
    }

    String decode(byte[] input, int off, int len, boolean fin) {
        byte[] data;
        if (pending.length == 0 && off == 0 && len == input.length) {
            data = input;
        } else {
            data = Arrays.copyOf(pending, pending.length + len);
            System.arraycopy(input, off, data, pending.length, len);
        }
        pending = NONE;
        int start = readSignature(data, fin);
        if (start < 0) {
            pending = data;
            return "";
        }
        java.nio.charset.Charset cs = codec.charset();
        boolean asciiCompatible = cs == StandardCharsets.UTF_8 || cs == StandardCharsets.ISO_8859_1
                || cs == StandardCharsets.US_ASCII;
        if (asciiCompatible && isAscii(data, start)) {
            return new String(data, start, data.length - start, StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(data.length - start);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        CharBuffer cb = CharBuffer.allocate(Math.max(16, (int) ((data.length - start) * decoder.maxCharsPerByte()) + 4));
        decoder.reset();
        for (;;) {
            CoderResult r = decoder.decode(in, cb, fin);
            if (r.isOverflow()) {
                cb = grow(cb, out);
                continue;
            }
            if (r.isUnderflow()) {
                if (in.hasRemaining() && !fin) pending = Arrays.copyOfRange(data, in.position(), data.length);
                break;
            }
            int errStart = in.position();
            int errEnd = errStart + errorLength(data, errStart, r.length(), fin);
            cb.flip();
            out.append(cb);
            cb.clear();
            handleError(out, data, errStart, errEnd, reason(data, errStart, errEnd, fin));
            in.position(errEnd);
        }
        if (fin) {
            while (decoder.flush(cb).isOverflow()) cb = grow(cb, out);
        }
        cb.flip();
        out.append(cb);
        return out.toString();
    }

    private static CharBuffer grow(CharBuffer cb, StringBuilder out) {
        cb.flip();
        out.append(cb);
        return CharBuffer.allocate(cb.capacity() * 2);
    }

    private static boolean isAscii(byte[] data, int from) {
        for (int i = from; i < data.length; i++) if (data[i] < 0) return false;
        return true;
    }

    /**
     * Consumes a byte-order mark at the start of the stream: the offset decoding starts at, or -1 to
     * wait for more bytes before deciding.
     */
    private int readSignature(byte[] data, boolean fin) {
        switch (codec.bom()) {
            case NONE -> { return 0; }
            case UTF8_SIG -> {
                if (flags == 0) return 0;
                byte[] sig = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                int n = Math.min(3, data.length);
                if (!Arrays.equals(data, 0, n, sig, 0, n)) {
                    flags = 0;
                    return 0;
                }
                if (n < 3 && !fin) return -1;
                flags = 0;
                return n == 3 ? 3 : 0;
            }
            default -> {
                if (flags != 2) return 0;
                int size = codec.bom() == Codecs.ByteOrderMark.UTF16 ? 2 : 4;
                if (data.length < size) return fin ? 0 : -1;
                boolean le = size == 2 ? (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xFE
                        : (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xFE && data[2] == 0 && data[3] == 0;
                boolean be = size == 2 ? (data[0] & 0xff) == 0xFE && (data[1] & 0xff) == 0xFF
                        : data[0] == 0 && data[1] == 0 && (data[2] & 0xff) == 0xFE && (data[3] & 0xff) == 0xFF;
                flags = be ? 1 : 0;
                chooseCharset();
                decoder.reset();
                return le || be ? size : 0;
            }
        }
    }

    // ---- errors ------------------------------------------------------------------------------

    /** CPython's extent of a decoding error at {@code start}; Java's length elsewhere. */
    private int errorLength(byte[] data, int start, int javaLength, boolean fin) {
        if (codec.charset() != StandardCharsets.UTF_8) return Math.max(1, javaLength);
        int lead = data[start] & 0xff;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 2;
            if (lead == 0xE0) lo = 0xA0;
            if (lead == 0xED) hi = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 3;
            if (lead == 0xF0) lo = 0x90;
            if (lead == 0xF4) hi = 0x8F;
        } else {
            return 1;
        }
        int len = 1;
        for (int k = 1; k <= need; k++) {
            if (start + k >= data.length) return len;
            int b = data[start + k] & 0xff;
            boolean ok = k == 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xBF;
            if (!ok) return len;
            len++;
        }
        return len;
    }

    private String reason(byte[] data, int start, int end, boolean fin) {
        String n = codec.name();
        if (n.equals("ascii")) return "ordinal not in range(128)";
        if (n.equals("charmap")) return "character maps to <undefined>";
        if (codec.charset() == StandardCharsets.UTF_8) {
            int lead = data[start] & 0xff;
            if (lead < 0xC2 || lead > 0xF4) return "invalid start byte";
            return end >= data.length && fin ? "unexpected end of data" : "invalid continuation byte";
        }
        if (n.startsWith("utf-16") || n.startsWith("utf-32")) {
            return end >= data.length ? "truncated data" : "illegal encoding";
        }
        return "illegal multibyte sequence";
    }

    private void handleError(StringBuilder out, byte[] data, int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw error(data, start, end, reason);
            case "ignore" -> { }
            case "replace" -> out.append('\uFFFD');
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if (data[i] >= 0) throw error(data, start, end, reason);
                }
                for (int i = start; i < end; i++) out.append((char) (0xDC00 + (data[i] & 0xff)));
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) out.append(String.format("\\x%02x", data[i] & 0xff));
            }
            case "surrogatepass", "xmlcharrefreplace", "namereplace" -> throw error(data, start, end, reason);
            default -> throw PyErr.format(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '%s'", errors);
        }
    }

    private PyException error(byte[] data, int start, int end, String reason) {
        return UnicodeErrors.decodeError(codec.name(), data, start, end, reason);
    }
}
