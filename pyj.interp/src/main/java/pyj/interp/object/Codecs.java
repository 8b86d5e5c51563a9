// Text encodings for str.encode / bytes.decode, with Python's codec names and error handlers.
package pyj.interp.object;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

public final class Codecs {
    private Codecs() {}

    /** Python codec name normalization: "UTF_8", "utf8", "U8" all mean utf-8. */
    public static String normalize(String name) {
        String n = name.toLowerCase().replace('_', '-').replace(' ', '-');
        return switch (n) {
            case "utf8", "u8", "utf", "cp65001", "utf-8" -> "utf-8";
            case "utf-8-sig", "utf8-sig" -> "utf-8-sig";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin" -> "latin-1";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            case "cp1252", "windows-1252" -> "cp1252";
            default -> n;
        };
    }

    /**
     * The codecs that write a byte order mark: utf-16 and utf-32 in the machine's order (little
     * endian, as CPython on x86-64 and ARM), utf-8-sig before UTF-8. str.encode writes it once per
     * call; io's text streams once per stream and read it back to choose the byte order.
     */
    public enum ByteOrderMark {
        NONE(), UTF8_SIG(0xEF, 0xBB, 0xBF), UTF16(0xFF, 0xFE), UTF32(0xFF, 0xFE, 0, 0);

        private final byte[] bytes;

        ByteOrderMark(int... bytes) {
            this.bytes = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) this.bytes[i] = (byte) bytes[i];
        }

        /** The mark as written; empty for NONE. */
        public byte[] bytes() { return bytes.clone(); }
    }

    /** The byte order mark of a normalized codec name. */
    public static ByteOrderMark byteOrderMark(String norm) {
        return switch (norm) {
            case "utf-16" -> ByteOrderMark.UTF16;
            case "utf-32" -> ByteOrderMark.UTF32;
            case "utf-8-sig" -> ByteOrderMark.UTF8_SIG;
            default -> ByteOrderMark.NONE;
        };
    }

    /**
     * The Java charset that does a normalized codec's coding (for the byte-order-mark codecs, the
     * little-endian variant that follows the mark); LookupError naming {@code given} when there is none.
     */
    public static Charset charset(String norm, String given) {
        return switch (norm) {
            case "utf-8", "utf-8-sig" -> StandardCharsets.UTF_8;
            case "latin-1" -> StandardCharsets.ISO_8859_1;
            case "ascii" -> StandardCharsets.US_ASCII;
            case "utf-16", "utf-16-le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be" -> StandardCharsets.UTF_16BE;
            case "utf-32", "utf-32-le" -> Charset.forName("UTF-32LE");
            case "utf-32-be" -> Charset.forName("UTF-32BE");
            case "cp1252" -> Charset.forName("windows-1252");
            default -> {
                try {
                    yield Charset.forName(norm);
                } catch (RuntimeException e) {
                    throw PyErr.format(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: %s", given);
                }
            }
        };
    }

    public static byte[] encode(String s, String encoding, String errors) {
        String norm = normalize(encoding);
        byte[] bom = byteOrderMark(norm).bytes();
        if (bom.length > 0) {
            byte[] body = encode(s, norm.equals("utf-16") ? "utf-16-le" : norm.equals("utf-32") ? "utf-32-le" : "utf-8",
                    errors);
            byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        }
        if (norm.equals("utf-8") && errors.equals("strict")) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isSurrogate(c)) {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (!paired) {
                        throw encodeError(norm, s, i, "surrogates not allowed");
                    }
                    i++;
                }
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if ((norm.equals("ascii") || norm.equals("latin-1")) && errors.equals("strict")) {
            int limit = norm.equals("ascii") ? 128 : 256;
            byte[] out = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= limit) {
                    int end = i + 1;
                    while (end < s.length() && s.charAt(end) >= limit) end++;
                    throw encodeError(norm, s, i, "ordinal not in range(" + limit + ")", end);
                }
                out[i] = (byte) c;
            }
            return out;
        }
        CharsetEncoder enc = charset(norm, encoding).newEncoder();
        switch (errors) {
            case "ignore" -> enc.onUnmappableCharacter(CodingErrorAction.IGNORE).onMalformedInput(CodingErrorAction.IGNORE);
            case "replace" -> enc.onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE)
                    .replaceWith(new byte[] {'?'});
            default -> enc.onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        }
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw unencodable(norm, s, charset(norm, encoding).newEncoder());
        }
    }

    /** Finds the first run of characters the charset cannot encode, as CPython's error reports it. */
    private static PyException unencodable(String norm, String s, CharsetEncoder enc) {
        int i = 0;
        while (i < s.length() && enc.canEncode(s.substring(i, s.offsetByCodePoints(i, 1)))) i = s.offsetByCodePoints(i, 1);
        if (i >= s.length()) return encodeError(norm, s, 0, "cannot encode", s.length());
        int end = s.offsetByCodePoints(i, 1);
        while (end < s.length() && !enc.canEncode(s.substring(end, s.offsetByCodePoints(end, 1)))) {
            end = s.offsetByCodePoints(end, 1);
        }
        if (Character.isSurrogate(s.charAt(i))) return encodeError(norm, s, i, "surrogates not allowed", end);
        // The single-byte code pages are CPython's charmap codec, which names itself in the error.
        return encodeError("charmap", s, i, "character maps to <undefined>", end);
    }

    private static PyException encodeError(String enc, String s, int pos, String reason) {
        return encodeError(enc, s, pos, reason, pos + 1);
    }

    /** {@code pos} and {@code end} are char indexes into {@code s}; the error counts code points. */
    private static PyException encodeError(String enc, String s, int pos, String reason, int end) {
        return UnicodeErrors.encodeError(enc, s, s.codePointCount(0, pos), s.codePointCount(0, end), reason);
    }

    public static String decode(byte[] b, String encoding, String errors) {
        String norm = normalize(encoding);
        // A byte order mark chooses the order and is dropped; without one, the machine's order.
        if (norm.equals("utf-8-sig")) {
            boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
            return decode(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, "utf-8", errors);
        }
        if (norm.equals("utf-16")) {
            boolean le = b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE;
            boolean be = b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF;
            return decode(le || be ? java.util.Arrays.copyOfRange(b, 2, b.length) : b, be ? "utf-16-be" : "utf-16-le",
                    errors);
        }
        if (norm.equals("utf-32")) {
            boolean le = b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0;
            boolean be = b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF;
            return decode(le || be ? java.util.Arrays.copyOfRange(b, 4, b.length) : b, be ? "utf-32-be" : "utf-32-le",
                    errors);
        }
        CharsetDecoder dec = charset(norm, encoding).newDecoder();
        switch (errors) {
            case "ignore" -> dec.onUnmappableCharacter(CodingErrorAction.IGNORE).onMalformedInput(CodingErrorAction.IGNORE);
            case "replace" -> dec.onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE);
            default -> dec.onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        }
        try {
            return dec.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            int pos = firstBad(b, norm);
            String reason = norm.equals("ascii") ? "ordinal not in range(128)"
                    : norm.equals("utf-8") ? (pos < b.length && invalidStart(b[pos] & 0xff) ? "invalid start byte"
                    : (pos >= b.length - 1 || remainingTruncated(b, pos)) ? "unexpected end of data" : "invalid continuation byte")
                    : "invalid data";
            throw UnicodeErrors.decodeError(norm, b, pos, pos + 1, reason);
        }
    }

    /** Bytes that cannot begin a UTF-8 sequence: continuations, overlong leads, and leads past U+10FFFF. */
    private static boolean invalidStart(int lead) {
        return (lead >= 0x80 && lead < 0xC2) || lead > 0xF4;
    }

    private static boolean remainingTruncated(byte[] b, int pos) {
        int lead = b[pos] & 0xff;
        int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        for (int k = 1; k <= need; k++) {
            if (pos + k >= b.length) return true;
            if ((b[pos + k] & 0xC0) != 0x80) return false;
        }
        return false;
    }

    private static int firstBad(byte[] b, String norm) {
        if (norm.equals("ascii")) {
            for (int i = 0; i < b.length; i++) if (b[i] < 0) return i;
            return 0;
        }
        CharsetDecoder dec = charset(norm, norm).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int len = 1; len <= b.length; len++) {
            try {
                dec.reset();
                dec.decode(ByteBuffer.wrap(b, 0, len));
            } catch (CharacterCodingException e) {
                // The shortest failing prefix ends inside the bad sequence; walk back to its start.
                int i = len - 1;
                while (i > 0 && (b[i] & 0xC0) == 0x80) i--;
                return i;
            }
        }
        return b.length;
    }
}
