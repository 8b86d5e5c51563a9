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
 * @param bom     the codec's byte-order mark (from the codec table in {@link Codecs})
 */
record TextCodec(String name, Charset charset, Codecs.ByteOrderMark bom) {

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
        Codecs.ByteOrderMark bom = Codecs.byteOrderMark(norm);
        Charset cs = Codecs.charset(norm, encoding);
        // CPython's single-byte code pages go through the charmap codec, which names itself in errors;
        // utf-8-sig reports itself as utf-8.
        boolean builtin = cs == StandardCharsets.UTF_8 || cs == StandardCharsets.ISO_8859_1
                || cs == StandardCharsets.US_ASCII || cs.name().startsWith("UTF-");
        boolean singleByte = !builtin && cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1f;
        String name = bom == Codecs.ByteOrderMark.UTF8_SIG ? "utf-8" : singleByte ? "charmap" : norm;
        return new TextCodec(name, cs, bom);
    }

    /** Whether the codec encodes every code point except lone surrogates (the UTF family). */
    boolean isUnicode() {
        String n = charset.name();
        return n.startsWith("UTF-");
    }
}
