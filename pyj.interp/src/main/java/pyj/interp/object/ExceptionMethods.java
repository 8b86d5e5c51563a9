// BaseException's slots and methods, and the per-class behaviour of the builtin exceptions.
package pyj.interp.object;

import java.util.function.Consumer;

final class ExceptionMethods {
    private ExceptionMethods() {}

    static PyBaseException e(PyObject o) { return (PyBaseException) o; }

    private static final PyStr NOTES = PyStr.intern("__notes__");

    static void fillSlots(PyType t) {
        t.newFn = (type, args, kw) -> {
            // BaseException_new keeps the arguments; the class's __init__ runs after, from type_call.
            int nkw = kw == null ? 0 : kw.length;
            return new PyBaseException(type, PyTuple.copyOf(args, 0, args.length - nkw));
        };
        t.init = (self, args, kw) -> {
            if (kw != null && kw.length > 0 && self.type().init == ExceptionTypes.BASE_EXCEPTION.init) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() takes no keyword arguments", self.type().name());
            }
            int nkw = kw == null ? 0 : kw.length;
            e(self).setArgs(PyTuple.copyOf(args, 0, args.length - nkw));
        };
        t.repr = self -> {
            PyTuple args = e(self).args();
            String name = self.type().name();
            if (args.size() == 1) return PyStr.of(name + "(" + ObjectProtocol.reprString(args.get(0)) + ")");
            return PyStr.of(name + ObjectProtocol.reprString(args));
        };
        t.str = self -> {
            PyTuple args = e(self).args();
            if (args.size() == 0) return PyStr.EMPTY;
            if (args.size() == 1) return ObjectProtocol.str(args.get(0));
            return ObjectProtocol.str(args);
        };
        t.getattro = ObjectProtocol.GENERIC_GETATTR;
        t.setattro = ObjectProtocol.GENERIC_SETATTR;
    }

    /** Slots that particular builtin exception classes override. */
    static void fillSlotsFor(String name, PyType t) {
        switch (name) {
            case "KeyError" -> t.str = self -> {
                PyTuple args = e(self).args();
                if (args.size() == 1) return ObjectProtocol.repr(args.get(0));
                return PyBaseExceptionStr.str(self);
            };
            case "StopIteration", "StopAsyncIteration" -> t.init = (self, args, kw) -> {
                ExceptionTypes.BASE_EXCEPTION.init.init(self, args, kw);
                PyTuple a = e(self).args();
                e(self).value = a.size() > 0 ? a.get(0) : PySingleton.NONE;
            };
            case "SystemExit" -> t.init = (self, args, kw) -> {
                ExceptionTypes.BASE_EXCEPTION.init.init(self, args, kw);
                PyTuple a = e(self).args();
                e(self).setField(ExceptionFields.EXIT_CODE, 1, a.size() == 0 ? PySingleton.NONE : a.size() == 1 ? a.get(0) : a);
            };
            case "OSError" -> {
                t.newFn = ExceptionMethods::newOSError;
                t.init = (self, args, kw) -> { };
                t.str = ExceptionMethods::osErrorStr;
            }
            case "SyntaxError" -> {
                t.init = ExceptionMethods::initSyntaxError;
                t.str = ExceptionMethods::syntaxErrorStr;
            }
            case "ImportError" -> {
                t.init = (self, args, kw) -> {
                    int nkw = kw == null ? 0 : kw.length;
                    int npos = args.length - nkw;
                    e(self).setArgs(PyTuple.copyOf(args, 0, npos));
                    int width = ExceptionFields.IMPORT_LAYOUT.length;
                    for (int i = 0; i < nkw; i++) {
                        int field = switch (kw[i]) {
                            case "name" -> ExceptionFields.IMPORT_NAME;
                            case "path" -> ExceptionFields.IMPORT_PATH;
                            case "name_from" -> ExceptionFields.IMPORT_NAME_FROM;
                            default -> throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                                    "ImportError() got an unexpected keyword argument '%s'", kw[i]);
                        };
                        e(self).setField(field, width, args[npos + i]);
                    }
                    e(self).setField(ExceptionFields.IMPORT_MSG, width, npos == 1 ? args[0] : null);
                };
                t.str = self -> {
                    PyObject msg = e(self).field(ExceptionFields.IMPORT_MSG);
                    if (msg != null && msg != PySingleton.NONE) return ObjectProtocol.str(msg);
                    return PyBaseExceptionStr.str(self);
                };
            }
            case "AttributeError", "NameError" -> t.init = (self, args, kw) -> {
                int nkw = kw == null ? 0 : kw.length;
                int npos = args.length - nkw;
                e(self).setArgs(PyTuple.copyOf(args, 0, npos));
                for (int i = 0; i < nkw; i++) {
                    boolean ok = kw[i].equals("name") || (name.equals("AttributeError") && kw[i].equals("obj"));
                    if (!ok) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                                name, kw[i]);
                    }
                    e(self).setField(kw[i].equals("name") ? ExceptionFields.NAME : ExceptionFields.OBJ, 2, args[npos + i]);
                }
            };
            case "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError" -> UnicodeErrors.fillSlots(name, t);
            case "BaseExceptionGroup", "ExceptionGroup" -> ExceptionGroups.fillSlots(t);
            default -> { }
        }
    }

    static Consumer<PyType> definerFor(String name) {
        return switch (name) {
            case "StopIteration", "StopAsyncIteration" -> t -> MethodDef.getset(t, "value", self -> e(self).value,
                    (self, v) -> e(self).value = v == null ? PySingleton.NONE : v);
            case "SystemExit" -> t -> ExceptionFields.define(t, ExceptionFields.EXIT_LAYOUT);
            case "ImportError" -> t -> ExceptionFields.define(t, ExceptionFields.IMPORT_LAYOUT);
            case "NameError" -> t -> ExceptionFields.define(t, ExceptionFields.NAME_LAYOUT);
            case "AttributeError" -> t -> ExceptionFields.define(t, ExceptionFields.ATTRIBUTE_LAYOUT);
            case "SyntaxError" -> t -> ExceptionFields.define(t, ExceptionFields.SYNTAX_LAYOUT);
            case "OSError" -> ExceptionMethods::defineOSError;
            case "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError" -> UnicodeErrors::define;
            case "BaseExceptionGroup", "ExceptionGroup" -> ExceptionGroups::define;
            default -> null;
        };
    }

    static void defineBaseException(PyType t) {
        MethodDef.getset(t, "args", self -> e(self).args(), (self, v) -> {
            if (v == null) throw PyErr.typeError("args may not be deleted");
            e(self).setArgs(PyTuple.of(SequenceMethods.toArray(v)));
        });
        MethodDef.getset(t, "__traceback__", self -> {
            PyObject tb = e(self).traceback();
            return tb == null ? PySingleton.NONE : tb;
        }, (self, v) -> {
            if (v == null) throw PyErr.typeError("__traceback__ may not be deleted");
            if (v != PySingleton.NONE && !v.type().name().equals("traceback")) {
                throw PyErr.typeError("__traceback__ must be a traceback or None");
            }
            e(self).setTraceback(v == PySingleton.NONE ? null : v);
        });
        MethodDef.getset(t, "__cause__", self -> {
            PyBaseException c = e(self).cause();
            return c == null ? PySingleton.NONE : c;
        }, (self, v) -> {
            if (v == null) throw PyErr.typeError("__cause__ may not be deleted");
            if (v != PySingleton.NONE && !(v instanceof PyBaseException)) {
                throw PyErr.typeError("exception cause must be None or derive from BaseException");
            }
            e(self).setCause(v == PySingleton.NONE ? null : (PyBaseException) v);
            e(self).setSuppressContext(true);
        });
        MethodDef.getset(t, "__context__", self -> {
            PyBaseException c = e(self).context();
            return c == null ? PySingleton.NONE : c;
        }, (self, v) -> {
            if (v == null) throw PyErr.typeError("__context__ may not be deleted");
            if (v != PySingleton.NONE && !(v instanceof PyBaseException)) {
                throw PyErr.typeError("exception context must be None or derive from BaseException");
            }
            e(self).setContext(v == PySingleton.NONE ? null : (PyBaseException) v);
        });
        MethodDef.getset(t, "__suppress_context__", self -> PyBool.of(e(self).suppressContext()),
                (self, v) -> e(self).setSuppressContext(v != null && ObjectProtocol.isTrue(v)));
        MethodDef.oneArg(t, "with_traceback", (self, tb) -> {
            e(self).setTraceback(tb == PySingleton.NONE ? null : tb);
            return self;
        });
        MethodDef.oneArg(t, "add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "note must be a str, not '%s'", note.type().name());
            }
            PyObject notes = self.dict().getStr(NOTES);
            if (notes == null) {
                notes = new PyList();
                self.dict().putStr(NOTES, notes);
            } else if (!(notes instanceof PyList)) {
                throw PyErr.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(note);
            return PySingleton.NONE;
        });
        MethodDef.noArgs(t, "__reduce__", self -> {
            PyDict d = e(self).dictOrNull();
            if (d == null || d.size() == 0) return PyTuple.of(self.type(), e(self).args());
            return PyTuple.of(self.type(), e(self).args(), d);
        });
        MethodDef.oneArg(t, "__setstate__", (self, state) -> {
            if (state instanceof PyDict d) self.dict().update(d);
            return PySingleton.NONE;
        });
        MethodDef.getset(t, "__dict__", self -> self.dict(), (self, v) -> {
            if (v == null) throw PyErr.typeError("cannot delete __dict__");
            if (!(v instanceof PyDict d)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%s'",
                        v.type().name());
            }
            ((PyBaseException) self).setDict(d);
        });
    }

    // ---- OSError ---------------------------------------------------------------------------

    private static PyObject newOSError(PyType type, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyType actual = type;
        if (type == ExceptionTypes.OS_ERROR && npos >= 2 && args[0] instanceof PyInt errno) {
            PyType sub = ErrnoMap.subclassFor(errno.value);
            if (sub != null) actual = sub;
        }
        PyBaseException e = ExceptionTypes.create(actual, PyTuple.copyOf(args, 0, npos));
        if (npos < 2 || npos > 5) return e;
        int width = ExceptionFields.OS_WIDTH;
        e.setField(ExceptionFields.OS_ERRNO, width, args[0]);
        e.setField(ExceptionFields.OS_STRERROR, width, args[1]);
        if (npos >= 3) {
            // BlockingIOError(errno, strerror, n) reports n bytes written, not a filename.
            if (actual.isSubtypeOf(ExceptionTypes.BLOCKING_IO_ERROR) && args[2].type().index != null) {
                e.setField(ExceptionFields.OS_CHARACTERS_WRITTEN, width, PyInt.of(ObjectProtocol.index(args[2])));
                return e;
            }
            e.setField(ExceptionFields.OS_FILENAME, width, args[2]);
            if (npos == 5) e.setField(ExceptionFields.OS_FILENAME2, width, args[4]);
            e.setArgs(PyTuple.of(args[0], args[1]));
        }
        return e;
    }

    private static void defineOSError(PyType t) {
        ExceptionFields.define(t, ExceptionFields.OS_LAYOUT, ExceptionFields.OS_WIDTH);
        MethodDef.getset(t, "characters_written", self -> {
            PyObject n = e(self).field(ExceptionFields.OS_CHARACTERS_WRITTEN);
            if (n == null) throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "characters_written");
            return n;
        }, (self, v) -> {
            if (v == null && e(self).field(ExceptionFields.OS_CHARACTERS_WRITTEN) == null) {
                throw PyErr.format(ExceptionTypes.ATTRIBUTE_ERROR, "characters_written");
            }
            e(self).setField(ExceptionFields.OS_CHARACTERS_WRITTEN, ExceptionFields.OS_WIDTH,
                    v == null ? null : PyInt.of(ObjectProtocol.index(v)));
        });
    }

    private static PyObject osErrorStr(PyObject self) {
        PyBaseException e = e(self);
        PyObject errno = ExceptionFields.get(e, ExceptionFields.OS_ERRNO);
        PyObject strerror = ExceptionFields.get(e, ExceptionFields.OS_STRERROR);
        PyObject filename = ExceptionFields.get(e, ExceptionFields.OS_FILENAME);
        PyObject filename2 = ExceptionFields.get(e, ExceptionFields.OS_FILENAME2);
        String prefix = "[Errno " + ObjectProtocol.strString(errno) + "] " + ObjectProtocol.strString(strerror);
        if (filename != PySingleton.NONE) {
            if (filename2 != PySingleton.NONE) {
                return PyStr.of(prefix + ": " + ObjectProtocol.reprString(filename) + " -> "
                        + ObjectProtocol.reprString(filename2));
            }
            return PyStr.of(prefix + ": " + ObjectProtocol.reprString(filename));
        }
        if (errno != PySingleton.NONE && strerror != PySingleton.NONE) return PyStr.of(prefix);
        return PyBaseExceptionStr.str(self);
    }

    // ---- SyntaxError -----------------------------------------------------------------------

    private static void initSyntaxError(PyObject self, PyObject[] args, String[] kw) {
        ExceptionTypes.BASE_EXCEPTION.init.init(self, args, kw);
        PyBaseException e = e(self);
        int width = ExceptionFields.SYNTAX_LAYOUT.length;
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n >= 1) e.setField(ExceptionFields.SYNTAX_MSG, width, args[0]);
        if (n == 2) {
            PyObject[] info = SequenceMethods.toArray(args[1]);
            if (info.length < 4 || info.length > 6) throw PyErr.indexError("tuple index out of range");
            // filename, lineno, offset, text, end_lineno, end_offset follow msg in the layout.
            for (int i = 0; i < info.length; i++) e.setField(ExceptionFields.SYNTAX_FILENAME + i, width, info[i]);
        }
    }

    private static PyObject syntaxErrorStr(PyObject self) {
        PyBaseException e = e(self);
        PyObject msg = ExceptionFields.get(e, ExceptionFields.SYNTAX_MSG);
        PyObject filename = e.field(ExceptionFields.SYNTAX_FILENAME);
        PyObject lineno = e.field(ExceptionFields.SYNTAX_LINENO);
        String m = msg == PySingleton.NONE ? PyBaseExceptionStr.str(self).value() : ObjectProtocol.strString(msg);
        String file = filename instanceof PyStr f ? f.value() : null;
        if (file != null) {
            int slash = file.lastIndexOf('/');
            file = slash >= 0 ? file.substring(slash + 1) : file;
        }
        boolean hasLine = lineno instanceof PyInt;
        if (file != null && hasLine) return PyStr.of(m + " (" + file + ", line " + lineno + ")");
        if (file != null) return PyStr.of(m + " (" + file + ")");
        if (hasLine) return PyStr.of(m + " (line " + lineno + ")");
        return PyStr.of(m);
    }

    /** BaseException.__str__ as a function, for classes that fall back to it. */
    static final class PyBaseExceptionStr {
        static PyStr str(PyObject self) {
            return (PyStr) ExceptionTypes.BASE_EXCEPTION.str.apply(self);
        }

        static PyObject repr(PyObject self) {
            return ExceptionTypes.BASE_EXCEPTION.repr.apply(self);
        }
    }
}
