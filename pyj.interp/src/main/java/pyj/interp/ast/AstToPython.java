// Turns the compiler's AST records into Python ast node objects (what ast.parse returns).
package pyj.interp.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;

import pyj.compiler.ast.AstDump;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Pos;
import pyj.compiler.code.Constant;
import pyj.interp.eval.PyCode;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyInstance;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * Walks the records by reflection: each record becomes an instance of the node class of the same
 * CPython name, each component the field of the same name (camelCase to snake_case), and the
 * source span the four position attributes. Operators and contexts are the shared singletons, as
 * in CPython.
 */
final class AstToPython {
    private static final PyStr LINENO = PyStr.intern("lineno");
    private static final PyStr COL_OFFSET = PyStr.intern("col_offset");
    private static final PyStr END_LINENO = PyStr.intern("end_lineno");
    private static final PyStr END_COL_OFFSET = PyStr.intern("end_col_offset");

    private final AstClasses classes;

    AstToPython(AstClasses classes) {
        this.classes = classes;
    }

    PyObject convert(Object value) {
        if (value == null) return PySingleton.NONE;
        if (value instanceof List<?> list) {
            PyList out = new PyList();
            for (Object x : list) out.append(convert(x));
            return out;
        }
        if (value instanceof String s) return PyStr.of(s);
        if (value instanceof Constant c) return constant(c);
        if (value instanceof Enum<?> e) return classes.singleton(e.name());
        if (value instanceof Boolean b) return PyInt.of(b ? 1 : 0);
        if (value instanceof Integer i) return PyInt.of(i);
        if (value instanceof Mod.TypeIgnore ti) return typeIgnore(ti);
        if (value instanceof Record r) return node(r);
        throw new IllegalArgumentException("not an AST value: " + value.getClass());
    }

    /**
     * A constant as ast.parse shows it. A frozenset from constant folding is built in item order,
     * as PyFrozenSet_New does, without the rebuilds a code object's constants go through.
     */
    private static PyObject constant(Constant c) {
        if (c instanceof Constant.FrozenSet fs) {
            pyj.interp.object.PySet set = new pyj.interp.object.PySet(true);
            for (Constant x : fs.items()) set.add(constant(x));
            return set;
        }
        if (c instanceof Constant.Tuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = constant(t.items().get(i));
            return pyj.interp.object.PyTuple.of(items);
        }
        return PyCode.constant(c);
    }

    private PyObject typeIgnore(Mod.TypeIgnore ti) {
        PyInstance n = new PyInstance(classes.classNamed("TypeIgnore"));
        n.dict().putStr(PyStr.intern("lineno"), PyInt.of(ti.lineno()));
        n.dict().putStr(PyStr.intern("tag"), PyStr.of(ti.tag()));
        return n;
    }

    private PyObject node(Record r) {
        PyType cls = classes.classNamed(AstDump.className(r));
        if (cls == null) throw new IllegalArgumentException("no ast class for " + r.getClass().getSimpleName());
        PyInstance n = new PyInstance(cls);
        PyDict d = n.dict();
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Pos p) {
                if (p == Pos.NONE) continue;
                d.putStr(LINENO, PyInt.of(p.line()));
                d.putStr(COL_OFFSET, PyInt.of(p.col()));
                d.putStr(END_LINENO, PyInt.of(p.endLine()));
                d.putStr(END_COL_OFFSET, PyInt.of(p.endCol()));
                continue;
            }
            d.putStr(PyStr.intern(AstDump.fieldName(rc.getName())), convert(v));
        }
        return n;
    }
}
