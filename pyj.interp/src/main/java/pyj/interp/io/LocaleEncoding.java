// The locale's text encoding and the standard streams' error handler, derived from the environment as CPython does.
package pyj.interp.io;

import java.util.Locale;

/**
 * CPython reads the LC_CTYPE locale (LC_ALL, then LC_CTYPE, then LANG). In the "C" or "POSIX"
 * locale it turns on UTF-8 mode (PEP 540), where the default encoding is spelled "utf-8"; otherwise
 * it is the locale's codeset as nl_langinfo names it ("UTF-8"). The standard streams use
 * surrogateescape in UTF-8 mode and in the C and C.UTF-8 locales, strict elsewhere.
 */
record LocaleEncoding(boolean utf8Mode, String encoding, String stdioErrors) {

    static LocaleEncoding current() {
        String loc = firstSet(System.getenv("LC_ALL"), System.getenv("LC_CTYPE"), System.getenv("LANG"));
        boolean cLocale = loc == null || loc.equals("C") || loc.equals("POSIX");
        String utf8Env = System.getenv("PYTHONUTF8");
        boolean utf8Mode = "1".equals(utf8Env) || (cLocale && !"0".equals(utf8Env));
        String encoding = utf8Mode ? "utf-8" : codeset(loc);
        boolean coercionTarget = loc != null && (loc.equals("C.UTF-8") || loc.equals("C.utf8") || loc.equals("UTF-8"));
        String errors = utf8Mode || cLocale || coercionTarget ? "surrogateescape" : "strict";
        return new LocaleEncoding(utf8Mode, encoding, errors);
    }

    private static String firstSet(String... values) {
        for (String v : values) if (v != null && !v.isEmpty()) return v;
        return null;
    }

    /** nl_langinfo(CODESET) for a locale name like "en_US.UTF-8@euro". */
    private static String codeset(String loc) {
        if (loc == null) return "ANSI_X3.4-1968";
        int dot = loc.indexOf('.');
        if (dot < 0) return "ANSI_X3.4-1968";
        String cs = loc.substring(dot + 1);
        int at = cs.indexOf('@');
        if (at >= 0) cs = cs.substring(0, at);
        String norm = cs.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return norm.equals("utf8") ? "UTF-8" : cs.toUpperCase(Locale.ROOT);
    }
}
