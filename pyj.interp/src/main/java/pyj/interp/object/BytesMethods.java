// bytes' and bytearray's slots and methods.
package pyj.interp.object;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

final class BytesMethods {
    private BytesMethods() {}

    static PyBytesLike b(PyObject o) { return (PyBytesLike) o; }

    static byte[] arg(PyObject o) {
        if (o instanceof PyBytesLike x) return x.toArray();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "a bytes-like object is required, not '%s'", o.type().name());
    }

    /** bytes(x): from an int count, an iterable of ints, a buffer, or str with an encoding. */
    static byte[] construct(PyObject[] args, String[] kw, String name) {
        PyObject[] a = new ArgParser(name, 0, "source", "encoding", "errors").parse(args, kw);
        if (a[0] == null) {
            if (a[1] != null || a[2] != null) {
                throw PyErr.typeError(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        PyObject src = a[0];
        if (src instanceof PyStr s) {
            if (a[1] == null) throw PyErr.typeError("string argument without an encoding");
            return Codecs.encode(s.value(), ObjectProtocol.strString(a[1]),
                    a[2] == null ? "strict" : ObjectProtocol.strString(a[2]));
        }
        if (a[1] != null) throw PyErr.typeError("encoding without a string argument");
        if (src instanceof PyBytesLike x) return x.toArray();
        if (src instanceof PyInt || (src.type().index != null && !(src instanceof PyStr))) {
            long n = ObjectProtocol.index(src);
            if (n < 0) throw PyErr.valueError("negative count");
            return new byte[(int) n];
        }
        PyObject it;
        try {
            it = ObjectProtocol.getIter(src);
        } catch (PyException e) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot convert '%s' object to %s", src.type().name(), name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) out.write(byteValue(x));
        return out.toByteArray();
    }

    static int byteValue(PyObject x) {
        if (!(x instanceof PyInt) && x.type().index == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object cannot be interpreted as an integer", x.type().name());
        }
        long v = ObjectProtocol.index(x);
        if (v < 0 || v > 255) throw PyErr.valueError("byte must be in range(0, 256)");
        return (int) v;
    }

    private static int compare(byte[] x, byte[] y) { return Arrays.compareUnsigned(x, y); }

    private static void common(PyType t) {
        t.length = self -> b(self).size();
        t.richcompare = (a, c, op) -> {
            if (!(c instanceof PyBytesLike y)) return PySingleton.NOT_IMPLEMENTED;
            return PyBool.of(op.test(compare(b(a).toArray(), y.toArray())));
        };
        t.contains = (self, x) -> {
            byte[] data = b(self).toArray();
            if (x instanceof PyInt || (x.type().index != null && !(x instanceof PyBytesLike))) {
                int v = byteValue(x);
                for (byte d : data) if ((d & 0xff) == v) return true;
                return false;
            }
            byte[] sub = arg(x);
            return indexOf(data, sub, 0, data.length) >= 0;
        };
        t.iter = self -> {
            byte[] data = b(self).toArray();
            PyObject[] items = new PyObject[data.length];
            for (int i = 0; i < data.length; i++) items[i] = PyInt.of(data[i] & 0xff);
            return ObjectProtocol.getIter(PyTuple.of(items));
        };
        t.getitem = (self, key) -> {
            byte[] data = b(self).toArray();
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(data.length);
                byte[] out = new byte[(int) r[3]];
                for (int k = 0; k < r[3]; k++) out[k] = data[(int) (r[0] + k * r[2])];
                return self instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
            }
            if (!(key instanceof PyInt) && key.type().index == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "byte indices must be integers or slices, not %s",
                        key.type().name());
            }
            return PyInt.of(data[PySlice.checkIndex(key, data.length, self instanceof PyByteArray ? "bytearray" : "index")] & 0xff);
        };
    }

    static int indexOf(byte[] data, byte[] sub, int from, int to) {
        outer:
        for (int i = from; i <= to - sub.length; i++) {
            for (int j = 0; j < sub.length; j++) if (data[i + j] != sub[j]) continue outer;
            return i;
        }
        return -1;
    }

    static void fillBytesSlots(PyType t) {
        common(t);
        t.repr = self -> PyStr.of(PyBytesLike.repr(((PyBytes) self).data, 0, ((PyBytes) self).data.length));
        t.str = t.repr;
        t.hash = self -> ((PyBytes) self).hash();
        t.concat = (a, c) -> {
            if (!(c instanceof PyBytesLike y)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't concat %s to bytes", c.type().name());
            }
            byte[] x = ((PyBytes) a).data;
            byte[] yy = y.toArray();
            byte[] out = Arrays.copyOf(x, x.length + yy.length);
            System.arraycopy(yy, 0, out, x.length, yy.length);
            return new PyBytes(out);
        };
        t.repeat = (self, n) -> {
            byte[] x = ((PyBytes) self).data;
            if (n <= 0) return PyBytes.EMPTY;
            byte[] out = new byte[(int) (x.length * n)];
            for (int k = 0; k < n; k++) System.arraycopy(x, 0, out, k * x.length, x.length);
            return new PyBytes(out);
        };
        t.mod = (a, c) -> PySingleton.NOT_IMPLEMENTED;
        t.newFn = (type, args, kw) -> {
            if (args.length == 1 && (kw == null || kw.length == 0)) {
                PyObject bytesMeth = args[0] instanceof PyBytesLike ? null
                        : ObjectProtocol.lookupSpecial(args[0], PyStr.intern("__bytes__"));
                if (bytesMeth != null) {
                    PyObject r = ObjectProtocol.call(bytesMeth);
                    if (!(r instanceof PyBytes)) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__bytes__ returned non-bytes (type %s)",
                                r.type().name());
                    }
                    return r;
                }
            }
            PyBytes r = new PyBytes(construct(args, kw, "bytes"));
            if (type == PyBytes.TYPE) return r;
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "cannot create '%s' instances", type.name());
        };
    }

    static void fillByteArraySlots(PyType t) {
        common(t);
        t.repr = self -> {
            PyByteArray ba = (PyByteArray) self;
            return PyStr.of(self.type().name() + "(" + PyBytesLike.repr(ba.data, 0, ba.size) + ")");
        };
        t.str = t.repr;
        t.hash = HeapSlots.UNHASHABLE;
        t.concat = (a, c) -> {
            if (!(c instanceof PyBytesLike y)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can't concat %s to bytearray", c.type().name());
            }
            byte[] x = b(a).toArray();
            byte[] yy = y.toArray();
            byte[] out = Arrays.copyOf(x, x.length + yy.length);
            System.arraycopy(yy, 0, out, x.length, yy.length);
            return new PyByteArray(out);
        };
        t.inplaceConcat = (a, c) -> {
            byte[] yy = arg(c);
            for (byte x : yy) ((PyByteArray) a).append(x & 0xff);
            return a;
        };
        t.setitem = (self, key, value) -> {
            PyByteArray ba = (PyByteArray) self;
            if (key instanceof PySlice) {
                byte[] data = ba.toArray();
                PyList l = new PyList();
                for (byte x : data) l.append(PyInt.of(x & 0xff));
                PyObject v = value;
                if (value instanceof PyBytesLike vb) {
                    PyList vl = new PyList();
                    for (byte x : vb.toArray()) vl.append(PyInt.of(x & 0xff));
                    v = vl;
                }
                ObjectProtocol.setItem(l, key, v);
                byte[] out = new byte[l.size()];
                for (int i = 0; i < out.length; i++) out[i] = (byte) byteValue(l.get(i));
                ba.setAll(out);
                return;
            }
            int i = PySlice.checkIndex(key, ba.size, "bytearray");
            if (value == null) {
                byte[] data = ba.toArray();
                byte[] out = new byte[data.length - 1];
                System.arraycopy(data, 0, out, 0, i);
                System.arraycopy(data, i + 1, out, i, data.length - i - 1);
                ba.setAll(out);
            } else {
                ba.data[i] = (byte) byteValue(value);
            }
        };
        t.newFn = (type, args, kw) -> new PyByteArray(new byte[0]);
        t.init = (self, args, kw) -> ((PyByteArray) self).setAll(construct(args, kw, "bytearray"));
    }

    private static void methods(PyType t, boolean mutable) {
        MethodDef.method(t, "decode", (self, args, kw) -> {
            PyObject[] a = new ArgParser("decode", 0, "encoding", "errors").parse(args, kw);
            return PyStr.of(Codecs.decode(b(self).toArray(), a[0] == null ? "utf-8" : ObjectProtocol.strString(a[0]),
                    a[1] == null ? "strict" : ObjectProtocol.strString(a[1])));
        });
        MethodDef.method(t, "hex", (self, args, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : b(self).toArray()) sb.append(String.format("%02x", x & 0xff));
            return PyStr.of(sb.toString());
        });
        MethodDef.oneArg(t, "count", (self, sub) -> {
            byte[] data = b(self).toArray();
            if (sub instanceof PyInt) {
                int v = byteValue(sub);
                int c = 0;
                for (byte x : data) if ((x & 0xff) == v) c++;
                return PyInt.of(c);
            }
            byte[] s = arg(sub);
            int c = 0;
            if (s.length == 0) return PyInt.of(data.length + 1);
            for (int i = indexOf(data, s, 0, data.length); i >= 0; i = indexOf(data, s, i + s.length, data.length)) c++;
            return PyInt.of(c);
        });
        MethodDef.oneArg(t, "find", (self, sub) -> {
            byte[] data = b(self).toArray();
            byte[] s = sub instanceof PyInt ? new byte[] {(byte) byteValue(sub)} : arg(sub);
            return PyInt.of(indexOf(data, s, 0, data.length));
        });
        MethodDef.oneArg(t, "startswith", (self, p) -> {
            byte[] data = b(self).toArray();
            byte[] s = arg(p);
            return PyBool.of(data.length >= s.length && Arrays.equals(data, 0, s.length, s, 0, s.length));
        });
        MethodDef.oneArg(t, "endswith", (self, p) -> {
            byte[] data = b(self).toArray();
            byte[] s = arg(p);
            return PyBool.of(data.length >= s.length && Arrays.equals(data, data.length - s.length, data.length, s, 0, s.length));
        });
        MethodDef.oneArg(t, "join", (self, iterable) -> {
            byte[] sep = b(self).toArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyObject it = ObjectProtocol.getIter(iterable);
            int i = 0;
            for (PyObject x; (x = ObjectProtocol.next(it)) != null; i++) {
                if (!(x instanceof PyBytesLike xb)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "sequence item %d: expected a bytes-like object, %s found",
                            i, x.type().name());
                }
                if (i > 0) out.writeBytes(sep);
                out.writeBytes(xb.toArray());
            }
            return mutable ? new PyByteArray(out.toByteArray()) : new PyBytes(out.toByteArray());
        });
        MethodDef.noArgs(t, "upper", self -> {
            byte[] d = b(self).toArray();
            for (int i = 0; i < d.length; i++) if (d[i] >= 'a' && d[i] <= 'z') d[i] -= 32;
            return mutable ? new PyByteArray(d) : new PyBytes(d);
        });
        MethodDef.noArgs(t, "lower", self -> {
            byte[] d = b(self).toArray();
            for (int i = 0; i < d.length; i++) if (d[i] >= 'A' && d[i] <= 'Z') d[i] += 32;
            return mutable ? new PyByteArray(d) : new PyBytes(d);
        });
        MethodDef.method(t, "strip", (self, args, kw) -> {
            byte[] d = b(self).toArray();
            byte[] chars = args.length > 0 && args[0] != PySingleton.NONE ? arg(args[0]) : new byte[] {' ', '\t', '\n', '\r', 0x0b, 0x0c};
            int i = 0;
            int j = d.length;
            while (i < j && contains(chars, d[i])) i++;
            while (j > i && contains(chars, d[j - 1])) j--;
            byte[] out = Arrays.copyOfRange(d, i, j);
            return mutable ? new PyByteArray(out) : new PyBytes(out);
        });
        MethodDef.method(t, "split", (self, args, kw) -> {
            byte[] d = b(self).toArray();
            PyList out = new PyList();
            if (args.length == 0 || args[0] == PySingleton.NONE) {
                int i = 0;
                while (i < d.length) {
                    while (i < d.length && Character.isWhitespace(d[i])) i++;
                    if (i >= d.length) break;
                    int j = i;
                    while (j < d.length && !Character.isWhitespace(d[j])) j++;
                    out.append(new PyBytes(Arrays.copyOfRange(d, i, j)));
                    i = j;
                }
                return out;
            }
            byte[] sep = arg(args[0]);
            if (sep.length == 0) throw PyErr.valueError("empty separator");
            int i = 0;
            for (;;) {
                int j = indexOf(d, sep, i, d.length);
                if (j < 0) {
                    out.append(new PyBytes(Arrays.copyOfRange(d, i, d.length)));
                    break;
                }
                out.append(new PyBytes(Arrays.copyOfRange(d, i, j)));
                i = j + sep.length;
            }
            return out;
        });
        MethodDef.method(t, "replace", (self, args, kw) -> {
            ArgParser.checkPositional("replace", args, kw, 2, 3);
            byte[] d = b(self).toArray();
            byte[] old = arg(args[0]);
            byte[] nw = arg(args[1]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            long count = args.length > 2 ? ObjectProtocol.index(args[2]) : -1;
            long done = 0;
            while (old.length > 0 && (count < 0 || done < count)) {
                int j = indexOf(d, old, i, d.length);
                if (j < 0) break;
                out.write(d, i, j - i);
                out.writeBytes(nw);
                i = j + old.length;
                done++;
            }
            out.write(d, i, d.length - i);
            return mutable ? new PyByteArray(out.toByteArray()) : new PyBytes(out.toByteArray());
        });
        MethodDef.classMethod(t, "fromhex", (cls, args, kw) -> {
            String s = ObjectProtocol.strString(args[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < s.length(); ) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (i + 1 >= s.length() || Character.digit(c, 16) < 0 || Character.digit(s.charAt(i + 1), 16) < 0) {
                    throw PyErr.format(ExceptionTypes.VALUE_ERROR,
                            "non-hexadecimal number found in fromhex() arg at position %d", Character.digit(c, 16) < 0 ? i : i + 1);
                }
                out.write(Character.digit(c, 16) * 16 + Character.digit(s.charAt(i + 1), 16));
                i += 2;
            }
            return mutable ? new PyByteArray(out.toByteArray()) : new PyBytes(out.toByteArray());
        });
    }

    private static boolean contains(byte[] set, byte b) {
        for (byte x : set) if (x == b) return true;
        return false;
    }

    static void defineBytes(PyType t) {
        methods(t, false);
        MethodDef.noArgs(t, "__getnewargs__", self -> PyTuple.of(new PyBytes(((PyBytes) self).data.clone())));
    }

    static void defineByteArray(PyType t) {
        methods(t, true);
        MethodDef.oneArg(t, "append", (self, x) -> {
            ((PyByteArray) self).append(byteValue(x));
            return PySingleton.NONE;
        });
        MethodDef.oneArg(t, "extend", (self, x) -> {
            for (byte v : construct(new PyObject[] {x}, null, "bytearray")) ((PyByteArray) self).append(v & 0xff);
            return PySingleton.NONE;
        });
        MethodDef.method(t, "pop", (self, args, kw) -> {
            PyByteArray ba = (PyByteArray) self;
            if (ba.size == 0) throw PyErr.indexError("pop from empty bytearray");
            long i = args.length > 0 ? ObjectProtocol.index(args[0]) : ba.size - 1;
            if (i < 0) i += ba.size;
            if (i < 0 || i >= ba.size) throw PyErr.indexError("pop index out of range");
            int v = ba.data[(int) i] & 0xff;
            byte[] d = ba.toArray();
            byte[] out = new byte[d.length - 1];
            System.arraycopy(d, 0, out, 0, (int) i);
            System.arraycopy(d, (int) i + 1, out, (int) i, d.length - (int) i - 1);
            ba.setAll(out);
            return PyInt.of(v);
        });
        MethodDef.noArgs(t, "clear", self -> {
            ((PyByteArray) self).setAll(new byte[0]);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "copy", self -> new PyByteArray(((PyByteArray) self).toArray()));
    }
}
