// Converts NUMBER tokens into constants.
package pyj.compiler.parse;

import java.math.BigInteger;

import pyj.compiler.code.Constant;

final class NumberParser {
    private NumberParser() {}

    static Constant parse(String text) {
        String s = text.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Constant.Complex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char x = Character.toLowerCase(s.charAt(1));
            int radix = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
            if (radix != 0) return new Constant.Int(new BigInteger(s.substring(2), radix));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return new Constant.Float(Double.parseDouble(s));
        }
        if (s.length() < 19) return Constant.Int.of(Long.parseLong(s));
        return new Constant.Int(new BigInteger(s));
    }
}
