// str's slots and methods.
package pyj.interp.object;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

final class StrMethods {
    private StrMethods() {}

    static PyStr self(PyObject o) { return (PyStr) o; }

    static String s(PyObject o) { return ((PyStr) o).value(); }

    static String argStr(PyObject o, String fname, int argNo) {
        if (o instanceof PyStr p) return p.value();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s arg %d must be str, not %s", fname, argNo, o.type().name());
    }

    static void fillSlots(PyType t) {
        t.repr = self -> PyStr.of(PyStr.repr(s(self)));
        t.str = self -> self.getClass() == PyStr.class ? self : PyStr.of(s(self));
        t.hash = self -> self(self).hash();
        t.richcompare = (a, b, op) -> {
            if (!(b instanceof PyStr y)) return PySingleton.NOT_IMPLEMENTED;
            String x = s(a);
            if (op == CompareOp.EQ) return PyBool.of(x.equals(y.value()));
            if (op == CompareOp.NE) return PyBool.of(!x.equals(y.value()));
            return PyBool.of(op.test(PyStr.compareCodePoints(x, y.value())));
        };
        t.length = self -> self(self).length();
        t.getitem = StrMethods::getitem;
        t.contains = (self, item) -> {
            if (!(item instanceof PyStr p)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'in <string>' requires string as left operand, not %s",
                        item.type().name());
            }
            return s(self).contains(p.value());
        };
        t.concat = (a, b) -> {
            if (!(b instanceof PyStr y)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "can only concatenate str (not \"%s\") to str",
                        b.type().name());
            }
            String x = s(a);
            if (x.isEmpty() && b.getClass() == PyStr.class) return b;
            if (y.value().isEmpty() && a.getClass() == PyStr.class) return a;
            return PyStr.of(x.concat(y.value()));
        };
        t.repeat = (self, n) -> {
            if (n <= 0) return PyStr.EMPTY;
            String x = s(self);
            if ((long) x.length() * n > Integer.MAX_VALUE - 16) throw PyErr.memoryError();
            return PyStr.of(x.repeat((int) n));
        };
        t.iter = self -> new StrIterator(self(self));
        t.mod = (a, b) -> a instanceof PyStr x ? PyStr.of(PercentFormat.format(x.value(), b)) : PySingleton.NOT_IMPLEMENTED;
        t.newFn = StrMethods::newStr;
    }

    private static final ArgParser STR_ARGS = new ArgParser("str", 0, "object", "encoding", "errors");

    private static PyObject newStr(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = STR_ARGS.parse(args, kw);
        PyStr r;
        if (a[0] == null) {
            r = PyStr.EMPTY;
        } else if (a[1] == null && a[2] == null) {
            r = ObjectProtocol.str(a[0]);
        } else {
            if (!(a[0] instanceof PyBytesLike b)) {
                if (a[0] instanceof PyStr) throw PyErr.typeError("decoding str is not supported");
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "decoding to str: need a bytes-like object, %s found",
                        a[0].type().name());
            }
            String enc = a[1] == null ? "utf-8" : ObjectProtocol.strString(a[1]);
            String errors = a[2] == null ? "strict" : ObjectProtocol.strString(a[2]);
            r = PyStr.of(Codecs.decode(b.toArray(), enc, errors));
        }
        return type == PyStr.TYPE ? r : DerivedInstances.str(type, r.value());
    }

    private static PyObject getitem(PyObject self, PyObject key) {
        PyStr str = self(self);
        if (key instanceof PySlice sl) {
            int len = str.length();
            long[] r = sl.indices(len);
            if (r[3] <= 0) return PyStr.EMPTY;
            if (r[2] == 1) return PyStr.of(str.substring((int) r[0], (int) (r[0] + r[3])));
            StringBuilder sb = new StringBuilder((int) r[3]);
            for (long i = r[0], k = 0; k < r[3]; k++, i += r[2]) sb.appendCodePoint(str.codePointAt((int) i));
            return PyStr.of(sb.toString());
        }
        if (!(key instanceof PyInt) && key.type().index == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "string indices must be integers, not '%s'", key.type().name());
        }
        int i = PySlice.checkIndex(key, str.length(), "string");
        return PyStr.ofCodePoint(str.codePointAt(i));
    }

    /** The iterator over a str's characters. */
    static final class StrIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("str_ascii_iterator", PyType.OBJECT, 0, ty -> MethodDef.noArgs(ty,
                "__length_hint__", self -> PyInt.of(Math.max(0, ((StrIterator) self).str.length() - ((StrIterator) self).index))));

        static {
            TYPE.iter = self -> self;
            TYPE.next = self -> ((StrIterator) self).next();
            TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        }

        private final PyStr str;
        private int index;

        StrIterator(PyStr str) {
            this.str = str;
        }

        @Override
        public PyType type() { return TYPE; }

        PyObject next() {
            if (index >= str.length()) return null;
            return PyStr.ofCodePoint(str.codePointAt(index++));
        }
    }

    // ---- methods ---------------------------------------------------------------------------

    static void define(PyType t) {
        MethodDef.noArgs(t, "upper", self -> PyStr.of(s(self).toUpperCase(java.util.Locale.ROOT)));
        MethodDef.noArgs(t, "lower", self -> PyStr.of(s(self).toLowerCase(java.util.Locale.ROOT)));
        MethodDef.noArgs(t, "casefold", self -> {
            StringBuilder sb = new StringBuilder();
            s(self).codePoints().forEach(c -> caseFold(c, sb));
            return PyStr.of(sb.toString());
        });
        MethodDef.noArgs(t, "swapcase", self -> {
            String x = s(self);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < x.length(); ) {
                int c = x.codePointAt(i);
                if (Character.isUpperCase(c)) sb.append(lowerCase(x, i, c));
                else if (Character.isLowerCase(c)) sb.append(new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT));
                else sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            return PyStr.of(sb.toString());
        });
        MethodDef.noArgs(t, "capitalize", self -> {
            String x = s(self);
            if (x.isEmpty()) return self;
            int first = x.codePointAt(0);
            String rest = x.substring(Character.charCount(first));
            return PyStr.of(titleCase(first) + rest.toLowerCase(java.util.Locale.ROOT));
        });
        MethodDef.noArgs(t, "title", self -> {
            String x = s(self);
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            for (int i = 0; i < x.length(); ) {
                int c = x.codePointAt(i);
                sb.append(prevCased ? lowerCase(x, i, c) : titleCase(c));
                prevCased = isCased(c);
                i += Character.charCount(c);
            }
            return PyStr.of(sb.toString());
        });
        MethodDef.method(t, "join", (self, args, kw) -> {
            ArgParser.noKeywords("str.join", kw);
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "str.join() takes exactly one argument (%d given)",
                        args.length);
            }
            return join(s(self), args[0]);
        });
        MethodDef.method(t, "split", (self, args, kw) -> split(self, args, kw, false));
        MethodDef.method(t, "rsplit", (self, args, kw) -> split(self, args, kw, true));
        MethodDef.method(t, "strip", (self, args, kw) -> strip(self, args, kw, true, true, "strip"));
        MethodDef.method(t, "lstrip", (self, args, kw) -> strip(self, args, kw, true, false, "lstrip"));
        MethodDef.method(t, "rstrip", (self, args, kw) -> strip(self, args, kw, false, true, "rstrip"));
        MethodDef.method(t, "startswith", (self, args, kw) -> startsEnds(self, args, kw, true));
        MethodDef.method(t, "endswith", (self, args, kw) -> startsEnds(self, args, kw, false));
        MethodDef.method(t, "find", (self, args, kw) -> PyInt.of(find(self, args, kw, "find", false)));
        MethodDef.method(t, "rfind", (self, args, kw) -> PyInt.of(find(self, args, kw, "rfind", true)));
        MethodDef.method(t, "index", (self, args, kw) -> {
            long r = find(self, args, kw, "index", false);
            if (r < 0) throw PyErr.valueError("substring not found");
            return PyInt.of(r);
        });
        MethodDef.method(t, "rindex", (self, args, kw) -> {
            long r = find(self, args, kw, "rindex", true);
            if (r < 0) throw PyErr.valueError("substring not found");
            return PyInt.of(r);
        });
        MethodDef.method(t, "count", StrMethods::count);
        MethodDef.method(t, "replace", StrMethods::replace);
        MethodDef.method(t, "center", (self, args, kw) -> pad(self, args, kw, "center"));
        MethodDef.method(t, "ljust", (self, args, kw) -> pad(self, args, kw, "ljust"));
        MethodDef.method(t, "rjust", (self, args, kw) -> pad(self, args, kw, "rjust"));
        MethodDef.oneArg(t, "zfill", (self, w) -> {
            String x = s(self);
            int width = (int) ObjectProtocol.index(w);
            int len = x.codePointCount(0, x.length());
            if (len >= width) return self;
            String zeros = "0".repeat(width - len);
            if (!x.isEmpty() && (x.charAt(0) == '+' || x.charAt(0) == '-')) {
                return PyStr.of(x.charAt(0) + zeros + x.substring(1));
            }
            return PyStr.of(zeros + x);
        });
        MethodDef.method(t, "splitlines", StrMethods::splitlines);
        MethodDef.oneArg(t, "partition", (self, sep) -> partition(self, sep, false));
        MethodDef.oneArg(t, "rpartition", (self, sep) -> partition(self, sep, true));
        MethodDef.oneArg(t, "removeprefix", (self, p) -> {
            String x = s(self);
            String pre = argStr(p, "removeprefix()", 1);
            return x.startsWith(pre) && !pre.isEmpty() ? PyStr.of(x.substring(pre.length())) : self;
        });
        MethodDef.oneArg(t, "removesuffix", (self, p) -> {
            String x = s(self);
            String suf = argStr(p, "removesuffix()", 1);
            return x.endsWith(suf) && !suf.isEmpty() ? PyStr.of(x.substring(0, x.length() - suf.length())) : self;
        });
        MethodDef.method(t, "expandtabs", (self, args, kw) -> {
            PyObject[] a = new ArgParser("expandtabs", 0, "tabsize").parse(args, kw);
            int tab = a[0] == null ? 8 : (int) ObjectProtocol.index(a[0]);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int c : s(self).codePoints().toArray()) {
                if (c == '\t') {
                    if (tab > 0) {
                        int spaces = tab - (col % tab);
                        sb.append(" ".repeat(spaces));
                        col += spaces;
                    }
                } else if (c == '\n' || c == '\r') {
                    sb.appendCodePoint(c);
                    col = 0;
                } else {
                    sb.appendCodePoint(c);
                    col++;
                }
            }
            return PyStr.of(sb.toString());
        });
        MethodDef.method(t, "encode", (self, args, kw) -> {
            PyObject[] a = new ArgParser("encode", 0, "encoding", "errors").parse(args, kw);
            String enc = a[0] == null ? "utf-8" : ObjectProtocol.strString(a[0]);
            String errors = a[1] == null ? "strict" : ObjectProtocol.strString(a[1]);
            return new PyBytes(Codecs.encode(s(self), enc, errors));
        });
        MethodDef.method(t, "format", (self, args, kw) -> PyStr.of(StrFormatter.format(s(self), args, kw)));
        MethodDef.oneArg(t, "format_map", (self, mapping) -> PyStr.of(StrFormatter.formatMap(s(self), mapping)));
        MethodDef.oneArg(t, "__format__", (self, spec) -> {
            if (!(spec instanceof PyStr sp)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__format__() argument must be str, not %s",
                        spec.type().name());
            }
            return PyStr.of(NumberFormatter.formatStr(s(self), sp.value()));
        });
        MethodDef.noArgs(t, "isdigit", self -> test(self, c -> Character.isDigit(c) || Character.getType(c)
                == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9));
        MethodDef.noArgs(t, "isdecimal", self -> test(self, c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER));
        MethodDef.noArgs(t, "isnumeric", self -> test(self, c -> {
            int ty = Character.getType(c);
            return ty == Character.DECIMAL_DIGIT_NUMBER || ty == Character.OTHER_NUMBER || ty == Character.LETTER_NUMBER
                    || Character.getNumericValue(c) >= 0 && Character.isIdeographic(c);
        }));
        MethodDef.noArgs(t, "isalpha", self -> test(self, Character::isLetter));
        MethodDef.noArgs(t, "isalnum", self -> test(self, c -> Character.isLetter(c) || Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER));
        MethodDef.noArgs(t, "isspace", self -> test(self, StrMethods::isPySpace));
        MethodDef.noArgs(t, "isascii", self -> PyBool.of(s(self).chars().allMatch(c -> c < 128)));
        MethodDef.noArgs(t, "isprintable", self -> PyBool.of(s(self).codePoints().allMatch(PyStr::isPrintable)));
        MethodDef.noArgs(t, "isupper", self -> cased(self, true));
        MethodDef.noArgs(t, "islower", self -> cased(self, false));
        MethodDef.noArgs(t, "istitle", self -> {
            boolean cased = false;
            boolean prevCased = false;
            for (int c : s(self).codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prevCased) return PyBool.FALSE;
                    prevCased = true;
                    cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prevCased) return PyBool.FALSE;
                    prevCased = true;
                    cased = true;
                } else {
                    prevCased = false;
                }
            }
            return PyBool.of(cased);
        });
        MethodDef.noArgs(t, "isidentifier", self -> PyBool.of(isIdentifier(s(self))));
        MethodDef.noArgs(t, "__getnewargs__", self -> PyTuple.of(PyStr.of(s(self))));
        MethodDef.noArgs(t, "__sizeof__", self -> PyInt.of(49 + s(self).length()));
        MethodDef.method(t, "translate", (self, args, kw) -> {
            ArgParser.noKeywords("str.translate", kw);
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "str.translate() takes exactly one argument (%d given)",
                        args.length);
            }
            StringBuilder sb = new StringBuilder();
            for (int c : s(self).codePoints().toArray()) {
                PyObject r;
                try {
                    r = ObjectProtocol.getItem(args[0], PyInt.of(c));
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.LOOKUP_ERROR)) throw e;
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r == PySingleton.NONE) continue;
                if (r instanceof PyInt i) sb.appendCodePoint(i.intValue());
                else if (r instanceof PyStr x) sb.append(x.value());
                else throw PyErr.typeError("character mapping must return integer, None or str");
            }
            return PyStr.of(sb.toString());
        });
        MethodDef.staticMethod(t, "maketrans", StrMethods::maketrans);
    }

    interface CodePointTest { boolean test(int c); }

    private static PyObject test(PyObject self, CodePointTest f) {
        String x = s(self);
        if (x.isEmpty()) return PyBool.FALSE;
        for (int c : x.codePoints().toArray()) if (!f.test(c)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    private static PyObject cased(PyObject self, boolean upper) {
        boolean any = false;
        for (int c : s(self).codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c)
                    || Character.isTitleCase(c)) {
                return PyBool.FALSE;
            }
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) any = true;
        }
        return PyBool.of(any);
    }

    static boolean isPySpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                || c == 0x1e || c == 0x1f || c == 0x85 || Character.isSpaceChar(c);
    }

    static boolean isIdentifier(String x) {
        if (x.isEmpty()) return false;
        int[] cps = x.codePoints().toArray();
        int first = cps[0];
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) return false;
        for (int i = 1; i < cps.length; i++) {
            int c = cps[i];
            if (!(Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c))) return false;
        }
        return true;
    }

    static PyObject join(String sep, PyObject iterable) {
        StringBuilder sb = new StringBuilder();
        PyObject it;
        try {
            it = ObjectProtocol.getIter(iterable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) throw PyErr.typeError("can only join an iterable");
            throw e;
        }
        int i = 0;
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; i++) {
            if (!(x instanceof PyStr p)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "sequence item %d: expected str instance, %s found", i,
                        x.type().name());
            }
            if (i > 0) sb.append(sep);
            sb.append(p.value());
        }
        return PyStr.of(sb.toString());
    }

    private static final ArgParser SPLIT = new ArgParser("split", 0, "sep", "maxsplit");
    private static final ArgParser RSPLIT = new ArgParser("rsplit", 0, "sep", "maxsplit");

    private static PyObject split(PyObject self, PyObject[] args, String[] kw, boolean right) {
        PyObject[] a = (right ? RSPLIT : SPLIT).parse(args, kw);
        String x = s(self);
        long max = a[1] == null ? -1 : ObjectProtocol.index(a[1]);
        if (max < 0) max = Long.MAX_VALUE;
        PyList out = new PyList();
        if (a[0] == null || a[0] == PySingleton.NONE) {
            List<String> parts = new ArrayList<>();
            int[] cps = x.codePoints().toArray();
            if (!right) {
                int i = 0;
                int n = cps.length;
                long splits = 0;
                while (i < n) {
                    while (i < n && isPySpace(cps[i])) i++;
                    if (i >= n) break;
                    if (splits >= max) {
                        int end = n;
                        while (end > i && isPySpace(cps[end - 1])) end--;
                        parts.add(new String(cps, i, end - i));
                        break;
                    }
                    int j = i;
                    while (j < n && !isPySpace(cps[j])) j++;
                    parts.add(new String(cps, i, j - i));
                    splits++;
                    i = j;
                }
            } else {
                int i = cps.length - 1;
                long splits = 0;
                while (i >= 0) {
                    while (i >= 0 && isPySpace(cps[i])) i--;
                    if (i < 0) break;
                    if (splits >= max) {
                        int start = 0;
                        while (start <= i && isPySpace(cps[start])) start++;
                        parts.add(0, new String(cps, start, i - start + 1));
                        break;
                    }
                    int j = i;
                    while (j >= 0 && !isPySpace(cps[j])) j--;
                    parts.add(0, new String(cps, j + 1, i - j));
                    splits++;
                    i = j;
                }
            }
            for (String p : parts) out.append(PyStr.of(p));
            return out;
        }
        String sep = argStr(a[0], "must be str or None, not", 1);
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "must be str or None, not %s", a[0].type().name());
        }
        if (sep.isEmpty()) throw PyErr.valueError("empty separator");
        if (!right) {
            int i = 0;
            long splits = 0;
            for (;;) {
                int j = splits < max ? x.indexOf(sep, i) : -1;
                if (j < 0) {
                    out.append(PyStr.of(x.substring(i)));
                    break;
                }
                out.append(PyStr.of(x.substring(i, j)));
                i = j + sep.length();
                splits++;
            }
        } else {
            List<String> parts = new ArrayList<>();
            int end = x.length();
            long splits = 0;
            for (;;) {
                int j = splits < max ? x.lastIndexOf(sep, end - sep.length()) : -1;
                if (j < 0 || end - sep.length() < 0) {
                    parts.add(0, x.substring(0, end));
                    break;
                }
                parts.add(0, x.substring(j + sep.length(), end));
                end = j;
                splits++;
            }
            for (String p : parts) out.append(PyStr.of(p));
        }
        return out;
    }

    private static PyObject strip(PyObject self, PyObject[] args, String[] kw, boolean left, boolean right,
                                  String name) {
        ArgParser.noKeywords("str." + name, kw);
        if (args.length > 1) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s expected at most 1 argument, got %d", name, args.length);
        }
        String x = s(self);
        int[] cps = x.codePoints().toArray();
        String chars = null;
        if (args.length == 1 && args[0] != PySingleton.NONE) {
            if (!(args[0] instanceof PyStr c)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s arg must be None or str", name);
            }
            chars = c.value();
        }
        int i = 0;
        int j = cps.length;
        if (left) {
            while (i < j && (chars == null ? isPySpace(cps[i]) : chars.indexOf(new String(Character.toChars(cps[i]))) >= 0)) i++;
        }
        if (right) {
            while (j > i && (chars == null ? isPySpace(cps[j - 1])
                    : chars.indexOf(new String(Character.toChars(cps[j - 1]))) >= 0)) j--;
        }
        if (i == 0 && j == cps.length && self.getClass() == PyStr.class) return self;
        return PyStr.of(new String(cps, i, j - i));
    }

    /** Start and end arguments of find-like methods, as code-point indexes clamped to the string. */
    private static int[] bounds(PyStr str, PyObject start, PyObject end) {
        int len = str.length();
        long st = start == null || start == PySingleton.NONE ? 0 : sliceIndex(start);
        long en = end == null || end == PySingleton.NONE ? len : sliceIndex(end);
        if (st < 0) st = Math.max(0, st + len);
        if (en < 0) en = Math.max(0, en + len);
        if (en > len) en = len;
        return new int[] {(int) Math.min(st, Integer.MAX_VALUE), (int) en};
    }

    private static long sliceIndex(PyObject o) {
        if (o instanceof PyInt i) return i.big == null ? i.value : (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (o.type().index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return NumberProtocol.index(o).longValue();
    }

    private static PyObject startsEnds(PyObject self, PyObject[] args, String[] kw, boolean starts) {
        String name = starts ? "startswith" : "endswith";
        ArgParser.checkPositional(name, args, kw, 1, 3);
        PyStr str = self(self);
        int[] b = bounds(str, args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
        PyObject prefix = args[0];
        if (b[0] > str.length()) return PyBool.FALSE;
        String region = b[0] <= b[1] ? str.substring(b[0], b[1]) : null;
        if (prefix instanceof PyTuple tup) {
            for (PyObject p : tup.items()) {
                if (!(p instanceof PyStr ps)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "tuple for %s must only contain str, not %s", name,
                            p.type().name());
                }
                if (matchEdge(region, ps.value(), starts, b)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        if (!(prefix instanceof PyStr ps)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "%s first arg must be str or a tuple of str, not %s", name, prefix.type().name());
        }
        return PyBool.of(matchEdge(region, ps.value(), starts, b));
    }

    private static boolean matchEdge(String region, String p, boolean starts, int[] b) {
        if (region == null) return p.isEmpty() && b[0] <= b[1];
        return starts ? region.startsWith(p) : region.endsWith(p);
    }

    private static long find(PyObject self, PyObject[] args, String[] kw, String name, boolean reverse) {
        ArgParser.checkPositional(name, args, kw, 1, 3);
        PyStr str = self(self);
        String sub = argStr(args[0], name + "()", 1);
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "must be str, not %s", args[0].type().name());
        }
        int[] b = bounds(str, args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
        if (b[0] > b[1] || b[0] > str.length()) return -1;
        // Search the string in place: copying the range first made loops of s.find(x, i) quadratic.
        String v = str.value();
        int from = str.charOffset(b[0]);
        int to = str.charOffset(b[1]);
        int r;
        if (reverse) {
            r = v.lastIndexOf(sub, to - sub.length());
            if (r < from) return -1;
        } else {
            r = v.indexOf(sub, from, to);
            if (r < 0) return -1;
        }
        return str.codePointIndex(r);
    }

    private static PyObject count(PyObject self, PyObject[] args, String[] kw) {
        ArgParser.checkPositional("count", args, kw, 1, 3);
        PyStr str = self(self);
        if (!(args[0] instanceof PyStr subS)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "must be str, not %s", args[0].type().name());
        }
        String sub = subS.value();
        int[] b = bounds(str, args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
        if (b[0] > b[1] || b[0] > str.length()) return PyInt.ZERO;
        if (sub.isEmpty()) return PyInt.of(b[1] - b[0] + 1);
        String v = str.value();
        int to = str.charOffset(b[1]);
        int n = 0;
        for (int i = v.indexOf(sub, str.charOffset(b[0]), to); i >= 0; i = v.indexOf(sub, i + sub.length(), to)) {
            n++;
        }
        return PyInt.of(n);
    }

    private static final ArgParser REPLACE = new ArgParser("replace", 2, 0, 3, "old", "new", "count");

    private static PyObject replace(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = REPLACE.parse(args, kw);
        String x = s(self);
        if (!(a[0] instanceof PyStr o)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "replace() argument 1 must be str, not %s", a[0].type().name());
        }
        if (!(a[1] instanceof PyStr nw)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "replace() argument 2 must be str, not %s", a[1].type().name());
        }
        long count = a[2] == null ? -1 : ObjectProtocol.index(a[2]);
        String old = o.value();
        String repl = nw.value();
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(repl);
                x.codePoints().forEach(c -> sb.appendCodePoint(c).append(repl));
                return PyStr.of(sb.toString());
            }
            return PyStr.of(x.replace(old, repl));
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        if (old.isEmpty()) {
            int[] cps = x.codePoints().toArray();
            for (int k = 0; k < cps.length; k++) {
                if (done < count) {
                    sb.append(repl);
                    done++;
                }
                sb.appendCodePoint(cps[k]);
            }
            if (done < count) sb.append(repl);
            return PyStr.of(sb.toString());
        }
        while (done < count) {
            int j = x.indexOf(old, i);
            if (j < 0) break;
            sb.append(x, i, j).append(repl);
            i = j + old.length();
            done++;
        }
        sb.append(x.substring(i));
        return PyStr.of(sb.toString());
    }

    private static PyObject pad(PyObject self, PyObject[] args, String[] kw, String how) {
        ArgParser.checkPositional(how, args, kw, 1, 2);
        String x = s(self);
        long width = ObjectProtocol.index(args[0]);
        int fill = ' ';
        if (args.length > 1) {
            if (!(args[1] instanceof PyStr f) || f.length() != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "The fill character must be exactly one character long");
            }
            fill = f.codePointAt(0);
        }
        int len = x.codePointCount(0, x.length());
        if (width <= len) return self.getClass() == PyStr.class ? self : PyStr.of(x);
        int total = (int) (width - len);
        String f = new String(Character.toChars(fill));
        return switch (how) {
            case "ljust" -> PyStr.of(x + f.repeat(total));
            case "rjust" -> PyStr.of(f.repeat(total) + x);
            default -> {
                int left = total / 2 + (int) (total & width & 1);
                yield PyStr.of(f.repeat(left) + x + f.repeat(total - left));
            }
        };
    }

    private static PyObject splitlines(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = new ArgParser("splitlines", 0, "keepends").parse(args, kw);
        boolean keep = a[0] != null && ObjectProtocol.isTrue(a[0]);
        String x = s(self);
        PyList out = new PyList();
        int i = 0;
        int n = x.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(x.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (x.charAt(j) == '\r' && j + 1 < n && x.charAt(j + 1) == '\n') j += 2;
                else j++;
                if (keep) eol = j;
            }
            out.append(PyStr.of(x.substring(i, eol)));
            i = j;
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean right) {
        String x = s(self);
        if (!(sepObj instanceof PyStr sp)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "must be str, not %s", sepObj.type().name());
        }
        String sep = sp.value();
        if (sep.isEmpty()) throw PyErr.valueError("empty separator");
        int i = right ? x.lastIndexOf(sep) : x.indexOf(sep);
        if (i < 0) {
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self) : PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(x.substring(0, i)), sepObj, PyStr.of(x.substring(i + sep.length())));
    }

    private static PyObject maketrans(PyObject unused, PyObject[] args, String[] kw) {
        ArgParser.checkPositional("maketrans", args, kw, 1, 3);
        PyDict d = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict src)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = 0; i < src.entryLimit(); i++) {
                PyObject k = src.keyAt(i);
                if (k == null) continue;
                PyObject key = k;
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) throw PyErr.valueError("string keys in translate table must be of length 1");
                    key = PyInt.of(ks.codePointAt(0));
                } else if (!(k instanceof PyInt)) {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
                d.put(key, src.entryValue(i));
            }
            return d;
        }
        String from = argStr(args[0], "maketrans()", 1);
        String to = argStr(args[1], "maketrans()", 2);
        int[] f = from.codePoints().toArray();
        int[] tt = to.codePoints().toArray();
        if (f.length != tt.length) throw PyErr.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < f.length; i++) d.put(PyInt.of(f[i]), PyInt.of(tt[i]));
        if (args.length > 2) {
            for (int c : argStr(args[2], "maketrans()", 3).codePoints().toArray()) d.put(PyInt.of(c), PySingleton.NONE);
        }
        return d;
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /**
     * The full title-case mapping of one code point (SpecialCasing.txt), which Java exposes only in
     * part: the simple title case of UnicodeData wins when the upper case is one character or the
     * title case differs from the character (Georgian, the digraphs, Greek with ypogegrammeni); a character
     * whose upper case is several characters keeps the first upper and lowers the rest ("ß" -> "Ss",
     * "ﬁ" -> "Fi"), except U+0149, whose title case is its whole upper case.
     */
    static String titleCase(int cp) {
        int simpleTitle = Character.toTitleCase(cp);
        // Java maps Greek with ypogegrammeni (U+1F80...) to itself; UnicodeData's title is the Lt letter.
        if (simpleTitle == cp && Character.isTitleCase(Character.toUpperCase(cp))) simpleTitle = Character.toUpperCase(cp);
        String upper = new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) <= 1 || simpleTitle != cp || Character.isTitleCase(cp)) {
            return new String(Character.toChars(simpleTitle));
        }
        if (cp == 0x149) return upper;
        // Greek with ypogegrammeni and an accent (U+1FB2...): the title keeps the iota subscript.
        if (cp >= 0x1F80 && cp <= 0x1FFF && upper.endsWith("\u0399")) {
            return upper.substring(0, upper.length() - 1) + "\u0345";
        }
        int head = upper.codePointAt(0);
        return new String(Character.toChars(head))
                + upper.substring(Character.charCount(head)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Cased in Unicode's sense (Lowercase, Uppercase or Lt), as str.title and str.istitle use it. */
    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /**
     * The full lower case of the code point at {@code i} of {@code s}, with Final_Sigma: a capital
     * sigma after a cased letter and not before one becomes the final form.
     */
    static String lowerCase(String s, int i, int c) {
        if (c != 0x3A3) return new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT);
        return casedBefore(s, i) && !casedAfter(s, i + 1) ? "\u03c2" : "\u03c3";
    }

    private static boolean casedBefore(String s, int i) {
        while (i > 0) {
            int c = s.codePointBefore(i);
            if (!caseIgnorable(c)) return isCased(c);
            i -= Character.charCount(c);
        }
        return false;
    }

    private static boolean casedAfter(String s, int i) {
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!caseIgnorable(c)) return isCased(c);
            i += Character.charCount(c);
        }
        return false;
    }

    /** Unicode's Case_Ignorable, from the general categories and Word_Break MidLetter characters. */
    private static boolean caseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2018
                || c == 0x2019 || c == 0x2024 || c == 0xFE52 || c == 0xFF07 || c == 0xFF0E || c == 0x387
                || c == 0x5F4 || c == 0x2027 || c == 0xFE13 || c == 0xFE55 || c == 0xFF1A;
    }

    /**
     * Full case folding (CaseFolding.txt, statuses C and F) of one code point: the lower case of its
     * full upper case, letter by letter so that no final sigma appears, except Cherokee, which folds
     * to its upper-case letters.
     */
    static void caseFold(int c, StringBuilder out) {
        if (c == 0x131) {
            out.appendCodePoint(c); // dotless i has no folding: its upper case I folds to a dotted i
        } else if (c == 0x1E9E) {
            out.append("ss"); // capital sharp s folds as the small one does
        } else if (c >= 0x13A0 && c <= 0x13F5) {
            out.appendCodePoint(c);
        } else if (c >= 0x13F8 && c <= 0x13FD) {
            out.appendCodePoint(c - 8);
        } else if (c >= 0xAB70 && c <= 0xABBF) {
            out.appendCodePoint(c - 0xAB70 + 0x13A0);
        } else {
            String upper = new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
            upper.codePoints().forEach(u -> out.append(new String(Character.toChars(u)).toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
