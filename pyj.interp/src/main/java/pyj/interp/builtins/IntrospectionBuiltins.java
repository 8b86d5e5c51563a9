// Builtins that inspect objects and namespaces: getattr family, dir, vars, id, hash, callable, repr, format, globals, locals.
package pyj.interp.builtins;

import pyj.interp.eval.CodeExecution;
import pyj.interp.object.ArgParser;
import pyj.interp.object.Ascii;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.Identity;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

final class IntrospectionBuiltins {
    private IntrospectionBuiltins() {}

    private static final PyStr DIR = PyStr.intern("__dir__");
    private static final PyStr DICT = PyStr.intern("__dict__");

    static void define(PyModule b) {
        b.put("getattr", MethodDef.function(b, "getattr", (self, args, kw) -> {
            ArgParser.noKeywords("getattr", kw);
            ArgParser.checkPositional("getattr", args, kw, 2, 3);
            PyStr name = attrName(args[1]);
            if (args.length == 2) return ObjectProtocol.getAttr(args[0], name);
            PyObject v = ObjectProtocol.lookupAttr(args[0], name);
            return v != null ? v : args[2];
        }));
        b.put("hasattr", MethodDef.function(b, "hasattr", (self, args, kw) -> {
            ArgParser.noKeywords("hasattr", kw);
            ArgParser.checkPositional("hasattr", args, kw, 2, 2);
            return PyBool.of(ObjectProtocol.lookupAttr(args[0], attrName(args[1])) != null);
        }));
        b.put("setattr", MethodDef.function(b, "setattr", (self, args, kw) -> {
            ArgParser.noKeywords("setattr", kw);
            ArgParser.checkPositional("setattr", args, kw, 3, 3);
            ObjectProtocol.setAttr(args[0], attrName(args[1]), args[2]);
            return PySingleton.NONE;
        }));
        b.put("delattr", MethodDef.function(b, "delattr", (self, args, kw) -> {
            ArgParser.noKeywords("delattr", kw);
            ArgParser.checkPositional("delattr", args, kw, 2, 2);
            ObjectProtocol.setAttr(args[0], attrName(args[1]), null);
            return PySingleton.NONE;
        }));
        b.put("dir", MethodDef.function(b, "dir", (self, args, kw) -> {
            ArgParser.noKeywords("dir", kw);
            ArgParser.checkPositional("dir", args, kw, 0, 1);
            return dir(args.length == 0 ? null : args[0]);
        }));
        b.put("vars", MethodDef.function(b, "vars", (self, args, kw) -> {
            ArgParser.noKeywords("vars", kw);
            ArgParser.checkPositional("vars", args, kw, 0, 1);
            if (args.length == 0) return CodeExecution.callerLocals();
            try {
                return ObjectProtocol.getAttr(args[0], DICT);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
                throw PyErr.typeError("vars() argument must have __dict__ attribute");
            }
        }));
        b.put("id", MethodDef.function1(b, "id", o -> PyInt.of(Identity.id(o))));
        b.put("hash", MethodDef.function1(b, "hash", o -> PyInt.of(ObjectProtocol.hash(o))));
        b.put("callable", MethodDef.function1(b, "callable", o -> PyBool.of(o.type().call != null)));
        b.put("repr", MethodDef.function1(b, "repr", ObjectProtocol::repr));
        b.put("ascii", MethodDef.function1(b, "ascii", o -> PyStr.of(Ascii.ascii(ObjectProtocol.reprString(o)))));
        b.put("format", MethodDef.function(b, "format", (self, args, kw) -> {
            ArgParser.noKeywords("format", kw);
            ArgParser.checkPositional("format", args, kw, 1, 2);
            if (args.length == 1) return ObjectProtocol.format(args[0], "");
            if (!(args[1] instanceof PyStr spec)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "format() argument 2 must be str, not %s",
                        args[1].type().name());
            }
            return ObjectProtocol.format(args[0], spec.value());
        }));
        b.put("globals", MethodDef.function(b, "globals", (self, args, kw) -> {
            ArgParser.noKeywords("globals", kw);
            ArgParser.checkPositional("globals", args, kw, 0, 0);
            PyDict g = CodeExecution.callerGlobals();
            return g == null ? PySingleton.NONE : g;
        }));
        b.put("locals", MethodDef.function(b, "locals", (self, args, kw) -> {
            ArgParser.noKeywords("locals", kw);
            ArgParser.checkPositional("locals", args, kw, 0, 0);
            PyObject l = CodeExecution.callerLocals();
            return l == null ? PySingleton.NONE : l;
        }));
        b.put("isinstance", MethodDef.function(b, "isinstance", (self, args, kw) -> {
            ArgParser.noKeywords("isinstance", kw);
            ArgParser.checkPositional("isinstance", args, kw, 2, 2);
            return PyBool.of(TypeChecks.isInstance(args[0], args[1]));
        }));
        b.put("issubclass", MethodDef.function(b, "issubclass", (self, args, kw) -> {
            ArgParser.noKeywords("issubclass", kw);
            ArgParser.checkPositional("issubclass", args, kw, 2, 2);
            return PyBool.of(TypeChecks.isSubclass(args[0], args[1]));
        }));
    }

    private static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "attribute name must be string, not '%s'", o.type().name());
    }

    /** dir(): the caller's local names, or the object's __dir__(), sorted. */
    static PyList dir(PyObject o) {
        PyObject names;
        if (o == null) {
            PyObject locals = CodeExecution.callerLocals();
            names = locals instanceof PyDict d ? ObjectProtocol.callMethod(d, "keys")
                    : ObjectProtocol.callMethod(locals, "keys");
        } else {
            PyObject method = ObjectProtocol.lookupSpecial(o, DIR);
            if (method == null) throw PyErr.typeError("object does not provide __dir__");
            names = ObjectProtocol.call(method);
        }
        PyList out = new PyList();
        PyObject it = ObjectProtocol.getIter(names);
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) out.append(x);
        ObjectProtocol.callMethod(out, "sort");
        return out;
    }
}
