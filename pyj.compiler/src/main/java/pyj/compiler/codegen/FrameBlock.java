// A statically nested block (loop, try, with, handler) that return/break/continue must unwind.
package pyj.compiler.codegen;

import pyj.compiler.flowgraph.Label;
import pyj.compiler.flowgraph.Location;

/**
 * CPython's {@code fblockinfo}. {@code datum} is type-specific: the finally body for
 * FINALLY_TRY, the with statement for WITH, the bound exception name for HANDLER_CLEANUP.
 */
record FrameBlock(Type type, Label block, Location loc, Label exit, Object datum) {
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }

    /** CPython's CO_MAXBLOCKS: deeper nesting is a SyntaxError. */
    static final int MAX_BLOCKS = 20;

    boolean isLoop() { return type == Type.WHILE_LOOP || type == Type.FOR_LOOP; }
}
