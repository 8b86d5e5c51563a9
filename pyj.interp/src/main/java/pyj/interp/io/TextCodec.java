// A text encoding as the io layer uses it: Python's codec name, the Java charset that does the work, and its byte-order mark.
package pyj.interp.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import pyj.interp.object.Codecs;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyStr;

/**
 * Python names encodings its own way ("latin-1", "utf-8-sig"); {@link Codecs#normalize} maps the
 * aliases and Java's charsets do the coding. The codecs with a byte-order mark ("utf-16",
 * "utf-32", "utf-8-sig") need the io layer's help: CPython writes the mark once at the start of a
 * stream and, for UTF-16 and UTF-32, reads it to choose the byte order, defaulting to little-endian.
 *
 * @param name    the codec's name in error messages ("utf-8", "ascii", "charmap", ...)
 * @param charset the Java charset (for BOM codecs, the little-endian variant)
 * @param bom     how the codec treats a byte-order mark
 */
record TextCodec(String name, Charset charset, Bom bom) {

    enum Bom { NONE, UTF8_SIG, UTF16, UTF32 }

    /** Binary-to-binary and str-to-str codecs, which TextIOWrapper refuses. */
    private static final Set<String> NOT_TEXT = Set.of("hex", "hex-codec", "base64", "base-64", "base64-codec",
            "bz2", "bz2-codec", "zlib", "zip", "zlib-codec", "quopri", "quotedprintable", "quoted-printable",
            "quopri-codec", "uu", "uu-codec", "rot13", "rot-13");

    /** codecs.lookup(encoding) restricted to text encodings: LookupError for unknown and non-text codecs. */
    static TextCodec lookup(String encoding) {
        String norm = Codecs.normalize(encoding);
        if (NOT_TEXT.contains(norm)) {
            throw PyErr.format(ExceptionTypes.LOOKUP_ERROR,
                    "%s is not a text encoding; use codecs.open() to handle arbitrary codecs", PyStr.repr(encoding));
        }
        return switch (norm) {
            case "utf-8" -> new TextCodec("utf-8", StandardCharsets.UTF_8, Bom.NONE);
            case "utf-8-sig", "utf8-sig" -> new TextCodec("utf-8", StandardCharsets.UTF_8, Bom.UTF8_SIG);
            case "latin-1" -> new TextCodec("latin-1", StandardCharsets.ISO_8859_1, Bom.NONE);
            case "ascii" -> new TextCodec("ascii", StandardCharsets.US_ASCII, Bom.NONE);
            case "utf-16" -> new TextCodec("utf-16", StandardCharsets.UTF_16LE, Bom.UTF16);
            case "utf-16-le" -> new TextCodec("utf-16-le", StandardCharsets.UTF_16LE, Bom.NONE);
            case "utf-16-be" -> new TextCodec("utf-16-be", StandardCharsets.UTF_16BE, Bom.NONE);
            case "utf-32" -> new TextCodec("utf-32", Charset.forName("UTF-32LE"), Bom.UTF32);
            case "utf-32-le" -> new TextCodec("utf-32-le", Charset.forName("UTF-32LE"), Bom.NONE);
            case "utf-32-be" -> new TextCodec("utf-32-be", Charset.forName("UTF-32BE"), Bom.NONE);
            default -> {
                Charset cs;
                try {
                    cs = Charset.forName(norm.equals("cp1252") ? "windows-1252" : norm);
                } catch (RuntimeException e) {
                    throw PyErr.format(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: %s", encoding);
                }
                // CPython's single-byte code pages go through the charmap codec, which names itself in errors.
                boolean singleByte = cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1f;
                yield new TextCodec(singleByte ? "charmap" : norm, cs, Bom.NONE);
            }
        };
    }

    /** Whether the codec encodes every code point except lone surrogates (the UTF family). */
    boolean isUnicode() {
        String n = charset.name();
        return n.startsWith("UTF-");
    }
}
