// str.format and str.format_map: replacement fields with numbering, attribute and index access.
package pyj.interp.object;

final class StrFormatter {
    private StrFormatter() {}

    static String format(String fmt, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) kwargs.putStr(PyStr.intern(kwnames[i]), args[npos + i]);
        PyObject[] pos = new PyObject[npos];
        System.arraycopy(args, 0, pos, 0, npos);
        return new StrFormatter.Run(pos, kwargs).render(fmt, 2);
    }

    static String formatMap(String fmt, PyObject mapping) {
        return new StrFormatter.Run(null, mapping).render(fmt, 2);
    }

    private static final class Run {
        /** The positional arguments; null for format_map, which has none to number. */
        final PyObject[] pos;
        final PyObject kw;
        int autoIndex;
        boolean manual;
        boolean auto;

        Run(PyObject[] pos, PyObject kw) {
            this.pos = pos;
            this.kw = kw;
        }

        /**
         * Literal text, doubled braces and replacement fields, scanned as CPython's MarkupIterator
         * does so that malformed strings fail with the same message at the same place.
         */
        String render(String fmt, int depth) {
            if (depth <= 0) throw PyErr.valueError("Max string recursion exceeded");
            StringBuilder sb = new StringBuilder();
            int n = fmt.length();
            int i = 0;
            while (i < n) {
                char c = fmt.charAt(i++);
                if (c != '{' && c != '}') {
                    sb.append(c);
                    continue;
                }
                boolean doubled = i < n && fmt.charAt(i) == c;
                if (c == '}' && !doubled) throw PyErr.valueError("Single '}' encountered in format string");
                if (i >= n) throw PyErr.valueError("Single '{' encountered in format string");
                if (doubled) {
                    sb.append(c);
                    i++;
                    continue;
                }
                i = field(fmt, i, depth, sb);
            }
            return sb.toString();
        }

        /**
         * Parses the field that starts at {@code i} (just after its '{'), appends its formatted
         * value and returns the index after its closing '}'.
         */
        private int field(String fmt, int i, int depth, StringBuilder out) {
            int n = fmt.length();
            int nameStart = i;
            char c = 0;
            // The field name ends at '!', ':' or '}'; inside [...] those characters are part of a key.
            while (i < n) {
                c = fmt.charAt(i++);
                if (c == '{') throw PyErr.valueError("unexpected '{' in field name");
                if (c == '[') {
                    while (i < n && fmt.charAt(i) != ']') i++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            boolean terminated = c == '}' || c == ':' || c == '!';
            String name = fmt.substring(nameStart, terminated ? i - 1 : i);
            char conversion = 0;
            String spec = "";
            boolean specHasFields = false;
            if (terminated && c != '}') {
                boolean specFollows = true;
                if (c == '!') {
                    if (i >= n) throw PyErr.valueError("end of string while looking for conversion specifier");
                    conversion = fmt.charAt(i++);
                    if (i < n) {
                        char after = fmt.charAt(i++);
                        if (after == '}') specFollows = false;
                        else if (after != ':') throw PyErr.valueError("expected ':' after conversion specifier");
                    }
                }
                if (specFollows) {
                    int specStart = i;
                    int count = 1;
                    while (true) {
                        if (i >= n) throw PyErr.valueError("unmatched '{' in format spec");
                        char d = fmt.charAt(i++);
                        if (d == '{') {
                            specHasFields = true;
                            count++;
                        } else if (d == '}' && --count == 0) {
                            break;
                        }
                    }
                    spec = fmt.substring(specStart, i - 1);
                }
            } else if (!terminated) {
                throw PyErr.valueError("expected '}' before end of string");
            }
            PyObject value = resolve(name);
            if (conversion != 0) {
                value = switch (conversion) {
                    case 'r' -> ObjectProtocol.repr(value);
                    case 's' -> ObjectProtocol.str(value);
                    case 'a' -> PyStr.of(Ascii.ascii(ObjectProtocol.reprString(value)));
                    default -> throw PyErr.valueError("Unknown conversion specifier " + conversion);
                };
            }
            if (specHasFields) spec = render(spec, depth - 1);
            out.append(ObjectProtocol.format(value, spec).value());
            return i;
        }

        private PyObject resolve(String name) {
            int k = 0;
            while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
            String first = name.substring(0, k);
            PyObject obj;
            if (first.isEmpty()) {
                if (manual) {
                    throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                auto = true;
                int idx = autoIndex++;
                if (pos == null) throw PyErr.valueError("Format string contains positional fields");
                if (idx >= pos.length) {
                    throw PyErr.format(ExceptionTypes.INDEX_ERROR,
                            "Replacement index %d out of range for positional args tuple", idx);
                }
                obj = pos[idx];
            } else if (decimal(first) >= 0) {
                if (auto) {
                    throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                manual = true;
                long idx = decimal(first);
                if (pos == null) throw PyErr.valueError("Format string contains positional fields");
                if (idx >= pos.length) {
                    throw PyErr.format(ExceptionTypes.INDEX_ERROR,
                            "Replacement index %d out of range for positional args tuple", idx);
                }
                obj = pos[(int) idx];
            } else {
                try {
                    obj = ObjectProtocol.getItem(kw, PyStr.of(first));
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.KEY_ERROR)) throw PyErr.withArgs(ExceptionTypes.KEY_ERROR, PyStr.of(first));
                    throw e;
                }
            }
            while (k < name.length()) {
                char c = name.charAt(k);
                if (c == '.') {
                    int e = k + 1;
                    while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                    String attr = name.substring(k + 1, e);
                    if (attr.isEmpty()) throw PyErr.valueError("Empty attribute in format string");
                    obj = ObjectProtocol.getAttr(obj, PyStr.intern(attr));
                    k = e;
                } else if (c == '[') {
                    int e = name.indexOf(']', k);
                    if (e < 0) throw PyErr.valueError("Missing ']' in format string");
                    String key = name.substring(k + 1, e);
                    if (key.isEmpty()) throw PyErr.valueError("Empty attribute in format string");
                    long index = decimal(key);
                    PyObject keyObj = index >= 0 ? PyInt.of(index) : PyStr.of(key);
                    obj = ObjectProtocol.getItem(obj, keyObj);
                    k = e + 1;
                } else {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }
    
        /** A field name part that is all decimal digits, as a number; -1 for any other text. */
        private static long decimal(String text) {
            if (text.isEmpty()) return -1;
            long value = 0;
            for (int k = 0; k < text.length(); k++) {
                int digit = Character.digit(text.charAt(k), 10);
                if (digit < 0) return -1;
                if (value > (Long.MAX_VALUE - digit) / 10) throw PyErr.valueError("Too many decimal digits in format string");
                value = value * 10 + digit;
            }
            return value;
        }
}
}
