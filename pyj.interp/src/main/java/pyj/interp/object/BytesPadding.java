// Padding and trimming bytes and bytearray: center, ljust, rjust, zfill, expandtabs, strips, removeprefix/suffix.
package pyj.interp.object;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

final class BytesPadding {
    private BytesPadding() {}

    private static final ArgParser EXPANDTABS = new ArgParser("expandtabs", 0, "tabsize");

    private enum Side { LEFT, RIGHT, BOTH }

    static void define(PyType t) {
        MethodDef.method(t, "center", (self, args, kw) -> justify(self, "center", args, kw, Side.BOTH));
        MethodDef.method(t, "ljust", (self, args, kw) -> justify(self, "ljust", args, kw, Side.RIGHT));
        MethodDef.method(t, "rjust", (self, args, kw) -> justify(self, "rjust", args, kw, Side.LEFT));
        MethodDef.oneArg(t, "zfill", (self, width) -> zfill(self, BytesArgs.ssize(width)));
        MethodDef.method(t, "expandtabs", (self, args, kw) -> {
            PyObject size = EXPANDTABS.parse(args, kw)[0];
            return expandTabs(self, size == null ? 8 : BytesArgs.ssize(size));
        });
        MethodDef.method(t, "strip", (self, args, kw) -> strip(self, "strip", args, kw, Side.BOTH));
        MethodDef.method(t, "lstrip", (self, args, kw) -> strip(self, "lstrip", args, kw, Side.LEFT));
        MethodDef.method(t, "rstrip", (self, args, kw) -> strip(self, "rstrip", args, kw, Side.RIGHT));
        MethodDef.oneArg(t, "removeprefix", (self, prefix) -> removeAffix(self, prefix, false));
        MethodDef.oneArg(t, "removesuffix", (self, suffix) -> removeAffix(self, suffix, true));
    }

    /** Pads to {@code width} with {@code fill} on the given side(s); nothing to do leaves bytes as they are. */
    private static PyObject pad(PyObject self, byte[] d, long width, byte fill, Side side) {
        if (d.length >= width) return BytesArgs.unchanged(self, d);
        if (width > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
        int margin = (int) width - d.length;
        // CPython rounds the centred left margin up when both the margin and the width are odd.
        int left = switch (side) {
            case LEFT -> margin;
            case RIGHT -> 0;
            case BOTH -> margin / 2 + (margin & (int) width & 1);
        };
        byte[] out = new byte[(int) width];
        Arrays.fill(out, fill);
        System.arraycopy(d, 0, out, left, d.length);
        return BytesArgs.make(self, out);
    }

    private static PyObject justify(PyObject self, String name, PyObject[] args, String[] kw, Side side) {
        BytesArgs.positional(self, name, args, kw, 1, 2);
        long width = BytesArgs.ssize(args[0]);
        byte fill = args.length > 1 ? fillChar(name, args[1]) : (byte) ' ';
        return pad(self, BytesArgs.data(self), width, fill, side);
    }

    /** The "c" converter: a bytes or bytearray of length 1, nothing else. */
    private static byte fillChar(String name, PyObject o) {
        if ((o instanceof PyBytes || o instanceof PyByteArray) && ((PyBytesLike) o).size() == 1) {
            return (byte) ((PyBytesLike) o).byteAt(0);
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() argument 2 must be a byte string of length 1, not %s", name,
                BytesArgs.typeName(o));
    }

    /** Zeros go after a leading sign, so b'-42'.zfill(5) is b'-0042'. */
    private static PyObject zfill(PyObject self, long width) {
        byte[] d = BytesArgs.data(self);
        if (d.length >= width) return BytesArgs.unchanged(self, d);
        PyObject padded = pad(self, d, width, (byte) '0', Side.LEFT);
        byte[] out = BytesArgs.data(padded);
        int fill = out.length - d.length;
        if (d.length > 0 && (out[fill] == '+' || out[fill] == '-')) {
            out = out.clone();
            out[0] = out[fill];
            out[fill] = '0';
            return BytesArgs.make(self, out);
        }
        return padded;
    }

    private static PyObject expandTabs(PyObject self, long tabSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long column = 0;
        for (byte b : BytesArgs.data(self)) {
            if (b == '\t') {
                if (tabSize > 0) {
                    long spaces = tabSize - column % tabSize;
                    if (out.size() + spaces > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
                    for (long k = 0; k < spaces; k++) out.write(' ');
                    column += spaces;
                }
            } else {
                out.write(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return BytesArgs.make(self, out.toByteArray());
    }

    private static PyObject strip(PyObject self, String name, PyObject[] args, String[] kw, Side side) {
        BytesArgs.positional(self, name, args, kw, 0, 1);
        PyObject charsArg = BytesArgs.arg(args, 0);
        byte[] chars = charsArg == null || charsArg == PySingleton.NONE ? null : BytesArgs.buffer(charsArg);
        byte[] d = BytesArgs.data(self);
        int i = 0;
        int j = d.length;
        if (side != Side.RIGHT) while (i < j && strippable(d[i], chars)) i++;
        if (side != Side.LEFT) while (j > i && strippable(d[j - 1], chars)) j--;
        return BytesArgs.slice(self, d, i, j);
    }

    private static boolean strippable(byte b, byte[] chars) {
        if (chars == null) return BytesCase.isSpace(b);
        for (byte c : chars) if (c == b) return true;
        return false;
    }

    private static PyObject removeAffix(PyObject self, PyObject affixArg, boolean suffix) {
        byte[] affix = BytesArgs.buffer(affixArg);
        byte[] d = BytesArgs.data(self);
        int n = affix.length;
        if (n == 0 || n > d.length) return BytesArgs.unchanged(self, d);
        int at = suffix ? d.length - n : 0;
        if (!Arrays.equals(d, at, at + n, affix, 0, n)) return BytesArgs.unchanged(self, d);
        return suffix ? BytesArgs.slice(self, d, 0, at) : BytesArgs.slice(self, d, n, d.length);
    }
}
