// The product classes the architecture rules check: every pyj module, read once from the module path.
package pyj.tests.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

final class PyjClasses {
    private PyjClasses() {}

    private static JavaClasses classes;

    /** Main classes of all pyj modules (tests excluded). */
    static synchronized JavaClasses all() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("pyj");
        }
        return classes;
    }
}
