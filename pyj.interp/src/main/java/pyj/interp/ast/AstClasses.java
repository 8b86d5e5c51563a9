// The Python classes of the AST (ast.AST and its 123 node classes), created once from the schema.
package pyj.interp.ast;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInstance;
import pyj.interp.object.PyList;
import pyj.interp.object.PyMethodDescriptor;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.warnings.Warnings;

/**
 * Builds ast.AST and the node classes as ordinary heap classes in module "ast", so programs can
 * subclass them, give instances new attributes, and match on them. AST.__init__ follows 3.13:
 * positional arguments fill {@code _fields} in order, an omitted list field becomes [], an omitted
 * expr_context becomes Load(), an omitted optional field reads as the class attribute None, and an
 * omitted required field or an unknown keyword is a DeprecationWarning, not yet an error.
 */
final class AstClasses {
    private static AstClasses instance;

    final PyType ast;
    private final Map<String, PyType> byName = new LinkedHashMap<>();
    private final Map<PyType, AstSchema.Node> specs = new HashMap<>();
    /** The shared instances of operator and context classes that parsing returns (ast.Load() etc.). */
    private final Map<String, PyObject> singletons = new HashMap<>();

    static synchronized AstClasses get() {
        if (instance == null) instance = new AstClasses();
        return instance;
    }

    private AstClasses() {
        PyDict ns = new PyDict();
        ns.putStr(PyStr.intern("__module__"), PyStr.intern("ast"));
        ns.putStr(PyStr.intern("_fields"), PyTuple.EMPTY);
        ns.putStr(PyStr.intern("_attributes"), PyTuple.EMPTY);
        ns.putStr(PyStr.intern("__match_args__"), PyTuple.EMPTY);
        ast = newClass("AST", PyType.OBJECT, ns);
        ObjectProtocol.setAttr(ast, PyStr.intern("__init__"),
                new PyMethodDescriptor("__init__", ast, this::init, false, null));
        ObjectProtocol.setAttr(ast, PyStr.intern("__reduce__"),
                new PyMethodDescriptor("__reduce__", ast, (self, args, kw) -> reduce(self), false, null));
        byName.put("AST", ast);
        for (AstSchema.Node n : AstSchema.NODES) {
            PyType base = byName.get(n.base());
            PyDict d = new PyDict();
            d.putStr(PyStr.intern("__module__"), PyStr.intern("ast"));
            d.putStr(PyStr.intern("__doc__"), PyStr.of(n.doc()));
            d.putStr(PyStr.intern("_fields"), strings(n.fields()));
            d.putStr(PyStr.intern("__match_args__"), strings(n.fields()));
            d.putStr(PyStr.intern("_attributes"), strings(n.attributes()));
            for (int i = 0; i < n.fields().length; i++) {
                if (n.types()[i].endsWith("?")) d.putStr(PyStr.intern(n.fields()[i]), PySingleton.NONE);
            }
            AstSchema.Node parent = specs.get(base);
            boolean declaresAttributes = n.attributes().length > 0
                    && (parent == null || parent.attributes().length == 0);
            if (declaresAttributes) {
                for (String a : n.attributes()) if (a.startsWith("end_")) d.putStr(PyStr.intern(a), PySingleton.NONE);
            }
            PyType t = newClass(n.name(), base, d);
            byName.put(n.name(), t);
            specs.put(t, n);
            if (n.fields().length == 0 && isLeafOperator(n)) singletons.put(n.name(), new PyInstance(t));
        }
    }

    private static PyType newClass(String name, PyType base, PyDict ns) {
        return (PyType) ObjectProtocol.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
    }

    /** Operator and context classes (Add, Load, ...): no fields, and their base is one of the enumerations. */
    private static boolean isLeafOperator(AstSchema.Node n) {
        return List.of("boolop", "operator", "unaryop", "cmpop", "expr_context").contains(n.base());
    }

    private static PyTuple strings(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) items[i] = PyStr.intern(names[i]);
        return PyTuple.of(items);
    }

    /** Every class by name (the contents of _ast). */
    Map<String, PyType> classes() { return byName; }

    PyType classNamed(String name) { return byName.get(name); }

    /** The schema entry of a node class (or of its nearest schema ancestor, for user subclasses). */
    AstSchema.Node specOf(PyType t) {
        for (PyType m : t.mro()) {
            AstSchema.Node n = specs.get(m);
            if (n != null) return n;
        }
        return null;
    }

    /** The instance parsing returns for an operator or context, e.g. the one Load(). */
    PyObject singleton(String className) { return singletons.get(className); }

    // ---- AST.__init__ and __reduce__ -----------------------------------------------------------

    private PyObject init(PyObject self, PyObject[] args, String[] kw) {
        PyType type = self.type();
        PyObject fieldsObj = ObjectProtocol.lookupAttr(type, PyStr.intern("_fields"));
        PyObject[] fields = fieldsObj == null ? new PyObject[0] : ObjectProtocol.toArray(fieldsObj);
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > fields.length) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s constructor takes at most %d positional argument%s",
                    type.name(), fields.length, fields.length == 1 ? "" : "s");
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 0; i < npos; i++) {
            ObjectProtocol.setAttr(self, (PyStr) fields[i], args[i]);
            given.add(((PyStr) fields[i]).value());
        }
        PyObject attributesObj = ObjectProtocol.lookupAttr(type, PyStr.intern("_attributes"));
        List<String> attributes = attributesObj == null ? List.of()
                : java.util.Arrays.stream(ObjectProtocol.toArray(attributesObj))
                        .map(ObjectProtocol::strString).toList();
        List<String> fieldNames = java.util.Arrays.stream(fields).map(ObjectProtocol::strString).toList();
        for (int k = 0; k < nkw; k++) {
            String name = kw[k];
            if (given.contains(name)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s got multiple values for argument '%s'", type.name(),
                        name);
            }
            if (!fieldNames.contains(name) && !attributes.contains(name)) {
                Warnings.warn(ExceptionTypes.DEPRECATION_WARNING, type.name() + ".__init__ got an unexpected keyword "
                        + "argument '" + name + "'. Support for arbitrary keyword arguments is deprecated and will be "
                        + "removed in Python 3.15.", 1);
            }
            ObjectProtocol.setAttr(self, PyStr.intern(name), args[npos + k]);
            given.add(name);
        }
        AstSchema.Node spec = specOf(type);
        if (spec == null) return PySingleton.NONE;
        for (int i = spec.fields().length - 1; i >= 0; i--) {
            String field = spec.fields()[i];
            if (given.contains(field) || !fieldNames.contains(field)) continue;
            String kind = spec.types()[i];
            if (kind.endsWith("*")) {
                ObjectProtocol.setAttr(self, PyStr.intern(field), new PyList());
            } else if (kind.equals("expr_context")) {
                ObjectProtocol.setAttr(self, PyStr.intern(field), new PyInstance(byName.get("Load")));
            } else if (!kind.endsWith("?")) {
                Warnings.warn(ExceptionTypes.DEPRECATION_WARNING, type.name() + ".__init__ missing 1 required "
                        + "positional argument: '" + field + "'. This will become an error in Python 3.15.", 1);
            }
        }
        return PySingleton.NONE;
    }

    /** (type, (None,) * len(_fields), __dict__): what pickle and copy need to rebuild a node. */
    private PyObject reduce(PyObject self) {
        PyObject fieldsObj = ObjectProtocol.lookupAttr(self.type(), PyStr.intern("_fields"));
        int n = fieldsObj == null ? 0 : (int) ObjectProtocol.length(fieldsObj);
        PyObject[] nones = new PyObject[n];
        java.util.Arrays.fill(nones, PySingleton.NONE);
        PyDict d = self.dict();
        return d == null ? PyTuple.of(self.type(), PyTuple.of(nones)) : PyTuple.of(self.type(), PyTuple.of(nones), d);
    }

}
