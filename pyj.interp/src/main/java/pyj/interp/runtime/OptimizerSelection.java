// Finding tier-2 optimizers with ServiceLoader and choosing the one this run uses.
package pyj.interp.runtime;

import java.util.ArrayList;
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

    /**
     * Every provider in the boot layer, sorted by name. Only named modules can provide optimizers:
     * looking in the module layer alone spares start-up the scan of every jar for
     * META-INF/services files.
     */
    public static List<OptimizerProvider> discover() {
        List<OptimizerProvider> found = new ArrayList<>();
        for (OptimizerProvider p : ServiceLoader.load(ModuleLayer.boot(), OptimizerProvider.class)) found.add(p);
        // A plain insertion sort: a Comparator lambda would cost a bootstrap at every start-up.
        for (int i = 1; i < found.size(); i++) {
            OptimizerProvider p = found.get(i);
            int j = i - 1;
            while (j >= 0 && found.get(j).name().compareTo(p.name()) > 0) {
                found.set(j + 1, found.get(j));
                j--;
            }
            found.set(j + 1, p);
        }
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
