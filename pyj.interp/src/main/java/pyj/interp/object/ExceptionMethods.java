// BaseException's slots and methods, and the per-class behaviour of the builtin exceptions.
package pyj.interp.object;

import java.util.function.Consumer;

final class ExceptionMethods {
    private ExceptionMethods() {}

    static PyBaseException e(PyObject o) { return (PyBaseException) o; }

    private static final PyStr NOTES = PyStr.intern("__notes__");

    static void fillSlots(PyType t) {
        t.newFn = (type, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            PyBaseException e = ExceptionTypes.create(type, PyTuple.copyOf(args, 0, args.length - nkw));
            return e;
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
                self.dict().putStr(PyStr.intern("code"), a.size() == 0 ? PySingleton.NONE : a.size() == 1 ? a.get(0) : a);
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
                    PyDict d = self.dict();
                    d.putStr(PyStr.intern("name"), PySingleton.NONE);
                    d.putStr(PyStr.intern("path"), PySingleton.NONE);
                    d.putStr(PyStr.intern("name_from"), PySingleton.NONE);
                    for (int i = 0; i < nkw; i++) {
                        if (!kw[i].equals("name") && !kw[i].equals("path") && !kw[i].equals("name_from")) {
                            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' is an invalid keyword argument for ImportError()", kw[i]);
                        }
                        d.putStr(PyStr.intern(kw[i]), args[npos + i]);
                    }
                    d.putStr(PyStr.intern("msg"), npos == 1 ? args[0] : PySingleton.NONE);
                };
                t.str = self -> {
                    PyObject msg = self.dict().getStr(PyStr.intern("msg"));
                    if (msg != null && msg != PySingleton.NONE) return ObjectProtocol.str(msg);
                    return PyBaseExceptionStr.str(self);
                };
            }
            case "AttributeError", "NameError" -> t.init = (self, args, kw) -> {
                int nkw = kw == null ? 0 : kw.length;
                int npos = args.length - nkw;
                e(self).setArgs(PyTuple.copyOf(args, 0, npos));
                PyDict d = self.dict();
                d.putStr(PyStr.intern("name"), PySingleton.NONE);
                if (name.equals("AttributeError")) d.putStr(PyStr.intern("obj"), PySingleton.NONE);
                for (int i = 0; i < nkw; i++) {
                    boolean ok = kw[i].equals("name") || (name.equals("AttributeError") && kw[i].equals("obj"));
                    if (!ok) {
                        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                                name, kw[i]);
                    }
                    d.putStr(PyStr.intern(kw[i]), args[npos + i]);
                }
            };
            case "UnicodeDecodeError", "UnicodeEncodeError" -> t.str = self -> {
                PyDict d = self.dict();
                PyObject enc = d.getStr(PyStr.intern("encoding"));
                if (enc == null) return PyBaseExceptionStr.str(self);
                return PyBaseExceptionStr.str(self);
            };
            case "BaseExceptionGroup", "ExceptionGroup" -> ExceptionGroups.fillSlots(t);
            default -> { }
        }
    }

    static Consumer<PyType> definerFor(String name) {
        return switch (name) {
            case "StopIteration", "StopAsyncIteration" -> t -> MethodDef.getset(t, "value", self -> e(self).value,
                    (self, v) -> e(self).value = v == null ? PySingleton.NONE : v);
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
        PyTuple all = PyTuple.copyOf(args, 0, npos);
        PyBaseException e = ExceptionTypes.create(actual, all);
        PyDict d = e.dict();
        PyObject none = PySingleton.NONE;
        d.putStr(PyStr.intern("errno"), npos >= 2 ? args[0] : none);
        d.putStr(PyStr.intern("strerror"), npos >= 2 ? args[1] : none);
        d.putStr(PyStr.intern("filename"), npos >= 3 ? args[2] : none);
        d.putStr(PyStr.intern("filename2"), npos >= 5 ? args[4] : none);
        if (npos >= 3 && npos <= 5) e.setArgs(PyTuple.of(args[0], args[1]));
        return e;
    }

    private static PyObject osErrorStr(PyObject self) {
        PyDict d = self.dict();
        PyObject errno = d.getStr(PyStr.intern("errno"));
        PyObject strerror = d.getStr(PyStr.intern("strerror"));
        PyObject filename = d.getStr(PyStr.intern("filename"));
        PyObject filename2 = d.getStr(PyStr.intern("filename2"));
        if (filename != null && filename != PySingleton.NONE) {
            if (filename2 != null && filename2 != PySingleton.NONE) {
                return PyStr.of("[Errno " + ObjectProtocol.strString(errno) + "] " + ObjectProtocol.strString(strerror) + ": "
                        + ObjectProtocol.reprString(filename) + " -> " + ObjectProtocol.reprString(filename2));
            }
            return PyStr.of("[Errno " + ObjectProtocol.strString(errno) + "] " + ObjectProtocol.strString(strerror) + ": "
                    + ObjectProtocol.reprString(filename));
        }
        if (errno != null && errno != PySingleton.NONE && strerror != null && strerror != PySingleton.NONE) {
            return PyStr.of("[Errno " + ObjectProtocol.strString(errno) + "] " + ObjectProtocol.strString(strerror));
        }
        return PyBaseExceptionStr.str(self);
    }

    // ---- SyntaxError -----------------------------------------------------------------------

    private static void initSyntaxError(PyObject self, PyObject[] args, String[] kw) {
        ExceptionTypes.BASE_EXCEPTION.init.init(self, args, kw);
        PyDict d = self.dict();
        PyObject none = PySingleton.NONE;
        for (String k : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            d.putStr(PyStr.intern(k), none);
        }
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n >= 1) d.putStr(PyStr.intern("msg"), args[0]);
        if (n == 2) {
            PyObject[] info = SequenceMethods.toArray(args[1]);
            if (info.length < 4 || info.length > 6) throw PyErr.indexError("tuple index out of range");
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < info.length; i++) d.putStr(PyStr.intern(names[i]), info[i]);
        }
    }

    private static PyObject syntaxErrorStr(PyObject self) {
        PyDict d = self.dict();
        PyObject msg = d.getStr(PyStr.intern("msg"));
        PyObject filename = d.getStr(PyStr.intern("filename"));
        PyObject lineno = d.getStr(PyStr.intern("lineno"));
        String m = msg == null || msg == PySingleton.NONE ? PyBaseExceptionStr.str(self).value() : ObjectProtocol.strString(msg);
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
    }
}
