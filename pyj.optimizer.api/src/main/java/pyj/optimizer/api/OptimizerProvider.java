// The service interface optimizer modules implement; the runtime finds providers with ServiceLoader.
package pyj.optimizer.api;

/**
 * A tier-2 optimizer available to the runtime. Providers are discovered once at start-up; the one
 * named by {@code -X optimizer=NAME} (or, by default, the one with the highest {@link #priority()})
 * is asked to {@link #create} the optimizer for the runtime's lifetime, so the interpreter's hot
 * path calls a single, fixed implementation.
 */
public interface OptimizerProvider {

    /** The name users select it by, e.g. {@code uops}. Lower case, no spaces. */
    String name();

    /** One line describing the optimizer, shown by {@code --help} and in error messages. */
    String description();

    /**
     * Which provider the runtime picks when none is named: the highest priority wins. Providers
     * meant only for testing should return a negative value so they are never chosen by default.
     */
    default int priority() { return 0; }

    /** Creates the optimizer for one runtime. */
    Optimizer create(OptimizerContext context);
}
