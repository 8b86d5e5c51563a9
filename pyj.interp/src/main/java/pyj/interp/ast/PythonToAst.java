// Turns Python ast node objects back into the compiler's AST records, so compile() accepts a tree.
package pyj.interp.ast;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import pyj.compiler.ast.AstDump;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Node;
import pyj.compiler.ast.Pos;
import pyj.compiler.code.Constant;
import pyj.interp.eval.ConstantFolding;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * CPython's obj2ast: reads each field the record needs from the Python object, checks its type
 * ("expected some sort of expr", "required field ... missing from ...") and builds the record
 * through its canonical constructor. Missing end positions default to the start position.
 */
final class PythonToAst {
    private final AstClasses classes;
    private final Map<String, Class<?>> recordClasses = new HashMap<>();

    PythonToAst(AstClasses classes) {
        this.classes = classes;
        collect(Node.class);
    }

    /** Maps CPython class names to the records of the sealed AST hierarchy. */
    private void collect(Class<?> c) {
        if (c.isRecord()) {
            recordClasses.put(AstDump.classNameOf(c), c);
            return;
        }
        Class<?>[] permitted = c.getPermittedSubclasses();
        if (permitted != null) for (Class<?> p : permitted) collect(p);
    }

    /** The tree for a mod node (Module, Expression, Interactive, FunctionType). */
    Mod toMod(PyObject obj) {
        return (Mod) toNode(obj, "mod");
    }

    private Object toNode(PyObject obj, String expectedKind) {
        PyType expected = classes.classNamed(expectedKind);
        if (expected == null || !obj.type().isSubtypeOf(expected)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected some sort of %s, but got %s", expectedKind,
                    ObjectProtocol.reprString(obj));
        }
        AstSchema.Node spec = classes.specOf(obj.type());
        Class<?> record = recordClasses.get(spec.name());
        if (record == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected some sort of %s, but got %s", expectedKind,
                    ObjectProtocol.reprString(obj));
        }
        RecordComponent[] rcs = record.getRecordComponents();
        Object[] values = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            if (types[i] == Pos.class) {
                values[i] = position(obj, spec.base().equals("AST") ? spec.name() : spec.base());
                continue;
            }
            String field = AstDump.fieldName(rcs[i].getName());
            String kind = kindOf(spec, field);
            values[i] = field(obj, spec.name(), field, kind, rcs[i]);
        }
        try {
            Constructor<?> ctor = record.getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + record.getSimpleName(), e);
        }
    }

    private static String kindOf(AstSchema.Node spec, String field) {
        for (int i = 0; i < spec.fields().length; i++) if (spec.fields()[i].equals(field)) return spec.types()[i];
        throw new IllegalStateException(spec.name() + " has no field " + field);
    }

    private Object field(PyObject obj, String owner, String field, String kind, RecordComponent rc) {
        PyObject v = ObjectProtocol.lookupAttr(obj, PyStr.intern(field));
        boolean optional = kind.endsWith("?");
        if (v == null || (v == PySingleton.NONE && optional)) {
            if (optional || kind.equals("object")) {
                if (v == null && !optional) throw missing(field, owner);
                return zeroFor(rc.getType(), v);
            }
            throw missing(field, owner);
        }
        String base = kind.replace("?", "").replace("*", "");
        if (kind.endsWith("*")) {
            Type elementType = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            PyObject[] items;
            try {
                items = ObjectProtocol.toArray(v);
            } catch (PyException e) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s field \"%s\" must be a list, not a %s", owner,
                        field, v.type().name());
            }
            // None stands for "no key" in a dict display's **mapping entries and for "no default"
            // of a keyword-only parameter; everywhere else a list holds no None (CPython's validator).
            boolean noneAllowed = owner.equals("Dict") && field.equals("keys")
                    || owner.equals("arguments") && field.equals("kw_defaults");
            for (PyObject item : items) {
                if (item == PySingleton.NONE) {
                    if (noneAllowed) {
                        out.add(null);
                        continue;
                    }
                    if (base.equals("expr")) throw PyErr.valueError("None disallowed in expression list");
                    if (base.equals("stmt")) throw PyErr.valueError("None disallowed in statement list");
                }
                out.add(scalar(item, owner, field, base, (Class<?>) elementType));
            }
            return out;
        }
        return scalar(v, owner, field, base, rc.getType());
    }

    private static Object zeroFor(Class<?> type, PyObject v) {
        if (type == int.class) return v == PySingleton.NONE || v == null ? 0 : (int) ObjectProtocol.index(v);
        if (type == boolean.class) return false;
        if (type == Constant.class && v == PySingleton.NONE) return Constant.NONE;
        return null;
    }

    private Object scalar(PyObject v, String owner, String field, String kind, Class<?> type) {
        switch (kind) {
            case "str":
                if (!(v instanceof PyStr s)) throw PyErr.typeError("AST identifier must be of type str");
                return s.value();
            case "int":
                if (!(v instanceof PyInt i)) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "field \"%s\" must be an int, not %s", field,
                            v.type().name());
                }
                return type == boolean.class ? (Object) (i.signum() != 0) : (Object) (int) i.asSsize();
            case "object":
                Constant c = ConstantFolding.toConstant(v);
                if (c == null) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "got an invalid type in %s: %s", owner,
                            v.type().name());
                }
                return c;
            case "type_ignore":
                return new Mod.TypeIgnore((int) ObjectProtocol.index(ObjectProtocol.getAttr(v, "lineno")),
                        ObjectProtocol.strString(ObjectProtocol.getAttr(v, "tag")));
            default:
                if (type.isEnum()) return enumValue(v, kind, type);
                return toNode(v, kind);
        }
    }

    private Object enumValue(PyObject v, String kind, Class<?> enumType) {
        PyType expected = classes.classNamed(kind);
        if (!v.type().isSubtypeOf(expected)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected some sort of %s, but got %s", kind,
                    ObjectProtocol.reprString(v));
        }
        String name = classes.specOf(v.type()).name();
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) return constant;
        }
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "expected some sort of %s, but got %s", kind,
                ObjectProtocol.reprString(v));
    }

    private static Pos position(PyObject obj, String owner) {
        int line = requiredInt(obj, "lineno", owner);
        int col = requiredInt(obj, "col_offset", owner);
        int endLine = optionalInt(obj, "end_lineno", line);
        int endCol = optionalInt(obj, "end_col_offset", col);
        return new Pos(line, col, endLine, endCol);
    }

    private static int requiredInt(PyObject obj, String name, String owner) {
        PyObject v = ObjectProtocol.lookupAttr(obj, PyStr.intern(name));
        if (v == null) throw missing(name, owner);
        return (int) ObjectProtocol.index(v);
    }

    private static int optionalInt(PyObject obj, String name, int fallback) {
        PyObject v = ObjectProtocol.lookupAttr(obj, PyStr.intern(name));
        return v == null || v == PySingleton.NONE ? fallback : (int) ObjectProtocol.index(v);
    }

    private static PyException missing(String field, String owner) {
        return PyErr.format(ExceptionTypes.TYPE_ERROR, "required field \"%s\" missing from %s", field, owner);
    }
}
