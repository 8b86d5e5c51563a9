// The names of CPython 3.13's standard-library modules (sys.stdlib_module_names), shipped as a resource.
package pyj.interp.traceback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Read once, on first use: only sys.stdlib_module_names and NameError hints need it. */
public final class StandardLibraryNames {
    private StandardLibraryNames() {}

    private static List<String> names;

    public static synchronized List<String> all() {
        if (names == null) {
            try (InputStream in = StandardLibraryNames.class.getResourceAsStream("stdlib_module_names.txt")) {
                names = in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                names = List.of();
            }
        }
        return names;
    }
}
