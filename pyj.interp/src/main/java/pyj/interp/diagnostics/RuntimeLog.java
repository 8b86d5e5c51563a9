// Logging that costs nothing unless asked for: slf4j (and so logback) is touched only once logging is enabled.
package pyj.interp.diagnostics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's and optimizers' diagnostic log. Logback's initialisation takes ~160 ms, which
 * {@code print("hello")} must not pay, so nothing here loads an slf4j class until
 * {@link #enable(String)} has been called (by {@code -X log=LEVEL} or {@code PYJ_LOG}). Callers
 * test {@link #enabled()} before asking for a logger.
 */
public final class RuntimeLog {
    private RuntimeLog() {}

    /** The system property the bundled logback.xml reads the level from. */
    public static final String LEVEL_PROPERTY = "pyj.log.level";

    private static volatile boolean enabled;

    /** Turns logging on at {@code level} (trace, debug, info, warn, error). */
    public static void enable(String level) {
        System.setProperty(LEVEL_PROPERTY, level.toUpperCase(java.util.Locale.ROOT));
        enabled = true;
    }

    public static boolean enabled() { return enabled; }

    /** The logger for a class; call only when {@link #enabled()}. */
    public static Logger logger(Class<?> owner) {
        return LoggerFactory.getLogger(owner);
    }

    /** Logs at info level when logging is on; the message is built only then. */
    public static void info(Class<?> owner, java.util.function.Supplier<String> message) {
        if (enabled) logger(owner).info(message.get());
    }

    /** Logs at debug level when logging is on and debug is enabled for the owner. */
    public static void debug(Class<?> owner, java.util.function.Supplier<String> message) {
        if (enabled) {
            Logger l = logger(owner);
            if (l.isDebugEnabled()) l.debug(message.get());
        }
    }
}
