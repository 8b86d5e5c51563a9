// bytes' and bytearray's slots, constructors and method tables; the methods themselves live in one file per concern.
package pyj.interp.object;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

final class BytesMethods {
    private BytesMethods() {}

    private static final ArgParser DECODE = new ArgParser("decode", 0, "encoding", "errors");

    static void defineBytes(PyType t) {
        methods(t);
        MethodDef.noArgs(t, "__getnewargs__", self -> PyTuple.of(new PyBytes(((PyBytes) self).data.clone())));
        MethodDef.noArgs(t, "__bytes__",
                self -> BytesArgs.isExactBytes(self) ? self : new PyBytes(BytesArgs.data(self)));
    }

    static void defineByteArray(PyType t) {
        methods(t);
        ByteArrayMutation.define(t);
        MethodDef.attr(t, "__hash__", PySingleton.NONE);
        MethodDef.noArgs(t, "__reduce__", self -> reduce(self, 0));
        MethodDef.method(t, "__reduce_ex__", (self, args, kw) -> {
            BytesArgs.positional(self, "__reduce_ex__", args, kw, 0, 1);
            return reduce(self, args.length == 0 ? 0 : BytesArgs.ssize(args[0]));
        });
        MethodDef.oneArg(t, "__release_buffer__", (self, view) -> {
            if (!(view instanceof PyMemoryView m)) throw PyErr.typeError("expected a memoryview object");
            m.releaseFor(self);
            return PySingleton.NONE;
        });
    }

    private static void methods(PyType t) {
        MethodDef.method(t, "decode", (self, args, kw) -> {
            PyObject[] a = DECODE.parse(args, kw);
            return PyStr.of(Codecs.decode(BytesArgs.data(self), textArg("decode", "encoding", a[0], "utf-8"),
                    textArg("decode", "errors", a[1], "strict")));
        });
        MethodDef.oneArg(t, "__buffer__", (self, flags) -> PyMemoryView.export(self, BytesArgs.ssize(flags)));
        BytesSearch.define(t);
        BytesSplit.define(t);
        BytesCase.define(t);
        BytesPadding.define(t);
        BytesTranslate.define(t);
        BytesHex.define(t);
    }

    /** An optional str argument of an argument-clinic function. */
    private static String textArg(String fname, String name, PyObject o, String dflt) {
        if (o == null) return dflt;
        if (o instanceof PyStr s) return s.value();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() argument '%s' must be str, not %s", fname, name,
                BytesArgs.typeName(o));
    }

    /** Pickling: protocols before 3 cannot hold bytes, so they get a latin-1 str to encode back. */
    private static PyObject reduce(PyObject self, long proto) {
        byte[] d = BytesArgs.data(self);
        PyObject args;
        if (d.length == 0) args = PyTuple.of();
        else if (proto >= 3) args = PyTuple.of(new PyBytes(d));
        else args = PyTuple.of(PyStr.of(new String(d, StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"));
        PyDict state = self.dict();
        return PyTuple.of(self.type(), args, state == null || state.size() == 0 ? PySingleton.NONE : state.copy());
    }

    // ---- slots ----------------------------------------------------------------------------------

    private static void common(PyType t, String name, Class<? extends PyBytesLike> kind) {
        t.length = self -> ((PyBytesLike) self).size();
        t.contains = BytesSearch::contains;
        t.getitem = (self, key) -> getItem(self, key, name);
        t.iter = BytesIterator::new;
        t.mod = (a, b) -> kind.isInstance(a) ? BytesArgs.make(a, formatted(a, b)) : PySingleton.NOT_IMPLEMENTED;
        t.repeat = (self, n) -> BytesArgs.make(self, repeat(BytesArgs.data(self), n));
    }

    static void fillBytesSlots(PyType t) {
        common(t, "bytes", PyBytes.class);
        t.repr = self -> PyStr.of(PyBytesLike.repr(((PyBytes) self).data, 0, ((PyBytes) self).data.length));
        t.str = t.repr;
        t.hash = self -> ((PyBytes) self).hash();
        // bytes compares only with bytes; bytearray and memoryview answer the reflected comparison.
        t.richcompare = (a, b, op) -> b instanceof PyBytes y
                ? PyBool.of(op.test(Arrays.compareUnsigned(((PyBytes) a).data, y.data))) : PySingleton.NOT_IMPLEMENTED;
        t.concat = (a, b) -> {
            byte[] x = ((PyBytes) a).data;
            byte[] y = PyBytesLike.bytesOrNull(b);
            if (y == null) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't concat %s to bytes", b.type().name());
            if (y.length == 0 && BytesArgs.isExactBytes(a)) return a;
            if (x.length == 0 && BytesArgs.isExactBytes(b)) return b;
            return new PyBytes(concat(x, y));
        };
        Slots.Repeat plain = t.repeat;
        t.repeat = (self, n) -> n == 1 && BytesArgs.isExactBytes(self) ? self : plain.repeat(self, n);
        t.newFn = (type, args, kw) -> {
            PyObject r = newBytes(args, kw);
            return type == PyBytes.TYPE ? r : DerivedInstances.bytes(type, BytesArgs.data(r).clone());
        };
    }

    static void fillByteArraySlots(PyType t) {
        common(t, "bytearray", PyByteArray.class);
        t.repr = self -> PyStr.of(self.type().name() + "(" + byteArrayRepr(BytesArgs.data(self)) + ")");
        t.str = t.repr;
        t.hash = HeapSlots.UNHASHABLE;
        t.richcompare = (a, b, op) -> {
            byte[] y = PyBytesLike.bytesOrNull(b);
            if (y == null) return PySingleton.NOT_IMPLEMENTED;
            return PyBool.of(op.test(Arrays.compareUnsigned(BytesArgs.data(a), y)));
        };
        t.concat = (a, b) -> {
            byte[] y = PyBytesLike.bytesOrNull(b);
            if (y == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't concat %s to bytearray", b.type().name());
            }
            return new PyByteArray(concat(BytesArgs.data(a), y));
        };
        ByteArrayMutation.fillSlots(t);
        t.newFn = (type, args, kw) -> type == PyByteArray.TYPE ? new PyByteArray(new byte[0])
                : DerivedInstances.bytearray(type);
        t.init = (self, args, kw) -> {
            ((PyByteArray) self).setAll(construct(BYTEARRAY_ARGS.parse(args, kw), "bytearray"));
        };
    }

    /**
     * bytearray's own repr rules, which differ from bytes': it escapes single quotes even inside double quotes,
     * and prefers single quotes whenever the data holds a double quote.
     */
    private static String byteArrayRepr(byte[] d) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : d) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(d.length + 3).append('b').append(quote);
        for (byte b : d) {
            int c = b & 0xff;
            switch (c) {
                case '\'', '\\' -> sb.append('\\').append((char) c);
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < ' ' || c >= 0x7f) sb.append(String.format("\\x%02x", c));
                    else sb.append((char) c);
                }
            }
        }
        return sb.append(quote).toString();
    }

    private static byte[] concat(byte[] x, byte[] y) {
        if ((long) x.length + y.length > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
        byte[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    static byte[] repeat(byte[] d, long n) {
        if (n <= 0 || d.length == 0) return new byte[0];
        if (n > Long.MAX_VALUE / d.length) {
            throw PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "repeated bytes are too long");
        }
        if (d.length * n > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
        byte[] out = new byte[(int) (d.length * n)];
        for (int k = 0; k < n; k++) System.arraycopy(d, 0, out, k * d.length, d.length);
        return out;
    }

    private static byte[] formatted(PyObject fmt, PyObject args) {
        String text = new String(BytesArgs.data(fmt), StandardCharsets.ISO_8859_1);
        return PercentFormat.formatBytes(text, args).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static PyObject getItem(PyObject self, PyObject key, String name) {
        PyBytesLike b = (PyBytesLike) self;
        if (key instanceof PySlice sl) {
            byte[] d = BytesArgs.data(self);
            long[] r = sl.indices(d.length);
            if (r[2] == 1) return BytesArgs.slice(self, d, (int) r[0], (int) (r[0] + r[3]));
            byte[] out = new byte[(int) r[3]];
            for (int k = 0; k < r[3]; k++) out[k] = d[(int) (r[0] + k * r[2])];
            return BytesArgs.make(self, out);
        }
        if (!BytesArgs.isIndex(key)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s indices must be integers or slices, not %s",
                    name.equals("bytes") ? "byte" : name, key.type().name());
        }
        PyInt k = NumberProtocol.index(key);
        if (k.big != null) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        long i = k.value < 0 ? k.value + b.size() : k.value;
        if (i < 0 || i >= b.size()) {
            throw PyErr.indexError(name.equals("bytes") ? "index out of range" : "bytearray index out of range");
        }
        return PyInt.of(b.byteAt((int) i));
    }

    // ---- construction ---------------------------------------------------------------------------

    private static final ArgParser BYTES_ARGS = new ArgParser("bytes", 0, "source", "encoding", "errors");
    private static final ArgParser BYTEARRAY_ARGS = new ArgParser("bytearray", 0, "source", "encoding", "errors");

    /** bytes(): __bytes__ wins over everything but an encoding; bytearray() never consults it. */
    private static PyObject newBytes(PyObject[] args, String[] kw) {
        PyObject[] a = BYTES_ARGS.parse(args, kw);
        textArg("bytes", "encoding", a[1], null);
        textArg("bytes", "errors", a[2], null);
        if (a[0] != null && a[1] == null && a[2] == null && !(a[0] instanceof PyStr)) {
            PyObject hook = ObjectProtocol.lookupSpecial(a[0], PyStr.intern("__bytes__"));
            if (hook != null) {
                PyObject r = ObjectProtocol.call(hook);
                if (!(r instanceof PyBytes)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__bytes__ returned non-bytes (type %s)",
                            r.type().name());
                }
                return r;
            }
        }
        return new PyBytes(construct(a, "bytes"));
    }

    /**
     * The contents bytes(x) and bytearray(x) build from their (source, encoding, errors) arguments, after CPython's
     * bytes_new and bytearray___init__.
     */
    static byte[] construct(PyObject[] a, String name) {
        String encoding = textArg(name, "encoding", a[1], null);
        String errors = textArg(name, "errors", a[2], null);
        PyObject src = a[0];
        if (src instanceof PyStr s) {
            if (encoding == null) throw PyErr.typeError("string argument without an encoding");
            return Codecs.encode(s.value(), encoding, errors == null ? "strict" : errors);
        }
        if (encoding != null || errors != null) {
            throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (src == null) return new byte[0];
        if (BytesArgs.isIndex(src)) return zeros(src);
        if (src instanceof PyBytesLike b) return b.toArray();
        return fromIterable(src, name);
    }

    private static byte[] zeros(PyObject count) {
        PyInt n = NumberProtocol.index(count);
        if (n.big != null) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        if (n.value < 0) throw PyErr.valueError("negative count");
        if (n.value > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
        return new byte[(int) n.value];
    }

    private static byte[] fromIterable(PyObject src, String name) {
        PyObject it;
        try {
            it = ObjectProtocol.getIter(src);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.TYPE_ERROR)) throw e;
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot convert '%s' object to %s", src.type().name(), name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) {
            // bytes() words its range error in the plural, bytearray() in the singular.
            if (name.equals("bytes")) {
                PyInt v = NumberProtocol.index(x);
                if (v.big != null || v.value < 0 || v.value > 255) {
                    throw PyErr.valueError("bytes must be in range(0, 256)");
                }
                out.write((int) v.value);
            } else {
                out.write(BytesArgs.byteValue(x));
            }
        }
        return out.toByteArray();
    }

    /** The iterators over bytes (a snapshot) and bytearray (live: it sees later changes, as CPython's does). */
    static final class BytesIterator extends PyObject {
        static final PyType BYTES_ITER = iterType("bytes_iterator");
        static final PyType BYTEARRAY_ITER = iterType("bytearray_iterator");

        private static PyType iterType(String name) {
            PyType t = PyType.builtin(name, PyType.OBJECT, 0, ty -> MethodDef.noArgs(ty, "__length_hint__",
                    self -> PyInt.of(((BytesIterator) self).remaining())));
            t.iter = self -> self;
            t.next = self -> ((BytesIterator) self).next();
            t.getattro = ObjectProtocol.GENERIC_GETATTR;
            return t;
        }

        private final PyType type;
        private PyBytesLike seq;
        private int index;

        BytesIterator(PyObject seq) {
            this.seq = (PyBytesLike) seq;
            this.type = seq instanceof PyByteArray ? BYTEARRAY_ITER : BYTES_ITER;
        }

        @Override
        public PyType type() { return type; }

        private PyObject next() {
            if (seq != null && index < seq.size()) return PyInt.of(seq.byteAt(index++));
            seq = null;
            return null;
        }

        private int remaining() { return seq == null ? 0 : Math.max(0, seq.size() - index); }
    }
}
