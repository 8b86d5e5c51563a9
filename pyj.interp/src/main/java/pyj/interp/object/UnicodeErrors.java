// UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError: their arguments, fields and messages.
package pyj.interp.object;

import static pyj.interp.object.ExceptionFields.UNICODE_ENCODING;
import static pyj.interp.object.ExceptionFields.UNICODE_END;
import static pyj.interp.object.ExceptionFields.UNICODE_OBJECT;
import static pyj.interp.object.ExceptionFields.UNICODE_REASON;
import static pyj.interp.object.ExceptionFields.UNICODE_START;

/**
 * The message is computed from the fields each time, as CPython's is, so a codec error handler
 * that moves {@code start} or changes {@code reason} changes what the traceback says. The factories
 * are how codecs raise these errors with the fields filled in.
 */
public final class UnicodeErrors {
    private UnicodeErrors() {}

    private static final int WIDTH = ExceptionFields.UNICODE_LAYOUT.length;

    /** A UnicodeDecodeError for {@code data[start:end]}. */
    public static PyException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        return new PyException(ExceptionTypes.create(ExceptionTypes.UNICODE_DECODE_ERROR, PyTuple.of(PyStr.of(encoding),
                new PyBytes(data), PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    /** A UnicodeEncodeError for the code points {@code text[start:end]}. */
    public static PyException encodeError(String encoding, String text, int start, int end, String reason) {
        return new PyException(ExceptionTypes.create(ExceptionTypes.UNICODE_ENCODE_ERROR, PyTuple.of(PyStr.of(encoding),
                PyStr.of(text), PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    static void fillSlots(String name, PyType t) {
        boolean translate = name.equals("UnicodeTranslateError");
        boolean decode = name.equals("UnicodeDecodeError");
        t.init = (self, args, kw) -> init(name, (PyBaseException) self, args, kw, decode, translate);
        t.str = self -> str((PyBaseException) self, decode, translate);
    }

    /** Replaces the layout's plain start/end members with ones that insist on integers. */
    static void define(PyType t) {
        ExceptionFields.define(t, ExceptionFields.UNICODE_LAYOUT);
        for (int field : new int[] {UNICODE_START, UNICODE_END}) {
            MethodDef.getset(t, ExceptionFields.UNICODE_LAYOUT[field],
                    self -> ExceptionFields.get((PyBaseException) self, field), (self, v) -> {
                        if (!(v instanceof PyInt)) throw PyErr.typeError("an integer is required");
                        ((PyBaseException) self).setField(field, WIDTH, v);
                    });
        }
    }

    private static void init(String name, PyBaseException e, PyObject[] args, String[] kw, boolean decode,
            boolean translate) {
        if (kw != null && kw.length > 0) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", name);
        int expected = translate ? 4 : 5;
        if (args.length != expected) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "function takes exactly %d arguments (%d given)", expected,
                    args.length);
        }
        e.setArgs(PyTuple.of(args.clone()));
        int at = 0;
        if (!translate) e.setField(UNICODE_ENCODING, WIDTH, strArg(args[at++], 1));
        PyObject object = args[at++];
        if (decode) {
            object = new PyBytes(PyBytesLike.bytesOf(object));
        } else {
            strArg(object, at);
        }
        e.setField(UNICODE_OBJECT, WIDTH, object);
        e.setField(UNICODE_START, WIDTH, PyInt.of(ObjectProtocol.index(args[at++])));
        e.setField(UNICODE_END, WIDTH, PyInt.of(ObjectProtocol.index(args[at++])));
        e.setField(UNICODE_REASON, WIDTH, strArg(args[at], at + 1));
    }

    private static PyObject strArg(PyObject o, int position) {
        if (o instanceof PyStr) return o;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "argument %d must be str, not %s", position, o.type().name());
    }

    private static PyObject str(PyBaseException e, boolean decode, boolean translate) {
        PyObject object = e.field(UNICODE_OBJECT);
        if (object == null) return PyStr.EMPTY;
        long start = ObjectProtocol.index(ExceptionFields.get(e, UNICODE_START));
        long end = ObjectProtocol.index(ExceptionFields.get(e, UNICODE_END));
        String reason = ObjectProtocol.strString(ExceptionFields.get(e, UNICODE_REASON));
        String codec = translate ? "can't translate " : "'" + ObjectProtocol.strString(ExceptionFields.get(e, UNICODE_ENCODING))
                + "' codec can't " + (decode ? "decode " : "encode ");
        long length = ObjectProtocol.length(object);
        if (start < length && end == start + 1 && start >= 0) {
            String one = decode
                    ? String.format("byte 0x%02x", ((PyBytes) object).data[(int) start] & 0xff)
                    : "character '" + escape(((PyStr) object).codePointAt((int) start)) + "'";
            return PyStr.of(codec + one + " in position " + start + ": " + reason);
        }
        return PyStr.of(codec + (decode ? "bytes" : "characters") + " in position " + start + "-" + (end - 1) + ": "
                + reason);
    }

    private static String escape(int cp) {
        if (cp < 0x100) return String.format("\\x%02x", cp);
        if (cp < 0x10000) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }
}
