// Which characters may start and continue an identifier: Unicode's XID_Start and XID_Continue, as CPython checks them.
package pyj.compiler.tokenize;

/**
 * PEP 3131 identifiers. Java's identifier predicates follow Unicode's ID_Start and ID_Continue;
 * the XID variants that Python uses differ from them in a few characters whose NFKC forms are not
 * identifiers, and they keep the zero-width joiners that Java counts as ignorable. (Java may know a
 * later Unicode version than CPython 3.13's 15.1, so characters added since then are accepted.)
 */
final class Identifiers {
    private Identifiers() {}

    static boolean isStart(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp)
                && !notXidStart(cp);
    }

    static boolean isContinue(int cp) {
        if (cp < 0x80) return isStart(cp) || (cp >= '0' && cp <= '9');
        if (cp == 0x200C || cp == 0x200D) return true;
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && !notXidContinue(cp);
    }

    private static boolean notXidStart(int cp) {
        return notXidContinue(cp) || cp == 0x0E33 || cp == 0x0EB3 || cp == 0xFF9E || cp == 0xFF9F;
    }

    private static boolean notXidContinue(int cp) {
        return cp == 0x037A || cp == 0x2E2F || cp == 0x309B || cp == 0x309C || (cp >= 0xFC5E && cp <= 0xFC63)
                || cp == 0xFDFA || cp == 0xFDFB || (cp >= 0xFE70 && cp <= 0xFE7E && cp % 2 == 0);
    }

    /** Python's str.isprintable() for one character (which decides how an invalid one is named). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }
}
