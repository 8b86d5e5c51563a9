// The typing special forms the runtime itself produces: Unpack, from iterating a TypeVarTuple (*Ts).
package pyj.interp.typing;

import pyj.interp.object.PyGenericAlias;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * {@code *Ts} in an annotation or a subscript iterates the TypeVarTuple, which yields
 * {@code typing.Unpack[Ts]}. The alias is a GenericAlias whose origin is the Unpack form, so its
 * repr and its {@code __parameters__} come out as CPython's.
 */
final class SpecialForms extends PyObject {
    static final PyType TYPE = PyType.builtin("typing._SpecialForm", PyType.OBJECT, 0, null);
    static final SpecialForms UNPACK = new SpecialForms("Unpack");
    private static final PyType UNPACK_ALIAS = PyGenericAlias.typingFlavour("typing._UnpackGenericAlias");

    static {
        TYPE.repr = self -> PyStr.of("typing." + ((SpecialForms) self).name);
        TYPE.newFn = null;
    }

    private final String name;

    private SpecialForms(String name) {
        this.name = name;
    }

    @Override
    public PyType type() { return TYPE; }

    static PyObject unpack(PyObject typeVarTuple) {
        return new PyGenericAlias(UNPACK_ALIAS, UNPACK, typeVarTuple);
    }

    /** Whether {@code o} is {@code Unpack[Ts]} for a TypeVarTuple, and if so which. */
    static PyTypeParameter unpackedTypeVarTuple(PyObject o) {
        if (o instanceof PyGenericAlias a && a.origin() == UNPACK && a.args().size() == 1
                && a.args().get(0) instanceof PyTypeParameter p && p.kind == PyTypeParameter.Kind.TYPE_VAR_TUPLE) {
            return p;
        }
        return null;
    }
}
