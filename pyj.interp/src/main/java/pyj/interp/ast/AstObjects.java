// The runtime's bridge between compiler ASTs and Python ast objects: the _ast module and compile()'s AST modes.
package pyj.interp.ast;

import java.util.Map;

import pyj.compiler.Compiler;
import pyj.compiler.ast.Mod;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

/** Entry points for the builtins (compile) and the module table (_ast). */
public final class AstObjects {
    private AstObjects() {}

    /** The _ast module: every node class and the PyCF_ flags ast.py re-exports. */
    public static PyModule createModule() {
        PyModule m = new PyModule("_ast");
        for (Map.Entry<String, PyType> e : AstClasses.get().classes().entrySet()) m.put(e.getKey(), e.getValue());
        m.put("PyCF_ONLY_AST", PyInt.of(Compiler.PyCF_ONLY_AST));
        m.put("PyCF_TYPE_COMMENTS", PyInt.of(Compiler.PyCF_TYPE_COMMENTS));
        m.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT));
        m.put("PyCF_OPTIMIZED_AST", PyInt.of(Compiler.PyCF_OPTIMIZED_AST));
        return m;
    }

    /** Whether {@code o} is an ast.AST instance (compile() then takes it as a tree). */
    public static boolean isAst(PyObject o) {
        return o.type().isSubtypeOf(AstClasses.get().ast);
    }

    /** The Python objects for a compiler AST (ast.parse's result). */
    public static PyObject toPython(Mod mod) {
        return new AstToPython(AstClasses.get()).convert(mod);
    }

    /**
     * The compiler AST for a Python tree given to compile() in {@code mode}, checking that the root
     * is the mod kind the mode expects.
     */
    public static Mod toMod(PyObject tree, Compiler.Mode mode) {
        AstClasses classes = AstClasses.get();
        String expected = switch (mode) {
            case EXEC -> "Module";
            case EVAL -> "Expression";
            case SINGLE -> "Interactive";
            case FUNC_TYPE -> "FunctionType";
        };
        PyType want = classes.classNamed(expected);
        if (!tree.type().isSubtypeOf(classes.classNamed("mod"))) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected some sort of mod, but got %s",
                    pyj.interp.object.ObjectProtocol.reprString(tree));
        }
        if (!tree.type().isSubtypeOf(want)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected %s node, got %s", expected,
                    classes.specOf(tree.type()).name());
        }
        return new PythonToAst(classes).toMod(tree);
    }
}
