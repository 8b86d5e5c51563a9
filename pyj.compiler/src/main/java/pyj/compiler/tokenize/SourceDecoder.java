// Turns source bytes into text: UTF-8 BOM, PEP 263 coding cookies, and newline translation.
package pyj.compiler.tokenize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pyj.compiler.error.CompileError;

/**
 * Source files are UTF-8 unless the first or second line declares another encoding
 * ({@code # -*- coding: latin-1 -*-}); a UTF-8 byte-order mark is skipped and forbids any other
 * declared encoding. Line endings are normalised to {@code \n}, as CPython's tokenizer does.
 */
public final class SourceDecoder {
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {}

    /** Decodes a source file's bytes; errors are SyntaxErrors naming the file as CPython does. */
    public static String decode(byte[] bytes, String filename) {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) start = 3;
        String encoding = declaredEncoding(bytes, start, filename);
        // Like CPython's get_normal_name, only "utf-8" and "utf-8-*" spellings are accepted with a BOM.
        String lower = encoding == null ? null : encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        if (bom && encoding != null && !lower.equals("utf-8") && !lower.startsWith("utf-8-")) {
            throw error(filename, 0, "encoding problem: " + encoding + " with BOM");
        }
        Charset cs = StandardCharsets.UTF_8;
        if (encoding != null) {
            cs = charsetFor(encoding);
            if (cs == null) throw error(filename, 0, "unknown encoding: " + encoding);
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = dec.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return translateNewlines(chars.toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            int line = 1;
            for (int i = start; i < bad && i < bytes.length; i++) if (bytes[i] == '\n') line++;
            if (encoding == null) {
                String hex = bad < bytes.length ? String.format("\\x%02x", bytes[bad] & 0xFF) : "";
                throw error(filename, line, "Non-UTF-8 code starting with '" + hex + "' in file " + filename
                        + " on line " + line + ", but no encoding declared; see https://peps.python.org/pep-0263/"
                        + " for details");
            }
            throw error(filename, line, "(unicode error) '" + encoding + "' codec can't decode source");
        }
    }

    /** \r\n and a lone \r become \n. */
    public static String translateNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The encoding named by a coding cookie on line 1, or on line 2 when line 1 is blank or a comment. */
    private static String declaredEncoding(byte[] b, int start, String filename) {
        int end1 = lineEnd(b, start);
        String line1 = ascii(b, start, end1);
        Matcher m = COOKIE.matcher(line1);
        if (m.find()) return m.group(1);
        String stripped = line1.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) return null;
        if (end1 >= b.length) return null;
        int end2 = lineEnd(b, end1 + 1);
        m = COOKIE.matcher(ascii(b, end1 + 1, end2));
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') i++;
        return i;
    }

    private static String ascii(byte[] b, int from, int to) {
        StringBuilder s = new StringBuilder(to - from);
        for (int i = from; i < to; i++) s.append((char) (b[i] & 0xFF));
        return s.toString();
    }

    /** Python's codec name normalisation, enough to compare against utf-8 and pick a Java charset. */
    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (n.equals("utf8") || n.equals("u8") || n.equals("utf") || n.equals("cp65001")) return "utf_8";
        if (n.startsWith("utf_8_") || n.startsWith("utf_8")) return n.startsWith("utf_8_sig") ? "utf_8_sig" : "utf_8";
        return n;
    }

    private static Charset charsetFor(String encoding) {
        String n = normalize(encoding);
        String javaName = switch (n) {
            case "utf_8", "utf_8_sig" -> "UTF-8";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "l1", "8859", "cp819", "latin" -> "ISO-8859-1";
            case "ascii", "us_ascii", "646" -> "US-ASCII";
            default -> n.replace('_', '-');
        };
        try {
            return Charset.forName(javaName);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (n < 0) return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += n + 1;
        }
        return b.length;
    }

    private static CompileError error(String filename, int line, String msg) {
        return new CompileError(CompileError.Kind.SYNTAX_ERROR, msg, filename, line, 0, line, 0, null);
    }
}
