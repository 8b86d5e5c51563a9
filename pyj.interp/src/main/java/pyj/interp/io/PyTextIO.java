// _io.TextIOWrapper: text over a buffered byte stream (open() in text mode, sys.stdin/stdout/stderr).
package pyj.interp.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import pyj.interp.object.Codecs;
import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyBytes;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * CPython's textio.c. Written text is encoded at once (so errors surface in write()) and the bytes
 * wait in a pending buffer until there are a chunk's worth, a newline under line buffering, or
 * any other operation; print() appends here without method lookups. Reading decodes a chunk at a
 * time; tell() returns CPython's opaque cookie (a byte position, plus the decoder state and the
 * characters to skip when it stopped inside a chunk's decoding), which seek() replays.
 *
 * <p>Character counts (read sizes, readline limits, chars_to_skip) are code points, while the Java
 * strings here index UTF-16 units; the two agree unless the text has astral characters.
 */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", IOBases.TEXT_IO_BASE, PyType.BASETYPE,
            PyTextIO::define);

    private static final ArgParser INIT = new ArgParser("TextIOWrapper", 1, "buffer", "encoding", "errors", "newline",
            "line_buffering", "write_through");
    private static final ArgParser RECONFIGURE = new ArgParser("reconfigure", 0, 0, 0, "encoding", "errors", "newline",
            "line_buffering", "write_through");
    private static final PyStr MODE = PyStr.intern("mode");
    private static final PyStr NAME = PyStr.intern("name");

    static {
        TYPE.newFn = (type, args, kw) -> new PyTextIO(type);
        TYPE.init = (self, args, kw) -> {
            IOBases.checkRequired("TextIOWrapper", args, kw, "buffer");
            ((PyTextIO) self).init(INIT.parse(args, kw));
        };
        TYPE.repr = self -> PyStr.of(((PyTextIO) self).repr());
        TYPE.next = self -> ((PyTextIO) self).iternext();
    }

    /** The state tell() reconstructs from: decoder flags and the input fed since (see readChunk). */
    private record Snapshot(int decFlags, byte[] nextInput) {}

    private final PyType type;
    private final PyDict dict = new PyDict();
    private boolean ok;
    private boolean detached;
    private PyObject buffer;
    /** buffer, when it is exactly one of the Buffered classes. */
    private PyBuffered fastBuffer;
    /** The FileIO at the bottom, for quick closed checks; exactly FileIO or null. */
    private PyFileIO fileRaw;
    private String encoding;
    private String errors;
    private TextEncoder encoder;
    private TextDecoder decoder;
    /** Universal-newline reading wraps the decoder in this (IncrementalNewlineDecoder). */
    private NewlineTranslator translator;
    private String readnl;
    private boolean readuniversal;
    private boolean readtranslate;
    private boolean writetranslate;
    private String writenl;
    private boolean lineBuffering;
    private boolean writeThrough;
    private boolean seekable;
    private boolean telling;
    private boolean hasRead1;
    private int chunkSize = 8192;
    private String decodedChars;
    private boolean decodedAstral;
    private int decodedCharsUsed;
    private Snapshot snapshot;
    private double b2cratio;
    private byte[] pending = new byte[256];
    private int pendingCount;

    private PyTextIO(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict dict() { return dict; }

    /** TextIOWrapper(buffer, encoding, errors, newline, line_buffering), as open() makes it. */
    static PyTextIO create(PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, boolean lineBuffering,
                           boolean writeThrough) {
        PyTextIO t = new PyTextIO(TYPE);
        t.init(new PyObject[] {buffer, encoding, errors, newline, PyBool.of(lineBuffering), PyBool.of(writeThrough)});
        return t;
    }

    /** print()'s fast path applies only to the class itself; a subclass may override write(). */
    public boolean isExact() { return type == TYPE; }

    // ---- construction ------------------------------------------------------------------------

    private static String optionalString(PyObject o, String fname, String arg) {
        if (o == null || o == PySingleton.NONE) return null;
        if (o instanceof PyStr s) return s.value();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() argument '%s' must be str or None, not %s", fname, arg,
                o.type().name());
    }

    private static void validateNewline(String nl) {
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR, "illegal newline value: %s", nl);
        }
    }

    private void init(PyObject[] a) {
        ok = false;
        detached = false;
        PyObject buf = a[0];
        String enc = optionalString(a[1], "TextIOWrapper", "encoding");
        String nl = optionalString(a[3], "TextIOWrapper", "newline");
        String errs = optionalString(a[2], "TextIOWrapper", "errors");
        boolean lb = a[4] != null && ObjectProtocol.isTrue(a[4]);
        boolean wt = a[5] != null && ObjectProtocol.isTrue(a[5]);
        if (errs == null) errs = "strict";
        validateNewline(nl);
        fileRaw = null;
        decodedCharsUsed = 0;
        pendingCount = 0;
        b2cratio = 0.0;
        LocaleEncoding locale = LocaleEncoding.current();
        if (enc == null && locale.utf8Mode()) enc = "utf-8";
        else if (enc == null || enc.equals("locale")) enc = locale.encoding();
        TextCodec codec = TextCodec.lookup(enc);
        encoding = enc;
        errors = errs;
        chunkSize = 8192;
        lineBuffering = lb;
        writeThrough = wt;
        setNewline(nl);
        buffer = buf;
        setDecoder(codec, errs);
        setEncoder(codec, errs);
        fastBuffer = buf instanceof PyBuffered b && b.isExact() ? b : null;
        if (fastBuffer != null && fastBuffer.raw() instanceof PyFileIO f && f.isExact()) fileRaw = f;
        else if (buf instanceof PyFileIO f && f.isExact()) fileRaw = f;
        seekable = telling = ObjectProtocol.isTrue(ObjectProtocol.callMethod(buf, "seekable"));
        hasRead1 = ObjectProtocol.lookupAttr(buf, PyStr.intern("read1")) != null;
        fixEncoderState(codec);
        decodedChars = null;
        snapshot = null;
        ok = true;
    }

    private void setNewline(String nl) {
        readnl = nl;
        readuniversal = nl == null || nl.isEmpty();
        readtranslate = nl == null;
        writetranslate = nl == null || !nl.isEmpty();
        writenl = !readuniversal && !nl.equals("\n") ? nl : null;
    }

    private void setDecoder(TextCodec codec, String errs) {
        if (ObjectProtocol.isTrue(ObjectProtocol.callMethod(buffer, "readable"))) {
            decoder = new TextDecoder(codec, errs);
            translator = readuniversal ? new NewlineTranslator(readtranslate) : null;
        } else {
            decoder = null;
            translator = null;
        }
    }

    private void setEncoder(TextCodec codec, String errs) {
        encoder = ObjectProtocol.isTrue(ObjectProtocol.callMethod(buffer, "writable")) ? new TextEncoder(codec, errs) : null;
    }

    /** No byte-order mark in the middle of a file (nor, as CPython's fast encoders behave, on a pipe). */
    private void fixEncoderState(TextCodec codec) {
        if (encoder == null) return;
        if (!seekable) {
            if (codec.bom() == Codecs.ByteOrderMark.UTF16 || codec.bom() == Codecs.ByteOrderMark.UTF32) encoder.skipSignature();
            return;
        }
        PyObject pos = ObjectProtocol.callMethod(buffer, "tell");
        if (!ObjectProtocol.richCompareBool(pos, PyInt.ZERO, pyj.interp.object.CompareOp.EQ)) encoder.skipSignature();
    }

    // ---- checks --------------------------------------------------------------------------------

    private void checkInitialized() {
        if (!ok) throw PyErr.valueError("I/O operation on uninitialized object");
    }

    private void checkAttached() {
        checkInitialized();
        if (detached) throw PyErr.valueError("underlying buffer has been detached");
    }

    private void checkClosed() {
        if (type == TYPE) {
            boolean closed = fileRaw != null ? fileRaw.isClosed() : ObjectProtocol.isTrue(closedAttr());
            if (closed) throw IOBases.closedFile();
        } else {
            IOBases.checkClosed(this);
        }
    }

    private PyObject closedAttr() {
        checkAttached();
        return ObjectProtocol.getAttr(buffer, "closed");
    }

    public boolean isClosed() {
        if (!ok || detached) return false;
        return fileRaw != null ? fileRaw.isClosed() : ObjectProtocol.isTrue(closedAttr());
    }

    // ---- writing -------------------------------------------------------------------------------

    /** write(s): encodes now; the bytes reach the buffer at a chunk's worth, a flush, or a line end when line buffered. */
    public void write(String s) {
        checkAttached();
        checkClosed();
        if (encoder == null) throw OsErrors.unsupported("not writable");
        boolean haslf = false;
        if ((writetranslate && writenl != null) || lineBuffering) haslf = s.indexOf('\n') >= 0;
        if (haslf && writetranslate && writenl != null) s = s.replace("\n", writenl);
        boolean needflush = lineBuffering && (haslf || s.indexOf('\r') >= 0);
        byte[] b = encoder.encode(s);
        if (pendingCount + b.length > chunkSize) writeflush();
        if (pendingCount + b.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingCount + b.length));
        }
        System.arraycopy(b, 0, pending, pendingCount, b.length);
        pendingCount += b.length;
        if (pendingCount >= chunkSize || needflush || writeThrough) writeflush();
        if (needflush) bufferFlush();
        setDecodedChars(null);
        snapshot = null;
        if (decoder != null) decoderReset();
    }

    /** Hands the pending bytes to the buffer (without flushing the buffer itself). */
    private void writeflush() {
        if (pendingCount == 0) return;
        int n = pendingCount;
        pendingCount = 0;
        if (fastBuffer != null) {
            fastBuffer.write(pending, 0, n);
        } else if (buffer instanceof PyFileIO f && f.isExact()) {
            f.write(pending, 0, n);
        } else {
            ObjectProtocol.callMethod(buffer, "write", new PyBytes(Arrays.copyOf(pending, n)));
        }
    }

    private void bufferFlush() {
        if (fastBuffer != null && fastBuffer.isWriter()) fastBuffer.flush();
        else ObjectProtocol.callMethod(buffer, "flush");
    }

    public void flush() {
        checkAttached();
        checkClosed();
        telling = seekable;
        writeflush();
        bufferFlush();
    }

    /** -u: every write goes through to the buffer at once. */
    public void setWriteThrough(boolean on) { writeThrough = on; }

    // ---- decoding ------------------------------------------------------------------------------

    private String decoderDecode(byte[] input, int off, int len, boolean fin) {
        String s = decoder.decode(input, off, len, fin);
        return translator != null ? translator.process(s, fin) : s;
    }

    private String decoderDecode(byte[] input, boolean fin) { return decoderDecode(input, 0, input.length, fin); }

    private byte[] decoderBuffered() { return decoder.pending(); }

    private int decoderFlags() {
        int flags = decoder.flags();
        if (translator != null) flags = flags << 1 | (translator.pendingCR ? 1 : 0);
        return flags;
    }

    private void decoderSetState(byte[] buffered, int flags) {
        if (translator != null) {
            translator.pendingCR = (flags & 1) != 0;
            flags >>= 1;
        }
        decoder.setState(buffered, flags);
    }

    private void decoderReset() {
        decoder.reset();
        if (translator != null) translator.reset();
    }

    private void setDecodedChars(String chars) {
        decodedChars = chars;
        decodedCharsUsed = 0;
        decodedAstral = chars != null && hasSurrogates(chars);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    private static int codePoints(String s, int from, int to, boolean astral) {
        return astral ? s.codePointCount(from, to) : to - from;
    }

    /** The index {@code n} code points after {@code from}, at most the end of {@code s}. */
    private static int advance(String s, int from, long n, boolean astral) {
        if (!astral) return (int) Math.min(s.length(), from + n);
        int i = from;
        for (long k = 0; k < n && i < s.length(); k++) i += Character.charCount(s.codePointAt(i));
        return i;
    }

    /** Takes up to {@code n} code points (all when n is negative) of the decoded text. */
    private String getDecodedChars(long n) {
        if (decodedChars == null) return "";
        int start = decodedCharsUsed;
        int end = n < 0 ? decodedChars.length() : advance(decodedChars, start, n, decodedAstral);
        decodedCharsUsed = end;
        return decodedChars.substring(start, end);
    }

    /** Reads and decodes the next chunk into decodedChars: false at end of file. */
    private boolean readChunk(long sizeHint) {
        if (decoder == null) throw OsErrors.unsupported("not readable");
        byte[] decBuffer = null;
        int decFlags = 0;
        if (telling) {
            decBuffer = decoderBuffered();
            decFlags = decoderFlags();
        }
        if (sizeHint > 0) sizeHint = (long) (Math.max(b2cratio, 1.0) * sizeHint);
        long size = Math.max(chunkSize, sizeHint);
        byte[] input = readInput(size);
        int nbytes = input.length;
        boolean eof = nbytes == 0;
        String decoded = decoderDecode(input, eof);
        setDecodedChars(decoded);
        int nchars = codePoints(decoded, 0, decoded.length(), decodedAstral);
        b2cratio = nchars > 0 ? (double) nbytes / nchars : 0.0;
        if (nchars > 0) eof = false;
        if (telling) {
            byte[] next = Arrays.copyOf(decBuffer, decBuffer.length + nbytes);
            System.arraycopy(input, 0, next, decBuffer.length, nbytes);
            snapshot = new Snapshot(decFlags, next);
        }
        return !eof;
    }

    private byte[] readInput(long size) {
        if (fastBuffer != null && fastBuffer.isReader()) return ((PyBytes) fastBuffer.read1(size)).data();
        String method = hasRead1 ? "read1" : "read";
        PyObject chunk = ObjectProtocol.callMethod(buffer, method, PyInt.of(size));
        if (!(chunk instanceof PyBytesLike b)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "underlying %s() should have returned a bytes-like object, not '%s'", method, chunk.type().name());
        }
        return chunk instanceof PyBytes pb ? pb.data() : b.toArray();
    }

    // ---- reading -------------------------------------------------------------------------------

    /** read(n): n code points, or everything when n is negative. */
    public String read(long n) {
        checkAttached();
        checkClosed();
        if (decoder == null) throw OsErrors.unsupported("not readable");
        writeflush();
        if (n < 0) {
            PyObject bytes = fastBuffer != null && fastBuffer.isReader() ? fastBuffer.read(-1)
                    : ObjectProtocol.callMethod(buffer, "read");
            if (!(bytes instanceof PyBytesLike b)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "underlying read() should have returned a bytes object, not '%s'", bytes.type().name());
            }
            String decoded = decoderDecode(b instanceof PyBytes pb ? pb.data() : b.toArray(), true);
            String result = getDecodedChars(-1) + decoded;
            snapshot = null;
            return result;
        }
        StringBuilder sb = null;
        String result = getDecodedChars(n);
        long remaining = n - codePoints(result, 0, result.length(), decodedAstral);
        while (remaining > 0) {
            if (!readChunk(remaining)) break;
            if (sb == null) sb = new StringBuilder(result);
            result = getDecodedChars(remaining);
            sb.append(result);
            remaining -= codePoints(result, 0, result.length(), decodedAstral);
        }
        return sb != null ? sb.toString() : result;
    }

    /** Where the first line ending at or after {@code start} ends, or -1 with consumed[0] set. */
    private int findLineEnding(String s, int start, int[] consumed) {
        int len = s.length();
        if (readtranslate) {
            int i = s.indexOf('\n', start);
            if (i >= 0) return i + 1;
            consumed[0] = len;
            return -1;
        }
        if (readuniversal) {
            for (int i = start; i < len; i++) {
                char c = s.charAt(i);
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < len && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            consumed[0] = len;
            return -1;
        }
        int i = s.indexOf(readnl, start);
        if (i >= 0) return i + readnl.length();
        // A "\r" at the very end may start the "\r\n" the next chunk completes.
        consumed[0] = readnl.length() > 1 && len > start && s.charAt(len - 1) == readnl.charAt(0) ? len - 1 : len;
        return -1;
    }

    /** readline(limit): through the next line ending, at most {@code limit} code points when limit is not negative. */
    public String readLine(long limit) {
        checkAttached();
        checkClosed();
        writeflush();
        long chunked = 0;
        String line = null;
        String remaining = null;
        List<String> chunks = null;
        int start = 0;
        int endpos = 0;
        int offsetToBuffer = 0;
        int[] consumed = new int[1];
        for (;;) {
            boolean more = true;
            while (decodedChars == null || decodedChars.isEmpty()) {
                more = readChunk(0);
                if (!more) break;
            }
            if (!more) {
                setDecodedChars(null);
                snapshot = null;
                start = endpos = offsetToBuffer = 0;
                break;
            }
            if (remaining == null) {
                line = decodedChars;
                start = decodedCharsUsed;
                offsetToBuffer = 0;
            } else {
                line = remaining + decodedChars;
                start = 0;
                offsetToBuffer = remaining.length();
                remaining = null;
            }
            boolean astral = decodedAstral || hasSurrogates(line);
            consumed[0] = 0;
            endpos = findLineEnding(line, start, consumed);
            if (endpos >= 0) {
                if (limit >= 0 && codePoints(line, start, endpos, astral) + chunked >= limit) {
                    endpos = advance(line, start, limit - chunked, astral);
                }
                break;
            }
            endpos = consumed[0];
            if (limit >= 0 && codePoints(line, start, endpos, astral) + chunked >= limit) {
                endpos = advance(line, start, limit - chunked, astral);
                break;
            }
            if (endpos > start) {
                if (chunks == null) chunks = new ArrayList<>();
                String s = line.substring(start, endpos);
                chunks.add(s);
                chunked += codePoints(s, 0, s.length(), astral);
            }
            if (endpos < line.length()) remaining = line.substring(endpos);
            line = null;
            setDecodedChars(null);
        }
        if (line != null) {
            decodedCharsUsed = endpos - offsetToBuffer;
            if (start > 0 || endpos < line.length()) line = line.substring(start, endpos);
        }
        if (remaining != null) {
            if (chunks == null) chunks = new ArrayList<>();
            chunks.add(remaining);
        }
        if (chunks != null) {
            StringBuilder sb = new StringBuilder();
            for (String c : chunks) sb.append(c);
            if (line != null) sb.append(line);
            line = sb.toString();
        }
        return line == null ? "" : line;
    }

    private PyObject iternext() {
        checkAttached();
        telling = false;
        String line;
        if (type == TYPE) {
            line = readLine(-1);
        } else {
            PyObject r = ObjectProtocol.callMethod(this, "readline");
            if (!(r instanceof PyStr s)) {
                throw PyErr.format(ExceptionTypes.OS_ERROR, "readline() should have returned a str object, not '%s'",
                        r.type().name());
            }
            if (s.value().isEmpty()) {
                snapshot = null;
                telling = seekable;
                return null;
            }
            return r;
        }
        if (line.isEmpty()) {
            snapshot = null;
            telling = seekable;
            return null;
        }
        return PyStr.of(line);
    }

    // ---- positioning ---------------------------------------------------------------------------

    /** The fields of a tell() cookie, packed little-endian as CPython's cookie_type struct. */
    private record Cookie(long startPos, int decFlags, int bytesToFeed, int charsToSkip, boolean needEof) {
        PyObject toInt() {
            if (decFlags == 0 && bytesToFeed == 0 && charsToSkip == 0 && !needEof && startPos >= 0) {
                return PyInt.of(startPos);
            }
            BigInteger v = new BigInteger(Long.toUnsignedString(startPos))
                    .or(BigInteger.valueOf(Integer.toUnsignedLong(decFlags)).shiftLeft(64))
                    .or(BigInteger.valueOf(Integer.toUnsignedLong(bytesToFeed)).shiftLeft(96))
                    .or(BigInteger.valueOf(Integer.toUnsignedLong(charsToSkip)).shiftLeft(128))
                    .or(BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(160));
            return PyInt.of(v);
        }

        static Cookie parse(PyObject o) {
            BigInteger v;
            if (o instanceof PyInt i) v = i.bigValue();
            else if (o instanceof PyFloat f) v = new java.math.BigDecimal(f.value).toBigInteger();
            else v = BigInteger.valueOf(ObjectProtocol.index(o));
            if (v.signum() < 0) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "can't convert negative int to unsigned");
            if (v.bitLength() > 168) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "int too big to convert");
            BigInteger mask32 = BigInteger.valueOf(0xFFFFFFFFL);
            return new Cookie(v.longValue(), v.shiftRight(64).and(mask32).intValue(),
                    v.shiftRight(96).and(mask32).intValue(), v.shiftRight(128).and(mask32).intValue(),
                    v.shiftRight(160).and(BigInteger.valueOf(0xFF)).signum() != 0);
        }
    }

    /** Puts the decoder in its state at a cookie's start point (reset() at the very start of the stream). */
    private void decoderSetStateFor(long startPos, int decFlags) {
        if (startPos == 0 && decFlags == 0) decoderReset();
        else decoderSetState(new byte[0], decFlags);
    }

    private void encoderSetStateFor(long startPos, int decFlags) {
        if (startPos == 0 && decFlags == 0) encoder.reset();
        else encoder.skipSignature();
    }

    private int decodedLength(byte[] input, int off, int len, boolean fin) {
        String s = decoderDecode(input, off, len, fin);
        return s.codePointCount(0, s.length());
    }

    PyObject tell() {
        checkAttached();
        checkClosed();
        if (!seekable) throw OsErrors.unsupported("underlying stream is not seekable");
        if (!telling) throw PyErr.newException(ExceptionTypes.OS_ERROR, "telling position disabled by next() call");
        writeflush();
        if (type == TYPE) flush();
        else ObjectProtocol.callMethod(this, "flush");
        PyObject posobj = ObjectProtocol.callMethod(buffer, "tell");
        if (decoder == null || snapshot == null) return posobj;
        long startPos = ObjectProtocol.index(posobj);
        int decFlags = snapshot.decFlags();
        byte[] nextInput = snapshot.nextInput();
        startPos -= nextInput.length;
        if (decodedCharsUsed == 0) return new Cookie(startPos, decFlags, 0, 0, false).toInt();
        long charsToSkip = codePoints(decodedChars, 0, decodedCharsUsed, decodedAstral);
        byte[] savedBuffer = decoderBuffered();
        int savedFlags = decoderFlags();
        int bytesToFeed = 0;
        boolean needEof = false;
        try {
            int skipBytes = (int) (b2cratio * charsToSkip);
            int skipBack = 1;
            while (skipBytes > 0) {
                decoderSetStateFor(startPos, decFlags);
                int n = decodedLength(nextInput, 0, Math.min(skipBytes, nextInput.length), false);
                if (n <= charsToSkip) {
                    byte[] buffered = decoderBuffered();
                    if (buffered.length == 0) {
                        decFlags = decoderFlags();
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= buffered.length;
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoderSetStateFor(startPos, decFlags);
            }
            startPos += skipBytes;
            if (charsToSkip != 0) {
                long charsDecoded = 0;
                int i = skipBytes;
                for (; i < nextInput.length; i++) {
                    charsDecoded += decodedLength(nextInput, i, 1, false);
                    bytesToFeed++;
                    if (decoderBuffered().length == 0 && charsDecoded <= charsToSkip) {
                        startPos += bytesToFeed;
                        charsToSkip -= charsDecoded;
                        decFlags = decoderFlags();
                        bytesToFeed = 0;
                        charsDecoded = 0;
                    }
                    if (charsDecoded >= charsToSkip) break;
                }
                if (i == nextInput.length) {
                    charsDecoded += decodedLength(new byte[0], 0, 0, true);
                    needEof = true;
                    if (charsDecoded < charsToSkip) {
                        throw PyErr.newException(ExceptionTypes.OS_ERROR, "can't reconstruct logical file position");
                    }
                }
            }
        } finally {
            decoderSetState(savedBuffer, savedFlags);
        }
        return new Cookie(startPos, decFlags, bytesToFeed, (int) charsToSkip, needEof).toInt();
    }

    PyObject seek(PyObject cookieObj, int whence) {
        checkAttached();
        checkClosed();
        if (!seekable) throw OsErrors.unsupported("underlying stream is not seekable");
        switch (whence) {
            case 1 -> {
                if (!ObjectProtocol.richCompareBool(cookieObj, PyInt.ZERO, pyj.interp.object.CompareOp.EQ)) {
                    throw OsErrors.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieObj = type == TYPE ? tell() : ObjectProtocol.callMethod(this, "tell");
            }
            case 2 -> {
                if (!ObjectProtocol.richCompareBool(cookieObj, PyInt.ZERO, pyj.interp.object.CompareOp.EQ)) {
                    throw OsErrors.unsupported("can't do nonzero end-relative seeks");
                }
                callFlush();
                setDecodedChars(null);
                snapshot = null;
                if (decoder != null) decoderReset();
                PyObject res = ObjectProtocol.callMethod(buffer, "seek", PyInt.ZERO, PyInt.of(2));
                if (encoder != null) {
                    if (ObjectProtocol.richCompareBool(res, PyInt.ZERO, pyj.interp.object.CompareOp.EQ)) encoder.reset();
                    else encoder.skipSignature();
                }
                return res;
            }
            case 0 -> { }
            default -> throw PyErr.format(ExceptionTypes.VALUE_ERROR, "invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (ObjectProtocol.richCompareBool(cookieObj, PyInt.ZERO, pyj.interp.object.CompareOp.LT)) {
            throw PyErr.format(ExceptionTypes.VALUE_ERROR, "negative seek position %s", ObjectProtocol.reprString(cookieObj));
        }
        callFlush();
        Cookie cookie = Cookie.parse(cookieObj);
        ObjectProtocol.callMethod(buffer, "seek", PyInt.of(cookie.startPos()));
        setDecodedChars(null);
        snapshot = null;
        if (decoder != null) decoderSetStateFor(cookie.startPos(), cookie.decFlags());
        if (cookie.charsToSkip() != 0) {
            PyObject chunk = ObjectProtocol.callMethod(buffer, "read", PyInt.of(cookie.bytesToFeed()));
            if (!(chunk instanceof PyBytes input)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "underlying read() should have returned a bytes object, not '%s'", chunk.type().name());
            }
            snapshot = new Snapshot(cookie.decFlags(), input.data());
            setDecodedChars(decoderDecode(input.data(), cookie.needEof()));
            if (codePoints(decodedChars, 0, decodedChars.length(), decodedAstral) < cookie.charsToSkip()) {
                throw PyErr.newException(ExceptionTypes.OS_ERROR, "can't restore logical file position");
            }
            decodedCharsUsed = advance(decodedChars, 0, cookie.charsToSkip(), decodedAstral);
        } else {
            snapshot = new Snapshot(cookie.decFlags(), new byte[0]);
        }
        if (encoder != null) encoderSetStateFor(cookie.startPos(), cookie.decFlags());
        return cookieObj;
    }

    private void callFlush() {
        if (type == TYPE) flush();
        else ObjectProtocol.callMethod(this, "flush");
    }

    // ---- closing and the rest ------------------------------------------------------------------

    public void close() {
        checkAttached();
        if (ObjectProtocol.isTrue(closedAttr())) return;
        PyException failure = null;
        try {
            callFlush();
        } catch (PyException e) {
            failure = e;
        }
        try {
            ObjectProtocol.callMethod(buffer, "close");
        } catch (PyException e) {
            failure = IOBases.chain(failure, e);
        }
        if (failure != null) throw failure;
    }

    private PyObject detach() {
        checkAttached();
        callFlush();
        PyObject b = buffer;
        buffer = null;
        fastBuffer = null;
        fileRaw = null;
        detached = true;
        return b;
    }

    private PyObject reconfigure(PyObject[] a) {
        checkAttached();
        PyObject encObj = a[0] == null ? PySingleton.NONE : a[0];
        PyObject errObj = a[1] == null ? PySingleton.NONE : a[1];
        String enc = optionalString(encObj, "reconfigure", "encoding");
        String errs = optionalString(errObj, "reconfigure", "errors");
        boolean newlineGiven = a[2] != null;
        String nl = newlineGiven ? optionalString(a[2], "reconfigure", "newline") : null;
        if (decodedChars != null && (enc != null || errs != null || newlineGiven)) {
            throw OsErrors.unsupported(
                    "It is not possible to set the encoding or newline of stream after the first read");
        }
        if (newlineGiven) validateNewline(nl);
        boolean lb = a[3] == null || a[3] == PySingleton.NONE ? lineBuffering : ObjectProtocol.isTrue(a[3]);
        boolean wt = a[4] == null || a[4] == PySingleton.NONE ? writeThrough : ObjectProtocol.isTrue(a[4]);
        callFlush();
        b2cratio = 0;
        if (newlineGiven) setNewline(nl);
        if (enc != null || errs != null || newlineGiven) {
            if (enc == null) {
                enc = encoding;
                if (errs == null) errs = errors;
            } else {
                if (enc.equals("locale")) enc = LocaleEncoding.current().encoding();
                if (errs == null) errs = "strict";
            }
            TextCodec codec = TextCodec.lookup(enc);
            setDecoder(codec, errs);
            setEncoder(codec, errs);
            encoding = enc;
            errors = errs;
            fixEncoderState(codec);
        }
        lineBuffering = lb;
        writeThrough = wt;
        return PySingleton.NONE;
    }

    private String repr() {
        checkInitialized();
        String tn = this.type().name();
        if (!ObjectProtocol.reprEnter(this)) {
            throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "reentrant call inside %s.__repr__", tn);
        }
        try {
            StringBuilder sb = new StringBuilder("<").append(tn);
            PyObject name;
            try {
                name = ObjectProtocol.lookupAttr(this, NAME);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.VALUE_ERROR)) throw e;
                name = null;
            }
            if (name != null) sb.append(" name=").append(ObjectProtocol.reprString(name));
            PyObject mode = ObjectProtocol.lookupAttr(this, MODE);
            if (mode != null) sb.append(" mode=").append(ObjectProtocol.reprString(mode));
            return sb.append(" encoding=").append(PyStr.repr(encoding)).append('>').toString();
        } finally {
            ObjectProtocol.reprLeave(this);
        }
    }

    // ---- the Python methods --------------------------------------------------------------------

    private static PyTextIO t(PyObject o) { return (PyTextIO) o; }

    private PyObject forward(String method) {
        checkAttached();
        return ObjectProtocol.callMethod(buffer, method);
    }

    private static void define(PyType t) {
        MethodDef.oneArg(t, "write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "write() argument must be str, not %s", s.type().name());
            }
            t(self).write(str.value());
            return PyInt.of(str.length());
        });
        MethodDef.method(t, "read", (self, args, kw) ->
                PyStr.of(t(self).read(IOBases.optionalSize(IOBases.optionalArg("read", args, kw)))));
        MethodDef.method(t, "readline", (self, args, kw) -> {
            PyObject a = IOBases.optionalArg("readline", args, kw);
            return PyStr.of(t(self).readLine(a == null ? -1 : IOBases.size(a)));
        });
        MethodDef.noArgs(t, "flush", self -> {
            t(self).flush();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "close", self -> {
            t(self).close();
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "detach", self -> t(self).detach());
        MethodDef.noArgs(t, "tell", self -> t(self).tell());
        MethodDef.method(t, "seek", (self, args, kw) -> {
            ArgParser.checkPositional("seek", args, kw, 1, 2);
            int whence = args.length > 1 ? (int) ObjectProtocol.index(args[1]) : 0;
            return t(self).seek(args[0], whence);
        });
        MethodDef.method(t, "truncate", (self, args, kw) -> {
            PyObject pos = IOBases.optionalArg("truncate", args, kw);
            PyTextIO io = t(self);
            io.checkAttached();
            io.callFlush();
            return ObjectProtocol.callMethod(io.buffer, "truncate", pos == null ? PySingleton.NONE : pos);
        });
        MethodDef.method(t, "reconfigure", (self, args, kw) -> {
            if (args.length > (kw == null ? 0 : kw.length)) {
                throw PyErr.typeError("reconfigure() takes no positional arguments");
            }
            return t(self).reconfigure(RECONFIGURE.parse(args, kw));
        });
        MethodDef.noArgs(t, "seekable", self -> t(self).forward("seekable"));
        MethodDef.noArgs(t, "readable", self -> t(self).forward("readable"));
        MethodDef.noArgs(t, "writable", self -> t(self).forward("writable"));
        MethodDef.noArgs(t, "isatty", self -> t(self).forward("isatty"));
        MethodDef.noArgs(t, "fileno", self -> t(self).forward("fileno"));
        MethodDef.getter(t, "closed", self -> t(self).closedAttr());
        MethodDef.getter(t, "name", self -> {
            t(self).checkAttached();
            return ObjectProtocol.getAttr(t(self).buffer, NAME);
        });
        MethodDef.getter(t, "buffer", self -> t(self).buffer == null ? PySingleton.NONE : t(self).buffer);
        MethodDef.getter(t, "encoding", self -> {
            t(self).checkInitialized();
            return PyStr.of(t(self).encoding);
        });
        MethodDef.getter(t, "errors", self -> {
            t(self).checkInitialized();
            return PyStr.of(t(self).errors);
        });
        MethodDef.getter(t, "line_buffering", self -> {
            t(self).checkInitialized();
            return PyBool.of(t(self).lineBuffering);
        });
        MethodDef.getter(t, "write_through", self -> {
            t(self).checkInitialized();
            return PyBool.of(t(self).writeThrough);
        });
        MethodDef.getter(t, "newlines", self -> {
            PyTextIO io = t(self);
            io.checkAttached();
            return io.translator == null ? PySingleton.NONE : io.translator.newlines();
        });
        MethodDef.getset(t, "_CHUNK_SIZE", self -> {
            t(self).checkAttached();
            return PyInt.of(t(self).chunkSize);
        }, (self, v) -> {
            t(self).checkAttached();
            if (v == null) throw PyErr.newException(ExceptionTypes.ATTRIBUTE_ERROR, "cannot delete attribute");
            long n = ObjectProtocol.index(v);
            if (n <= 0) throw PyErr.valueError("a strictly positive integer is required");
            t(self).chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
        });
    }
}
