// float.hex() and float.fromhex(): exact hexadecimal representations of doubles.
package pyj.interp.object;

final class FloatHex {
    private FloatHex() {}

    static String toHex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(a);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int exp = (int) ((bits >>> 52) & 0x7FF);
        String lead;
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            lead = "1";
            e = exp - 1023;
        }
        String frac = String.format("%013x", mant);
        return sign + "0x" + lead + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double fromHex(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        int i = 0;
        double sign = 1;
        if (lower.startsWith("-")) {
            sign = -1;
            i = 1;
        } else if (lower.startsWith("+")) {
            i = 1;
        }
        String rest = lower.substring(i);
        if (rest.equals("inf") || rest.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (rest.equals("nan")) return Double.NaN;
        if (rest.startsWith("0x")) rest = rest.substring(2);
        int p = rest.indexOf('p');
        String mantissa = p < 0 ? rest : rest.substring(0, p);
        long exp = 0;
        if (p >= 0) {
            try {
                exp = Long.parseLong(rest.substring(p + 1).replace("+", ""));
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }
        int dot = mantissa.indexOf('.');
        String intDigits = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracDigits = dot < 0 ? "" : mantissa.substring(dot + 1);
        if (intDigits.isEmpty() && fracDigits.isEmpty()) throw invalid();
        java.math.BigInteger m = java.math.BigInteger.ZERO;
        for (char c : (intDigits + fracDigits).toCharArray()) {
            int dgt = Character.digit(c, 16);
            if (dgt < 0) throw invalid();
            m = m.shiftLeft(4).add(java.math.BigInteger.valueOf(dgt));
        }
        long e2 = exp - 4L * fracDigits.length();
        if (m.signum() == 0) return sign * 0.0;
        // Round m * 2^e2 to a double exactly: at most 54 significant bits then one rounding.
        int bl = m.bitLength();
        long topExp = bl + e2; // value in [2^(topExp-1), 2^topExp)
        if (topExp > 1024) throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
        int keep = (int) Math.max(0, Math.min(bl, topExp - 1 + 1074 + 1));
        int drop = bl - Math.min(keep, 53);
        if (topExp - 1 < -1022) drop = (int) Math.max(drop, -1074 - e2);
        double r;
        if (drop > 0) {
            java.math.BigInteger kept = m.shiftRight(drop);
            java.math.BigInteger rem = m.subtract(kept.shiftLeft(drop));
            int c = rem.compareTo(java.math.BigInteger.ONE.shiftLeft(drop - 1));
            if (c > 0 || (c == 0 && kept.testBit(0))) kept = kept.add(java.math.BigInteger.ONE);
            r = Math.scalb(kept.doubleValue(), (int) (e2 + drop));
        } else {
            r = Math.scalb(m.doubleValue(), (int) e2);
        }
        if (Double.isInfinite(r)) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
        }
        return sign * r;
    }

    private static PyException invalid() {
        return PyErr.valueError("invalid hexadecimal floating-point string");
    }
}
