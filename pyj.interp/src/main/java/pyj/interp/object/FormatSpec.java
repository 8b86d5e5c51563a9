// The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
package pyj.interp.object;

/** A parsed format specification, with CPython's validation messages. */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, int width,
                         char grouping, int precision, char type) {

    public static final char NONE = '\0';

    public static FormatSpec parse(String spec, char defaultType, char defaultAlign) {
        int n = spec.length();
        int[] cps = spec.codePoints().toArray();
        int i = 0;
        int fill = ' ';
        char align = NONE;
        if (cps.length >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            i = 2;
        } else if (cps.length >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        }
        char sign = NONE;
        if (i < cps.length && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) sign = (char) cps[i++];
        boolean z = false;
        if (i < cps.length && cps[i] == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < cps.length && cps[i] == '#') {
            alt = true;
            i++;
        }
        if (i < cps.length && cps[i] == '0') {
            if (align == NONE) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = -1;
        int start = i;
        while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') i++;
        if (i > start) width = parseInt(spec, cps, start, i);
        char grouping = NONE;
        if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
            grouping = (char) cps[i++];
            if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < cps.length && cps[i] == '.') {
            i++;
            start = i;
            while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') i++;
            if (i == start) throw PyErr.valueError("Format specifier missing precision");
            precision = parseInt(spec, cps, start, i);
        }
        char type = defaultType;
        if (i < cps.length) {
            if (cps.length - i > 1) throw PyErr.valueError("Invalid format specifier '" + spec + "' for object of type '%s'");
            type = (char) cps[i];
        }
        return new FormatSpec(fill, align == NONE ? defaultAlign : align, sign, z, alt, width, grouping, precision, type);
    }

    private static int parseInt(String spec, int[] cps, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (cps[k] - '0');
            if (v > Integer.MAX_VALUE) throw PyErr.valueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    private static boolean isAlign(int c) { return c == '<' || c == '>' || c == '^' || c == '='; }

    /** Pads {@code body} (whose sign/prefix part is {@code prefix}) to the width by the alignment. */
    public String pad(String prefix, String body) {
        int len = (prefix + body).codePointCount(0, prefix.length() + body.length());
        if (width <= len) return prefix + body;
        int padding = width - len;
        String f = new String(Character.toChars(fill));
        switch (align) {
            case '<':
                return prefix + body + f.repeat(padding);
            case '^': {
                int left = padding / 2;
                return f.repeat(left) + prefix + body + f.repeat(padding - left);
            }
            case '=':
                return prefix + f.repeat(padding) + body;
            default:
                return f.repeat(padding) + prefix + body;
        }
    }
}
