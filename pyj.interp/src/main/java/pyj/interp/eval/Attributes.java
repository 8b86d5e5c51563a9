// Attribute access for LOAD_ATTR's method form and LOAD_SUPER_ATTR.
package pyj.interp.eval;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;
import pyj.interp.object.Slots;

final class Attributes {
    private Attributes() {}

    /**
     * {@code _PyObject_GetMethod}: for {@code obj.name(...)}, answers {unbound method, obj} when the
     * attribute is a plain method found on the type (so no bound method is created), otherwise
     * {attribute, NULL}.
     */
    static PyObject[] loadMethod(PyObject obj, PyStr name) {
        PyType type = obj.type();
        if (type.getattro != ObjectProtocol.GENERIC_GETATTR) {
            return new PyObject[] {ObjectProtocol.getAttr(obj, name), null};
        }
        PyObject descr = type.lookup(name);
        Slots.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.type();
            if (dt.hasFlag(PyType.METHOD_DESCRIPTOR)) {
                PyObject shadow = obj.instanceAttribute(name);
                if (shadow != null) return new PyObject[] {shadow, null};
                return new PyObject[] {descr, obj};
            }
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) return new PyObject[] {get.get(descr, obj, type), null};
        }
        PyObject v = obj.instanceAttribute(name);
        if (v != null) return new PyObject[] {v, null};
        if (get != null) return new PyObject[] {get.get(descr, obj, type), null};
        if (descr != null) return new PyObject[] {descr, null};
        throw PyErr.attributeError(obj, name);
    }

    /**
     * LOAD_SUPER_ATTR: {@code super(cls, self).name} (or the zero-argument form, whose cls and self
     * the compiler has already loaded). Returns {attr, self-or-NULL} for the method form.
     */
    static PyObject[] loadSuperAttr(PyObject globalSuper, PyObject cls, PyObject self, PyStr name, int oparg) {
        boolean method = (oparg & 1) != 0;
        if (globalSuper != PySuper.TYPE || !(cls instanceof PyType)) {
            PyObject sup = (oparg & 2) != 0 ? ObjectProtocol.call(globalSuper, cls, self)
                    : ObjectProtocol.call(globalSuper);
            return new PyObject[] {ObjectProtocol.getAttr(sup, name), null};
        }
        PyType start = (PyType) cls;
        PySuper.check(start, self);
        PyObject descr = PySuper.lookupAfter(start, self, name);
        if (descr != null) {
            if (method && descr.type().hasFlag(PyType.METHOD_DESCRIPTOR)) return new PyObject[] {descr, self};
            Slots.DescrGet get = descr.type().descrGet;
            PyObject owner = self == start ? null : self;
            if (get != null) return new PyObject[] {get.get(descr, owner, PySuper.startType(start, self)), null};
            return new PyObject[] {descr, null};
        }
        PySuper sup = new PySuper(start, self);
        return new PyObject[] {ObjectProtocol.getAttr(sup, name), null};
    }
}
