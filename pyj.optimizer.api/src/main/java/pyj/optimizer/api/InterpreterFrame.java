// The interpreter's frame as the SPI sees it: an opaque handle passed back to executors.
package pyj.optimizer.api;

/**
 * Implemented by the interpreter's frame class. It has no methods here: optimizer modules that the
 * interpreter grants access to its internals (by qualified exports) cast it to the real type;
 * other optimizers treat it as a token to hand back.
 */
public interface InterpreterFrame {
}
