// The runtime's description of a hot loop offered to an optimizer.
package pyj.optimizer.api;

/**
 * A loop whose back edge got hot. Instructions are 16-bit code units (opcode in the low byte,
 * oparg in the high byte, inline caches after their instruction), as the interpreter currently
 * runs them, i.e. including specializations.
 */
public interface HotLoop {

    /** The code object's qualified name. */
    String codeName();

    String filename();

    /** Code-unit index of the backward jump that got hot (where an executor is installed). */
    int backEdgeIndex();

    /** Code-unit index the backward jump goes to: the top of the loop. */
    int loopHeadIndex();

    /** A copy of the code object's instructions. */
    char[] units();

    /** The source line of a code unit, or -1. */
    int lineOf(int unitIndex);

    /**
     * The interpreter-private frame the loop runs in, for optimizer modules the interpreter grants
     * access to its internals; opaque to everyone else.
     */
    InterpreterFrame frame();
}
