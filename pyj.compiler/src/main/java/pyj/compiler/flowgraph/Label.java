// A jump target in an instruction sequence, bound to a basic block when the graph is built.
package pyj.compiler.flowgraph;

public final class Label {
    private static int counter;
    final int id = counter++;
    /** The block this label starts, once the control-flow graph exists. */
    BasicBlock block;

    @Override
    public String toString() { return "L" + id; }
}
