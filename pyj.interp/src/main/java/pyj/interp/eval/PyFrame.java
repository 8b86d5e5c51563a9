// An executing (or suspended) Python frame: locals, cells, value stack and position.
package pyj.interp.eval;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;
import pyj.optimizer.api.InterpreterFrame;

/**
 * A frame. {@link #localsplus} holds the locals, cells and free variables (co_localsplusnames)
 * followed by the value stack; {@link #sp} is the stack depth as an index into it. {@link #pc} is
 * the code-unit index of the instruction executing, or, while suspended, the one to resume at.
 * A suspended generator frame keeps its top stack slot for the value sent on resumption.
 */
public final class PyFrame extends PyObject implements InterpreterFrame {
    public static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, 0, FrameAttributes::define);

    static {
        TYPE.repr = self -> {
            PyFrame f = (PyFrame) self;
            return pyj.interp.object.PyStr.of("<frame at " + pyj.interp.object.Identity.hex(f) + ", file '"
                    + f.code.source.filename() + "', line " + f.lineno() + ", code " + f.code.source.name() + ">");
        };
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
        TYPE.setattro = ObjectProtocol.GENERIC_SETATTR;
    }

    /** Handler result meaning "leave the frame": it returned or yielded; see {@link #result}. */
    public static final int EXIT = -1;

    public static final byte CREATED = 0;
    public static final byte SUSPENDED = 1;
    public static final byte SUSPENDED_YIELD_FROM = 2;
    public static final byte EXECUTING = 3;
    public static final byte COMPLETED = 4;

    public final PyCode code;
    public final PyObject[] localsplus;
    public int sp;
    public int pc;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (and exec/eval); null for function frames. */
    public PyObject locals;
    public final ThreadState thread;
    /** The function being run, for its closure; null for module and class bodies. */
    public PyFunction function;
    /** The caller while executing. */
    public PyFrame back;
    /** The returned or yielded value when the frame exits. */
    public PyObject result;
    public byte state;
    /** Local trace function slot (f_trace); kept for introspection only. */
    PyObject trace;

    public PyFrame(ThreadState thread, PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
        this.thread = thread;
        this.code = code;
        this.localsplus = new PyObject[code.nlocalsplus + code.source.stacksize() + 1];
        this.sp = code.nlocalsplus;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    @Override
    public PyType type() { return TYPE; }

    /** The line being executed (or, when suspended, about to be). */
    public int lineno() {
        int l = code.lineOf(pc);
        return l >= 0 ? l : code.source.firstLineno();
    }
}
