// Finding tier-2 optimizers with ServiceLoader and choosing the one this run uses.
package pyj.interp.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import pyj.optimizer.api.OptimizerProvider;

/**
 * The providers visible to the runtime's module layer, discovered once at start-up. A run uses the
 * provider named by {@code -X optimizer=NAME}, none with {@code -X optimizer=none}, and otherwise
 * the available provider with the highest priority.
 */
public final class OptimizerSelection {
    private OptimizerSelection() {}

    /** The name that turns tier 2 off. */
    public static final String NONE = "none";

    /** Thrown for a name no provider has; carries what is available for the error message. */
    public static final class UnknownOptimizer extends RuntimeException {
        private final String requested;
        private final List<String> available;

        UnknownOptimizer(String requested, List<String> available) {
            super("unknown optimizer '" + requested + "'", null, false, false);
            this.requested = requested;
            this.available = available;
        }

        public String requested() { return requested; }

        /** The provider names, then "none". */
        public List<String> available() { return available; }
    }

    /** Every provider on the module path, sorted by name. */
    public static List<OptimizerProvider> discover() {
        List<OptimizerProvider> found = new ArrayList<>();
        for (OptimizerProvider p : ServiceLoader.load(OptimizerProvider.class)) found.add(p);
        found.sort(Comparator.comparing(OptimizerProvider::name));
        return found;
    }

    /**
     * The provider to use: {@code requested} may be null (the default), {@link #NONE}, or a name.
     * Returns null for no tier 2.
     */
    public static OptimizerProvider choose(List<OptimizerProvider> providers, String requested) {
        if (requested == null) {
            OptimizerProvider best = null;
            for (OptimizerProvider p : providers) {
                if (p.priority() >= 0 && (best == null || p.priority() > best.priority())) best = p;
            }
            return best;
        }
        if (requested.equals(NONE)) return null;
        for (OptimizerProvider p : providers) if (p.name().equals(requested)) return p;
        List<String> names = new ArrayList<>();
        for (OptimizerProvider p : providers) names.add(p.name());
        names.add(NONE);
        throw new UnknownOptimizer(requested, names);
    }
}
