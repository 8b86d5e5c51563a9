// The interpreter's side of the optimizer SPI: back-edge counters, executor installation, ENTER_EXECUTOR.
package pyj.interp.eval;

import pyj.compiler.opcode.Opcode;
import pyj.optimizer.api.Executor;
import pyj.optimizer.api.HotLoop;
import pyj.optimizer.api.InterpreterFrame;
import pyj.optimizer.api.Optimizer;

/**
 * Connects tier 1 to the optimizer chosen at start-up. JUMP_BACKWARD's cache unit is a backoff
 * counter in CPython's format ({@code value << 4 | backoff}); when it reaches zero the loop is
 * offered to the optimizer. An executor it returns replaces the JUMP_BACKWARD with
 * ENTER_EXECUTOR, whose oparg indexes the code object's executor list, as in CPython 3.13.
 *
 * <p>The optimizer is set once before any Python code runs and never changes afterwards, so the
 * interpreter's call to it stays monomorphic.
 */
public final class OptimizerHost {
    private OptimizerHost() {}

    private static Optimizer optimizer;
    private static boolean active;
    private static int threshold = 16;

    /** Installs the optimizer (null disables tier 2) and the back-edge threshold. */
    public static void install(Optimizer opt, int backEdgeThreshold) {
        optimizer = opt;
        active = opt != null;
        threshold = Math.max(1, Math.min(4095, backEdgeThreshold));
    }

    public static boolean isActive() { return active; }

    public static int threshold() { return threshold; }

    // ---- CPython's backoff counter: 12-bit value, 4-bit backoff exponent ----------------------

    static char initialCounter() {
        int backoff = 31 - Integer.numberOfLeadingZeros(threshold);
        return (char) (threshold << 4 | Math.min(backoff, 12));
    }

    private static boolean triggers(char c) { return (c >>> 4) == 0; }

    private static char advance(char c) { return (char) (c - 16); }

    private static char restart(char c) {
        int backoff = c & 15;
        if (backoff < 12) {
            backoff++;
            return (char) (((1 << backoff) - 1) << 4 | backoff);
        }
        return (char) (4095 << 4 | 12);
    }

    /** Sets every JUMP_BACKWARD counter of fresh code (CPython's _PyCode_Quicken). */
    static void quicken(char[] units) {
        char initial = initialCounter();
        for (int i = 0; i < units.length; i++) {
            int op = units[i] & 0xFF;
            if (op == Opcode.JUMP_BACKWARD) units[i + 1] = initial;
            i += Opcode.cacheEntries(op);
        }
    }

    /**
     * JUMP_BACKWARD with tier 2 on: counts, and when hot asks the optimizer. Returns where to
     * continue: the loop head, or wherever the new executor left off.
     */
    static int backEdge(PyFrame f, int counterIndex, int jumpIndex, int loopHead) {
        char[] units = f.code.units;
        char c = units[counterIndex];
        if (!triggers(c)) {
            units[counterIndex] = advance(c);
            return loopHead;
        }
        Executor ex = optimizer.optimize(new Site(f, jumpIndex, loopHead));
        if (ex == null) {
            units[counterIndex] = restart(c);
            return loopHead;
        }
        int index = attach(f.code, jumpIndex, ex);
        if (index < 0) {
            units[counterIndex] = restart(c);
            return loopHead;
        }
        return ex.execute(f);
    }

    /** An installed executor and the instruction it replaced. */
    private record Installed(Executor executor, char original) {}

    private static int attach(PyCode code, int jumpIndex, Executor ex) {
        Object[] list = code.executors;
        int index = list == null ? 0 : list.length;
        if (index >= 256) return -1;
        Object[] grown = new Object[index + 1];
        if (list != null) System.arraycopy(list, 0, grown, 0, index);
        grown[index] = new Installed(ex, code.units[jumpIndex]);
        code.executors = grown;
        code.units[jumpIndex] = (char) (Opcode.ENTER_EXECUTOR | index << 8);
        return index;
    }

    /**
     * ENTER_EXECUTOR: runs the executor; one that is no longer valid is removed and the original
     * instruction put back and executed instead.
     */
    static int enterExecutor(PyFrame f, int oparg, int instrIndex) {
        Installed inst = (Installed) f.code.executors[oparg & 255];
        if (inst.executor.isValid()) return inst.executor.execute(f);
        f.code.units[instrIndex] = inst.original;
        return instrIndex;
    }

    /** The executor installed at a back edge, or null (introspection and tests). */
    public static Executor executorAt(PyCode code, int unitIndex) {
        int word = code.units[unitIndex];
        if ((word & 0xFF) != Opcode.ENTER_EXECUTOR || code.executors == null) return null;
        return ((Installed) code.executors[(word >>> 8) & 255]).executor;
    }

    /** The instruction an ENTER_EXECUTOR stands in for (so dis shows the original). */
    public static char originalAt(PyCode code, int unitIndex) {
        int word = code.units[unitIndex];
        if ((word & 0xFF) != Opcode.ENTER_EXECUTOR || code.executors == null) return (char) word;
        return ((Installed) code.executors[(word >>> 8) & 255]).original;
    }

    /** The hot loop offered to the optimizer. */
    private record Site(PyFrame f, int backEdgeIndex, int loopHeadIndex) implements HotLoop {
        @Override public String codeName() { return f.code.qualname.value(); }

        @Override public String filename() { return f.code.source.filename(); }

        @Override public char[] units() { return f.code.units.clone(); }

        @Override public int lineOf(int unitIndex) { return f.code.lineOf(unitIndex); }

        @Override public InterpreterFrame frame() { return f; }
    }
}
