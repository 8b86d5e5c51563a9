// What the runtime tells an optimizer when creating it.
package pyj.optimizer.api;

import java.util.Map;

/**
 * Configuration for an optimizer: the back-edge threshold the interpreter uses, and options given
 * on the command line as {@code -X optimizer.<name>.<key>=<value>} (keys without the prefix).
 */
public record OptimizerContext(int backEdgeThreshold, Map<String, String> options) {
    public OptimizerContext {
        options = Map.copyOf(options);
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
