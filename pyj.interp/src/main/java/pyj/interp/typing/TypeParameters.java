// PEP 695 at run time: the objects the type-parameter intrinsics create, and the _typing module.
package pyj.interp.typing;

import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.typing.PyTypeParameter.Kind;

/**
 * The compiler turns {@code def f[T: int, *Ts, **P]} and {@code type A[T] = ...} into calls of
 * CALL_INTRINSIC_1/2; these are their implementations. Bounds, constraints, defaults and alias
 * values arrive as functions, evaluated when first asked for.
 */
public final class TypeParameters {
    private TypeParameters() {}

    /** INTRINSIC_TYPEVAR: {@code [T]}. */
    public static PyObject typeVar(PyObject name) {
        return PyTypeParameter.declared(Kind.TYPE_VAR, (PyStr) name);
    }

    /** INTRINSIC_TYPEVAR_WITH_BOUND: {@code [T: bound]}. */
    public static PyObject typeVarWithBound(PyObject name, PyObject evaluateBound) {
        PyTypeParameter p = PyTypeParameter.declared(Kind.TYPE_VAR, (PyStr) name);
        p.bound = LazyValue.computedBy(evaluateBound);
        return p;
    }

    /** INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: {@code [T: (A, B)]}. */
    public static PyObject typeVarWithConstraints(PyObject name, PyObject evaluateConstraints) {
        PyTypeParameter p = PyTypeParameter.declared(Kind.TYPE_VAR, (PyStr) name);
        p.constraints = LazyValue.computedBy(evaluateConstraints);
        return p;
    }

    /** INTRINSIC_PARAMSPEC: {@code [**P]}. */
    public static PyObject paramSpec(PyObject name) {
        return PyTypeParameter.declared(Kind.PARAM_SPEC, (PyStr) name);
    }

    /** INTRINSIC_TYPEVARTUPLE: {@code [*Ts]}. */
    public static PyObject typeVarTuple(PyObject name) {
        return PyTypeParameter.declared(Kind.TYPE_VAR_TUPLE, (PyStr) name);
    }

    /** INTRINSIC_SET_TYPEPARAM_DEFAULT: {@code [T = default]} (PEP 696). */
    public static PyObject setDefault(PyObject typeParam, PyObject evaluateDefault) {
        ((PyTypeParameter) typeParam).defaultValue = LazyValue.computedBy(evaluateDefault);
        return typeParam;
    }

    /** INTRINSIC_SUBSCRIPT_GENERIC: the implicit {@code Generic[T, ...]} base of {@code class C[T]}. */
    public static PyObject subscriptGeneric(PyObject params) {
        return GenericClass.subscriptGeneric((PyTuple) params);
    }

    /** INTRINSIC_TYPEALIAS: {@code (name, type_params or None, compute_value)} from a type statement. */
    public static PyObject typeAlias(PyObject triple, PyObject module) {
        PyTuple t = (PyTuple) triple;
        PyTuple params = t.get(1) == PySingleton.NONE ? PyTuple.EMPTY : (PyTuple) t.get(1);
        return new PyTypeAliasType((PyStr) t.get(0), params, LazyValue.computedBy(t.get(2)), module);
    }

    /** The _typing module, which typing re-exports these from. */
    public static PyModule createModule() {
        PyModule m = new PyModule("_typing");
        m.put("__doc__", PyStr.of("Primitives and accelerators for the typing module.\n"));
        m.put("TypeVar", PyTypeParameter.TYPE_VAR);
        m.put("ParamSpec", PyTypeParameter.PARAM_SPEC);
        m.put("ParamSpecArgs", PyParamSpecComponent.ARGS);
        m.put("ParamSpecKwargs", PyParamSpecComponent.KWARGS);
        m.put("TypeVarTuple", PyTypeParameter.TYPE_VAR_TUPLE);
        m.put("TypeAliasType", PyTypeAliasType.TYPE);
        m.put("Generic", GenericClass.TYPE);
        m.put("NoDefault", NoDefault.INSTANCE);
        return m;
    }
}
