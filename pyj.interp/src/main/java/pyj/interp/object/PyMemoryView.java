// Python memoryview: a one-dimensional window of byte-sized items onto a bytes or bytearray object's storage.
package pyj.interp.object;

import java.util.Arrays;

/**
 * A view of {@code length} items, {@code step} bytes apart from {@code start}, of a bytes or bytearray
 * object. Views of views share the original object, so writes reach the bytearray whatever the chain.
 * Formats are the byte-sized ones: 'B' (the default), 'b' and 'c', optionally prefixed with '@'.
 *
 * <p>Unlike CPython, a live view does not stop its bytearray from resizing (pyj cannot tell when an
 * unreleased view becomes garbage); accesses beyond a shrunken bytearray raise BufferError instead.
 */
public final class PyMemoryView extends PyBytesLike {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, 0, PyMemoryView::define);

    static {
        fillSlots(TYPE);
    }

    private static final ArgParser NEW = new ArgParser("memoryview", 0, "object");
    private static final ArgParser CAST = new ArgParser("cast", 0, "format", "shape");
    private static final ArgParser TOBYTES = new ArgParser("tobytes", 0, "order");
    /** PyBUF_WRITABLE and the bit every strided request (PyBUF_STRIDES and up) carries. */
    private static final long WRITABLE = 0x1;
    private static final long STRIDES = 0x10;

    private final PyBytesLike base;
    private final PyObject obj;
    private final int start;
    private final int length;
    private final int step;
    private final String format;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(PyBytesLike base, PyObject obj, int start, int length, int step, String format,
                         boolean readonly) {
        this.base = base;
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
        this.format = format;
        this.readonly = readonly;
    }

    /** memoryview(x) for a bytes-like x. */
    public static PyMemoryView of(PyObject x) {
        if (x instanceof PyMemoryView m) return m.derive(m.obj, m.start, m.length, m.step, m.format, m.readonly);
        if (x instanceof PyBytes b) return new PyMemoryView(b, b, 0, b.size(), 1, "B", true);
        if (x instanceof PyByteArray b) return new PyMemoryView(b, b, 0, b.size(), 1, "B", false);
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "memoryview: a bytes-like object is required, not '%s'",
                x.type().name());
    }

    /** __buffer__(flags) of bytes, bytearray and memoryview: a new view of the object, if it can serve the flags. */
    static PyMemoryView export(PyObject exporter, long flags) {
        if (exporter instanceof PyMemoryView m) return m.exportView(flags);
        if (exporter instanceof PyBytes && (flags & WRITABLE) != 0) {
            throw PyErr.newException(ExceptionTypes.BUFFER_ERROR, "Object is not writable.");
        }
        return of(exporter);
    }

    private PyMemoryView exportView(long flags) {
        checkReleased();
        if ((flags & WRITABLE) != 0 && readonly) {
            throw PyErr.newException(ExceptionTypes.BUFFER_ERROR, "memoryview: underlying buffer is not writable");
        }
        if ((flags & STRIDES) == 0 && !isContiguous()) throw notContiguous();
        return derive(this, start, length, step, format, readonly);
    }

    private PyMemoryView derive(PyObject owner, int from, int n, int stride, String fmt, boolean ro) {
        checkReleased();
        return new PyMemoryView(base, owner, from, n, stride, fmt, ro);
    }

    @Override
    public PyType type() { return TYPE; }

    boolean isReleased() { return released; }

    /** CPython's MV_CONTIGUOUS_NDIM1: one item, or items side by side. */
    boolean isContiguous() { return length == 1 || step == 1; }

    private void checkReleased() {
        if (released) throw PyErr.valueError("operation forbidden on released memoryview object");
    }

    private static PyException notContiguous() {
        return PyErr.newException(ExceptionTypes.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
    }

    // ---- the bytes ------------------------------------------------------------------------------

    /** The storage byte of item i; the bytearray's array is fetched afresh because growing replaces it. */
    private int position(int i) {
        int pos = start + i * step;
        int limit = base instanceof PyByteArray ba ? ba.size : base.size();
        if (pos >= limit) {
            throw PyErr.newException(ExceptionTypes.BUFFER_ERROR, "memoryview: underlying bytearray was resized");
        }
        return pos;
    }

    private byte[] storage() { return base instanceof PyBytes b ? b.data : ((PyByteArray) base).data; }

    private byte raw(int i) { return storage()[position(i)]; }

    @Override
    public byte[] toArray() {
        checkReleased();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) out[i] = raw(i);
        return out;
    }

    /** The bytes for a PyBUF_SIMPLE request, which a strided view cannot serve. */
    byte[] contiguousBytes() {
        checkReleased();
        if (!isContiguous()) throw notContiguous();
        return toArray();
    }

    @Override
    public int size() {
        checkReleased();
        return length;
    }

    @Override
    public int byteAt(int i) {
        checkReleased();
        return raw(i) & 0xff;
    }

    private char code() { return format.charAt(format.length() - 1); }

    /** An item as Python sees it: an int for 'B' and 'b', a length-1 bytes for 'c'. */
    private PyObject item(int i) {
        byte b = raw(i);
        return switch (code()) {
            case 'b' -> PyInt.of(b);
            case 'c' -> new PyBytes(new byte[] {b});
            default -> PyInt.of(b & 0xff);
        };
    }

    /** Packs a Python value as an item of this view's format, with CPython's pack_single errors. */
    private byte pack(PyObject v) {
        char c = code();
        if (c == 'c') {
            if (!(v instanceof PyBytes b)) throw invalid(ExceptionTypes.TYPE_ERROR, "type");
            if (b.size() != 1) throw invalid(ExceptionTypes.VALUE_ERROR, "value");
            return (byte) b.byteAt(0);
        }
        if (!BytesArgs.isIndex(v)) throw invalid(ExceptionTypes.TYPE_ERROR, "type");
        PyInt n = NumberProtocol.index(v);
        long lo = c == 'b' ? -128 : 0;
        if (n.big != null || n.value < lo || n.value > lo + 255) throw invalid(ExceptionTypes.VALUE_ERROR, "value");
        return (byte) n.value;
    }

    private PyException invalid(PyType type, String what) {
        return PyErr.format(type, "memoryview: invalid %s for format '%s'", what, String.valueOf(code()));
    }

    // ---- slots ----------------------------------------------------------------------------------

    private static PyMemoryView mv(PyObject o) { return (PyMemoryView) o; }

    private static void fillSlots(PyType t) {
        t.newFn = (type, args, kw) -> of(parseRequired(NEW, 1, "memoryview", "object", args, kw)[0]);
        t.length = self -> mv(self).size();
        t.getitem = (self, key) -> mv(self).getItem(key);
        t.setitem = (self, key, value) -> mv(self).setItem(key, value);
        t.iter = self -> {
            mv(self).checkReleased();
            return new MemoryIterator(mv(self));
        };
        t.richcompare = (a, b, op) -> op == CompareOp.EQ || op == CompareOp.NE ? mv(a).compare(b, op)
                : PySingleton.NOT_IMPLEMENTED;
        t.hash = self -> mv(self).hash();
        t.repr = self -> PyStr.of((mv(self).released ? "<released memory at " : "<memory at ") + Identity.hex(self)
                + ">");
        t.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    /**
     * Argument clinic reports a missing first argument before unknown keywords, and calls it missing rather than
     * miscounted, which ArgParser does not do for a lone required parameter.
     */
    private static PyObject[] parseRequired(ArgParser parser, int params, String fname, String name, PyObject[] args,
                                            String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        boolean named = kw != null && Arrays.asList(kw).contains(name);
        if (args.length - nkw == 0 && !named && args.length <= params) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() missing required argument '%s' (pos 1)", fname, name);
        }
        return parser.parse(args, kw);
    }

    private int index(PyObject key) {
        PyInt k = NumberProtocol.index(key);
        if (k.big != null) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        long i = k.value < 0 ? k.value + length : k.value;
        if (i < 0 || i >= length) throw PyErr.indexError("index out of bounds on dimension 1");
        return (int) i;
    }

    private PyObject getItem(PyObject key) {
        checkReleased();
        if (BytesArgs.isIndex(key)) return item(index(key));
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(length);
            return derive(obj, start + (int) r[0] * step, (int) r[3], step * (int) r[2], format, readonly);
        }
        if (isMultiSlice(key)) {
            throw PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "multi-dimensional slicing is not implemented");
        }
        return item(index(multiIndex(key)));
    }

    /** A tuple of ints names one item per dimension: here exactly one. */
    private static PyObject multiIndex(PyObject key) {
        if (!(key instanceof PyTuple t) || !Arrays.stream(t.items()).allMatch(BytesArgs::isIndex)) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        if (t.size() == 0) {
            throw PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        }
        if (t.size() > 1) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot index 1-dimension view with %d-element tuple",
                    t.size());
        }
        return t.items()[0];
    }

    private static boolean isMultiSlice(PyObject key) {
        return key instanceof PyTuple t && t.size() > 0 && Arrays.stream(t.items()).allMatch(k -> k instanceof PySlice);
    }

    private void setItem(PyObject key, PyObject value) {
        checkReleased();
        if (readonly) throw PyErr.typeError("cannot modify read-only memory");
        if (value == null) throw PyErr.typeError("cannot delete memory");
        if (BytesArgs.isIndex(key)) {
            int i = index(key);
            storage()[position(i)] = pack(value);
        } else if (key instanceof PySlice slice) {
            long[] r = slice.indices(length);
            byte[] src = sliceSource(value, (int) r[3]);
            for (int k = 0; k < src.length; k++) storage()[position((int) (r[0] + k * r[2]))] = src[k];
        } else if (isMultiSlice(key)) {
            throw PyErr.newException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "memoryview slice assignments are currently restricted to ndim = 1");
        } else {
            setItem(multiIndex(key), value);
        }
    }

    /** A slice takes a buffer of the same length and item format; its bytes are copied first, as views may overlap. */
    private byte[] sliceSource(PyObject value, int count) {
        if (!PyBytesLike.hasBuffer(value)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                    value.type().name());
        }
        byte[] src = ((PyBytesLike) value).toArray();
        char srcCode = value instanceof PyMemoryView m ? m.code() : 'B';
        if (src.length != count || srcCode != code()) {
            throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        return src;
    }

    /** Equal when both hold the same items: same count, and equal values once unpacked by each side's format. */
    private PyObject compare(PyObject other, CompareOp op) {
        boolean equal;
        if (other == this) {
            equal = true;
        } else if (released || (other instanceof PyMemoryView m && m.released)) {
            equal = false;
        } else if (!(other instanceof PyBytesLike)) {
            return PySingleton.NOT_IMPLEMENTED;
        } else {
            equal = sameItems((PyBytesLike) other);
        }
        return PyBool.of(equal == (op == CompareOp.EQ));
    }

    private boolean sameItems(PyBytesLike other) {
        byte[] mine = toArray();
        byte[] theirs = other.toArray();
        if (mine.length != theirs.length) return false;
        char otherCode = other instanceof PyMemoryView m ? m.code() : 'B';
        if ((code() == 'c') != (otherCode == 'c')) return mine.length == 0;
        for (int i = 0; i < mine.length; i++) {
            if (unpack(mine[i], code()) != unpack(theirs[i], otherCode)) return false;
        }
        return true;
    }

    private static int unpack(byte b, char code) { return code == 'b' ? b : b & 0xff; }

    private long hash() {
        checkReleased();
        if (!readonly) throw PyErr.valueError("cannot hash writable memoryview object");
        byte[] d = toArray();
        return StrHash.hash(d, 0, d.length);
    }

    // ---- methods and attributes -----------------------------------------------------------------

    private static void define(PyType t) {
        MethodDef.method(t, "tobytes", (self, args, kw) -> mv(self).toBytes(TOBYTES.parse(args, kw)[0]));
        MethodDef.noArgs(t, "tolist", self -> mv(self).toList());
        MethodDef.method(t, "hex", (self, args, kw) -> BytesHex.hex(mv(self).toArray(), args, kw));
        MethodDef.noArgs(t, "release", self -> {
            mv(self).released = true;
            return PySingleton.NONE;
        });
        MethodDef.method(t, "cast", (self, args, kw) -> {
            PyObject[] a = parseRequired(CAST, 2, "cast", "format", args, kw);
            return mv(self).cast(a[0], a[1]);
        });
        MethodDef.noArgs(t, "toreadonly", self -> {
            PyMemoryView m = mv(self);
            return m.derive(m.obj, m.start, m.length, m.step, m.format, true);
        });
        MethodDef.noArgs(t, "__enter__", self -> {
            mv(self).checkReleased();
            return self;
        });
        MethodDef.method(t, "__exit__", (self, args, kw) -> {
            mv(self).released = true;
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "__buffer__", (self, flags) -> mv(self).exportView(BytesArgs.ssize(flags)));
        MethodDef.oneArg(t, "__release_buffer__", (self, view) -> {
            if (!(view instanceof PyMemoryView m)) throw PyErr.typeError("expected a memoryview object");
            m.releaseFor(self);
            return PySingleton.NONE;
        });
        MethodDef.classMethod(t, "_from_flags", (cls, args, kw) -> {
            ArgParser.checkPositional("_from_flags", args, kw, 2, 2);
            return export(args[0], BytesArgs.ssize(args[1]));
        });
        attributes(t);
    }

    private static void attributes(PyType t) {
        getter(t, "obj", m -> m.obj);
        getter(t, "nbytes", m -> PyInt.of(m.length));
        getter(t, "readonly", m -> PyBool.of(m.readonly));
        getter(t, "itemsize", m -> PyInt.of(1));
        getter(t, "format", m -> PyStr.of(m.format));
        getter(t, "ndim", m -> PyInt.of(1));
        getter(t, "shape", m -> PyTuple.of(PyInt.of(m.length)));
        getter(t, "strides", m -> PyTuple.of(PyInt.of(m.step)));
        getter(t, "suboffsets", m -> PyTuple.of());
        getter(t, "c_contiguous", m -> PyBool.of(m.isContiguous()));
        getter(t, "f_contiguous", m -> PyBool.of(m.isContiguous()));
        getter(t, "contiguous", m -> PyBool.of(m.isContiguous()));
    }

    private interface Attribute { PyObject get(PyMemoryView m); }

    private static void getter(PyType t, String name, Attribute a) {
        MethodDef.getter(t, name, self -> {
            mv(self).checkReleased();
            return a.get(mv(self));
        });
    }

    /** __release_buffer__: only the object a view was exported from may release it. */
    void releaseFor(PyObject exporter) {
        if (obj != exporter) throw PyErr.valueError("memoryview's buffer is not this object");
        released = true;
    }

    private PyObject toBytes(PyObject order) {
        if (order != null && order != PySingleton.NONE && !(order instanceof PyStr)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "tobytes() argument 'order' must be str or None, not %s",
                    order.type().name());
        }
        checkReleased();
        if (order instanceof PyStr s && !Arrays.asList("C", "F", "A").contains(s.value())) {
            throw PyErr.valueError("order must be 'C', 'F' or 'A'");
        }
        return new PyBytes(toArray());
    }

    private PyObject toList() {
        checkReleased();
        PyObject[] items = new PyObject[length];
        for (int i = 0; i < length; i++) items[i] = item(i);
        return new PyList(items);
    }

    /** cast() to another byte-sized format; multi-dimensional shapes and wider items are beyond pyj's views. */
    private PyObject cast(PyObject fmtArg, PyObject shape) {
        if (!(fmtArg instanceof PyStr f)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cast() argument 'format' must be str, not %s",
                    BytesArgs.typeName(fmtArg));
        }
        checkReleased();
        if (!isContiguous()) throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        PyObject[] dims = shape == null ? null : shapeDims(shape);
        String fmt = f.value();
        char code = castCode(fmt);
        if (dims != null) checkShape(dims, itemSize(code));
        if ("bBc".indexOf(code) < 0 || (dims != null && dims.length != 1)) {
            throw PyErr.format(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "memoryview: cast to format '%s'%s is not supported", fmt,
                    dims != null && dims.length != 1 ? " with " + dims.length + " dimensions" : "");
        }
        return derive(obj, start, length, 1, fmt, readonly);
    }

    /** A destination format's code: one struct character, optionally after '@', fitting this view's length. */
    private char castCode(String fmt) {
        String code = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (code.length() != 1 || "?cbBhHiIlLqQnNfdeP".indexOf(code.charAt(0)) < 0) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (length % itemSize(code.charAt(0)) != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        return code.charAt(0);
    }

    /** Native sizes of the struct formats a cast may name (on a 64-bit platform). */
    private static int itemSize(char code) {
        return switch (code) {
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> 1;
        };
    }

    private PyObject[] shapeDims(PyObject shape) {
        if (length == 0) throw PyErr.typeError("memoryview: cannot cast view with zeros in shape or strides");
        if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
            throw PyErr.typeError("shape must be a list or a tuple");
        }
        PyObject[] dims = ObjectProtocol.toArray(shape);
        if (dims.length > 64) throw PyErr.valueError("memoryview: number of dimensions must not exceed 64");
        return dims;
    }

    private void checkShape(PyObject[] dims, int itemSize) {
        long product = 1;
        for (PyObject d : dims) {
            if (!(d instanceof PyInt)) throw PyErr.typeError("memoryview.cast(): elements of shape must be integers");
            long n = BytesArgs.ssize(d);
            if (n <= 0) throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0");
            product = Math.multiplyHigh(product, n) != 0 ? Long.MAX_VALUE : product * n;
        }
        if (product == Long.MAX_VALUE || product * itemSize != length) {
            throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
    }

    /** The iterator over a memoryview's items. */
    static final class MemoryIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("memory_iterator", PyType.OBJECT, 0, null);

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> ((MemoryIterator) self).next();
            TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        }

        private PyMemoryView view;
        private int index;

        MemoryIterator(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public PyType type() { return TYPE; }

        private PyObject next() {
            if (view == null) return null;
            if (index < view.length) {
                view.checkReleased();
                return view.item(index++);
            }
            view = null;
            return null;
        }
    }
}
