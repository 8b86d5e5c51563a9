// Compiled code for a hot loop, run by the interpreter in place of the loop's back edge.
package pyj.optimizer.api;

/**
 * An executor installed at a loop's back edge. Each time execution reaches the back edge the
 * interpreter calls {@link #execute} instead of jumping; the executor runs as much of the loop as
 * it can and returns the code-unit index where the interpreter resumes, with the frame exactly as
 * the interpreter would have left it there.
 */
public interface Executor {

    /** Runs from the back edge; {@code frame} is {@link HotLoop#frame()}'s kind of object. */
    int execute(InterpreterFrame frame);

    /** False once the executor's assumptions broke; the interpreter then removes it. */
    default boolean isValid() { return true; }

    /** A short description for diagnostics (trace dumps, statistics). */
    default String describe() { return getClass().getSimpleName(); }
}
