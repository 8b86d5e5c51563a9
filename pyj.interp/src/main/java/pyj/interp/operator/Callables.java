// What itemgetter, attrgetter and methodcaller share: their one-operand call convention and their repr.
package pyj.interp.operator;

import java.util.function.Supplier;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;

final class Callables {
    private Callables() {}

    /** The single positional operand of a call, checked as CPython's vectorcall does. */
    static PyObject operand(String name, PyObject[] args, String[] kw) {
        Arity.noKeywords(name, kw);
        Arity.count(name, args.length, 1, 1);
        return args[0];
    }

    /** The type's name followed by {@code arguments}, or "(...)" when the object is already being repr'd. */
    static String repr(PyObject self, Supplier<String> arguments) {
        String name = self.type().name();
        if (!ObjectProtocol.reprEnter(self)) return name + "(...)";
        try {
            return name + arguments.get();
        } finally {
            ObjectProtocol.reprLeave(self);
        }
    }
}
