// typing.TypeAliasType: what `type Name[T] = value` creates, its value evaluated on first use.
package pyj.interp.typing;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyGenericAlias;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

public final class PyTypeAliasType extends PyObject {
    static final PyType TYPE = PyType.builtin("typing.TypeAliasType", PyType.OBJECT, 0, PyTypeAliasType::define);
    private static final ArgParser ARGS = new ArgParser("typealias", 2, 0, 2, "name", "value", "type_params");

    static {
        TYPE.repr = self -> ((PyTypeAliasType) self).name;
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.parse(args, kw);
            if (!(a[0] instanceof PyStr name)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "typealias() argument 'name' must be str, not %s",
                        a[0].type().name());
            }
            PyObject params = a[2] == null ? PyTuple.EMPTY : a[2];
            if (!(params instanceof PyTuple tp)) throw PyErr.typeError("type_params must be a tuple");
            return new PyTypeAliasType(name, tp, LazyValue.of(a[1]), PyType.currentModuleName());
        };
        TYPE.getattro = pyj.interp.object.ObjectProtocol.GENERIC_GETATTR;
        TYPE.getitem = (self, item) -> {
            if (a(self).typeParams.size() == 0) throw PyErr.typeError("Only generic type aliases are subscriptable");
            return new PyGenericAlias(self, item);
        };
    }

    private final PyStr name;
    private final PyTuple typeParams;
    private final LazyValue value;
    private final PyObject module;

    PyTypeAliasType(PyStr name, PyTuple typeParams, LazyValue value, PyObject module) {
        this.name = name;
        this.typeParams = typeParams;
        this.value = value;
        this.module = module;
    }

    @Override
    public PyType type() { return TYPE; }

    private static PyTypeAliasType a(PyObject o) { return (PyTypeAliasType) o; }

    private static void define(PyType t) {
        MethodDef.getter(t, "__name__", self -> a(self).name);
        MethodDef.getter(t, "__value__", self -> a(self).value.get());
        MethodDef.getter(t, "__type_params__", self -> a(self).typeParams);
        MethodDef.getter(t, "__parameters__", self -> GenericClass.parametersOf(a(self).typeParams));
        MethodDef.getter(t, "__module__", self -> a(self).module);
        MethodDef.noArgs(t, "__reduce__", self -> a(self).name);
        MethodDef.oneArg(t, "__mro_entries__", (self, bases) -> {
            throw PyErr.typeError("Cannot subclass an instance of TypeAliasType");
        });
        MethodDef.attr(t, "__doc__", PySingleton.NONE);
    }
}
