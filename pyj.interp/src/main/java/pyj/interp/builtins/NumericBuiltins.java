// The numeric builtins: abs, divmod, pow, round, bin, oct, hex, chr, ord.
package pyj.interp.builtins;

import java.math.BigInteger;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBytesLike;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

final class NumericBuiltins {
    private NumericBuiltins() {}

    private static final ArgParser POW = new ArgParser("pow", 2, "base", "exp", "mod");
    private static final ArgParser ROUND = new ArgParser("round", 1, "number", "ndigits");
    private static final PyStr ROUND_METHOD = PyStr.intern("__round__");

    static void define(PyModule b) {
        b.put("abs", MethodDef.function1(b, "abs", NumberProtocol::absolute));
        b.put("divmod", MethodDef.function(b, "divmod", (self, args, kw) -> {
            ArgParser.noKeywords("divmod", kw);
            ArgParser.checkPositional("divmod", args, kw, 2, 2);
            return NumberProtocol.divmod(args[0], args[1]);
        }));
        b.put("pow", MethodDef.function(b, "pow", (self, args, kw) -> {
            PyObject[] a = POW.parse(args, kw);
            return NumberProtocol.power(a[0], a[1], a[2] == null ? PySingleton.NONE : a[2]);
        }));
        b.put("round", MethodDef.function(b, "round", (self, args, kw) -> round(ROUND.parse(args, kw))));
        b.put("bin", MethodDef.function1(b, "bin", x -> toBase(x, 2, "0b")));
        b.put("oct", MethodDef.function1(b, "oct", x -> toBase(x, 8, "0o")));
        b.put("hex", MethodDef.function1(b, "hex", x -> toBase(x, 16, "0x")));
        b.put("chr", MethodDef.function1(b, "chr", NumericBuiltins::chr));
        b.put("ord", MethodDef.function1(b, "ord", NumericBuiltins::ord));
    }

    private static PyObject round(PyObject[] a) {
        PyObject number = a[0];
        PyObject method = ObjectProtocol.lookupSpecial(number, ROUND_METHOD);
        if (method == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type %s doesn't define __round__ method",
                    number.type().name());
        }
        if (a[1] == null || a[1] == PySingleton.NONE) return ObjectProtocol.call(method);
        return ObjectProtocol.call(method, a[1]);
    }

    /** PyNumber_ToBase: the integer's digits with a prefix, the sign in front of it. */
    static PyStr toBase(PyObject x, int radix, String prefix) {
        PyInt i = NumberProtocol.index(x);
        if (i.isSmall()) {
            long v = i.value;
            String digits = v == Long.MIN_VALUE ? BigInteger.valueOf(v).abs().toString(radix)
                    : Long.toString(Math.abs(v), radix);
            return PyStr.of((v < 0 ? "-" : "") + prefix + digits);
        }
        BigInteger v = i.big;
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix));
    }

    private static PyObject chr(PyObject x) {
        PyInt i = NumberProtocol.index(x);
        int cp = i.intValue();
        if (cp < 0 || cp > 0x10FFFF) throw PyErr.valueError("chr() arg not in range(0x110000)");
        return PyStr.ofCodePoint(cp);
    }

    private static PyObject ord(PyObject x) {
        if (x instanceof PyStr s) {
            int n = s.length();
            if (n == 1) return PyInt.of(s.codePointAt(0));
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "ord() expected a character, but string of length %d found", n);
        }
        if (x instanceof PyBytesLike b) {
            if (b.size() == 1) return PyInt.of(b.byteAt(0));
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "ord() expected a character, but string of length %d found",
                    b.size());
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "ord() expected string of length 1, but %s found", x.type().name());
    }
}
