// TypeVar, ParamSpec and TypeVarTuple: the type parameters of generic functions, classes and aliases.
package pyj.interp.typing;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * One Java class for the three kinds, each with its own Python type and attribute set, as in
 * CPython's typevarobject.c. Parameters made by PEP 695 syntax infer their variance and get their
 * bound, constraints and default lazily; ones made by calling the class get them eagerly.
 */
public final class PyTypeParameter extends PyObject {
    enum Kind { TYPE_VAR, PARAM_SPEC, TYPE_VAR_TUPLE }

    static final PyType TYPE_VAR = PyType.builtin("typing.TypeVar", PyType.OBJECT, 0, t -> define(t, Kind.TYPE_VAR));
    static final PyType PARAM_SPEC = PyType.builtin("typing.ParamSpec", PyType.OBJECT, 0, t -> define(t, Kind.PARAM_SPEC));
    static final PyType TYPE_VAR_TUPLE = PyType.builtin("typing.TypeVarTuple", PyType.OBJECT, 0,
            t -> define(t, Kind.TYPE_VAR_TUPLE));

    static {
        for (PyType t : new PyType[] {TYPE_VAR, PARAM_SPEC, TYPE_VAR_TUPLE}) {
            t.repr = self -> PyStr.of(((PyTypeParameter) self).repr());
        }
        TYPE_VAR.newFn = TypeParameterConstruction::newTypeVar;
        PARAM_SPEC.newFn = TypeParameterConstruction::newParamSpec;
        TYPE_VAR_TUPLE.newFn = TypeParameterConstruction::newTypeVarTuple;
        TYPE_VAR_TUPLE.iter = self -> ObjectProtocol.getIter(PyTuple.of(SpecialForms.unpack(self)));
    }

    final Kind kind;
    final PyStr name;
    PyObject module = PySingleton.NONE;
    /** null: no bound (None). */
    LazyValue bound;
    /** null: no constraints (an empty tuple). */
    LazyValue constraints;
    /** null: no default (typing.NoDefault). */
    LazyValue defaultValue;
    boolean covariant;
    boolean contravariant;
    boolean inferVariance;

    PyTypeParameter(Kind kind, PyStr name) {
        this.kind = kind;
        this.name = name;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case TYPE_VAR -> TYPE_VAR;
            case PARAM_SPEC -> PARAM_SPEC;
            case TYPE_VAR_TUPLE -> TYPE_VAR_TUPLE;
        };
    }

    /** The PEP 695 spelling: {@code [T]}, {@code [**P]}, {@code [*Ts]} inside a generic definition. */
    static PyTypeParameter declared(Kind kind, PyStr name) {
        PyTypeParameter p = new PyTypeParameter(kind, name);
        p.inferVariance = kind != Kind.TYPE_VAR_TUPLE;
        p.module = PyStr.intern("typing");
        return p;
    }

    /** {@code ~T} (invariant), {@code +T}, {@code -T}; inferred variance and TypeVarTuples show the bare name. */
    private String repr() {
        if (kind == Kind.TYPE_VAR_TUPLE || inferVariance) return name.value();
        return (covariant ? "+" : contravariant ? "-" : "~") + name.value();
    }

    private PyObject defaultOrMarker() {
        PyObject d = defaultValue == null ? null : defaultValue.get();
        return d == null ? NoDefault.INSTANCE : d;
    }

    private static PyTypeParameter p(PyObject o) { return (PyTypeParameter) o; }

    private static void define(PyType t, Kind kind) {
        MethodDef.getter(t, "__name__", self -> p(self).name);
        MethodDef.getset(t, "__module__", self -> p(self).module, (self, v) -> p(self).module = v == null ? PySingleton.NONE : v);
        MethodDef.getter(t, "__default__", self -> p(self).defaultOrMarker());
        MethodDef.noArgs(t, "has_default", self -> PyBool.of(p(self).defaultOrMarker() != NoDefault.INSTANCE));
        MethodDef.noArgs(t, "__reduce__", self -> p(self).name);
        MethodDef.oneArg(t, "__mro_entries__", (self, bases) -> {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "Cannot subclass an instance of %s", t.simpleName());
        });
        if (kind == Kind.TYPE_VAR_TUPLE) {
            MethodDef.oneArg(t, "__typing_subst__", (self, arg) -> {
                throw PyErr.typeError("Substitution of bare TypeVarTuple is not supported");
            });
            return;
        }
        MethodDef.getter(t, "__bound__", self -> {
            PyObject b = p(self).bound == null ? null : p(self).bound.get();
            return b == null ? PySingleton.NONE : b;
        });
        MethodDef.getter(t, "__covariant__", self -> PyBool.of(p(self).covariant));
        MethodDef.getter(t, "__contravariant__", self -> PyBool.of(p(self).contravariant));
        MethodDef.getter(t, "__infer_variance__", self -> PyBool.of(p(self).inferVariance));
        MethodDef.oneArg(t, "__typing_subst__", (self, arg) -> arg);
        if (kind == Kind.TYPE_VAR) {
            MethodDef.getter(t, "__constraints__", self -> {
                PyObject c = p(self).constraints == null ? null : p(self).constraints.get();
                return c == null ? PyTuple.EMPTY : c;
            });
        } else {
            MethodDef.getter(t, "args", self -> new PyParamSpecComponent(p(self), false));
            MethodDef.getter(t, "kwargs", self -> new PyParamSpecComponent(p(self), true));
        }
    }
}
