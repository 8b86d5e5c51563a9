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
        return new StrFormatter.Run(new PyObject[0], mapping).render(fmt, 2);
    }

    private static final class Run {
        final PyObject[] pos;
        final PyObject kw;
        int autoIndex;
        boolean manual;
        boolean auto;

        Run(PyObject[] pos, PyObject kw) {
            this.pos = pos;
            this.kw = kw;
        }

        String render(String fmt, int depth) {
            if (depth < 0) throw PyErr.valueError("Max string recursion exceeded");
            StringBuilder sb = new StringBuilder();
            int n = fmt.length();
            int i = 0;
            while (i < n) {
                char c = fmt.charAt(i);
                if (c == '{') {
                    if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                        sb.append('{');
                        i += 2;
                        continue;
                    }
                    int j = i + 1;
                    int nest = 1;
                    while (j < n) {
                        char d = fmt.charAt(j);
                        if (d == '{') nest++;
                        else if (d == '}') {
                            nest--;
                            if (nest == 0) break;
                        }
                        j++;
                    }
                    if (j >= n) {
                        throw PyErr.valueError(nest > 1 ? "expected '}' before end of string"
                                : "Single '{' encountered in format string");
                    }
                    sb.append(field(fmt.substring(i + 1, j), depth));
                    i = j + 1;
                } else if (c == '}') {
                    if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                        sb.append('}');
                        i += 2;
                        continue;
                    }
                    throw PyErr.valueError("Single '}' encountered in format string");
                } else {
                    sb.append(c);
                    i++;
                }
            }
            return sb.toString();
        }

        private String field(String f, int depth) {
            // field_name ["!" conversion] [":" format_spec]
            int k = 0;
            int bracket = 0;
            while (k < f.length()) {
                char c = f.charAt(k);
                if (c == '[') bracket++;
                else if (c == ']') bracket--;
                else if (bracket == 0 && (c == '!' || c == ':')) break;
                k++;
            }
            String name = f.substring(0, k);
            char conv = 0;
            String spec = "";
            if (k < f.length() && f.charAt(k) == '!') {
                if (k + 1 >= f.length()) throw PyErr.valueError("end of string while looking for conversion specifier");
                conv = f.charAt(k + 1);
                k += 2;
                if (k < f.length() && f.charAt(k) != ':') throw PyErr.valueError("expected ':' after conversion specifier");
            }
            if (k < f.length() && f.charAt(k) == ':') spec = f.substring(k + 1);
            PyObject value = resolve(name);
            if (conv != 0) {
                value = switch (conv) {
                    case 'r' -> ObjectProtocol.repr(value);
                    case 's' -> ObjectProtocol.str(value);
                    case 'a' -> PyStr.of(Ascii.ascii(ObjectProtocol.reprString(value)));
                    default -> throw PyErr.valueError("Unknown conversion specifier " + conv);
                };
            }
            if (spec.indexOf('{') >= 0) spec = render(spec, depth - 1);
            return ObjectProtocol.format(value, spec).value();
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
                if (idx >= pos.length) {
                    throw PyErr.format(ExceptionTypes.INDEX_ERROR,
                            "Replacement index %d out of range for positional args tuple", idx);
                }
                obj = pos[idx];
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (auto) {
                    throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                manual = true;
                int idx = Integer.parseInt(first);
                if (idx >= pos.length) {
                    throw PyErr.format(ExceptionTypes.INDEX_ERROR,
                            "Replacement index %d out of range for positional args tuple", idx);
                }
                obj = pos[idx];
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
                    PyObject keyObj = key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                    obj = ObjectProtocol.getItem(obj, keyObj);
                    k = e + 1;
                } else {
                    throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }
    }
}
