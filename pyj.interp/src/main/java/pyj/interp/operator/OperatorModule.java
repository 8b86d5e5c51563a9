// The operator module: Python's operators as functions, their dunder aliases, and the getter/caller types.
package pyj.interp.operator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pyj.interp.object.BuiltinImpl;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBuiltinFunction;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.Slots;

/**
 * CPython splits this into _operator (C) and operator.py, which re-exports _operator and adds the
 * {@code __add__}-style aliases; pyj builds the result in one module. Every function goes through
 * the same protocols as the corresponding operator, so results and errors are the operator's.
 */
public final class OperatorModule {
    private OperatorModule() {}

    private static final String DOC = """
            Operator interface.

            This module exports a set of functions implemented in C corresponding
            to the intrinsic operators of Python.  For example, operator.add(x, y)
            is equivalent to the expression x+y.  The function names are those
            used for special methods; variants without leading and trailing
            '__' are also provided for convenience.""";

    /** The public functions without a dunder alias. */
    private static final Set<String> NO_ALIAS = Set.of("truth", "is_", "is_not", "countOf", "indexOf",
            "length_hint");

    public static PyModule create() {
        PyModule m = new PyModule("operator");
        m.put("__doc__", PyStr.of(DOC));
        Table table = new Table(m);
        Comparisons.define(table);
        Arithmetic.define(table);
        Sequences.define(table);
        table.vector("length_hint", LengthHint.DOC, (self, args, kw) -> LengthHint.call(args, kw));
        table.vector("call", "Same as obj(*args, **kwargs).", (self, args, kw) -> {
            Arity.count("call", args.length - (kw == null ? 0 : kw.length), 1, Integer.MAX_VALUE);
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return ObjectProtocol.call(args[0], rest, kw);
        });
        table.functions.put("attrgetter", AttrGetter.TYPE);
        table.functions.put("itemgetter", ItemGetter.TYPE);
        table.functions.put("methodcaller", MethodCaller.TYPE);
        List<String> names = new ArrayList<>(table.functions.keySet());
        names.sort(null);
        List<PyObject> all = new ArrayList<>();
        for (String name : names) {
            m.put(name, table.functions.get(name));
            all.add(PyStr.of(name));
        }
        m.put("__all__", new PyList(all.toArray(PyObject[]::new)));
        for (String name : names) {
            PyObject f = table.functions.get(name);
            if (NO_ALIAS.contains(name) || !(f instanceof PyBuiltinFunction)) continue;
            String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
            m.put("__" + bare + "__", f);
        }
        return m;
    }

    /** Builtin functions bound to the module, by name, with _operator's argument conventions. */
    static final class Table {
        private final PyModule module;
        final Map<String, PyObject> functions = new LinkedHashMap<>();

        Table(PyModule module) { this.module = module; }

        void unary(String name, String doc, Slots.Unary body) {
            vector(name, doc, (self, args, kw) -> body.apply(Arity.single(name, args, kw)));
        }

        void binary(String name, String doc, Slots.Binary body) {
            vector(name, doc, (self, args, kw) -> {
                Arity.positional(name, args, kw, 2, 2);
                return body.apply(args[0], args[1]);
            });
        }

        void vector(String name, String doc, BuiltinImpl body) {
            functions.put(name, new PyBuiltinFunction(name, name, module, body, doc));
        }
    }
}
