// time.strftime and time.asctime: glibc's strftime in the C locale, flags and widths included.
package pyj.interp.time;

import java.time.format.TextStyle;

/**
 * CPython hands strftime to the C library, so Python programs on Linux see glibc's conversions:
 * the GNU extensions (%e %k %l %P %s %G %V ...), the padding flags {@code _ - 0 ^ #}, a field width,
 * the ignored E and O modifiers, and unknown conversions copied through unchanged.
 */
final class TimeFormat {
    private TimeFormat() {}

    /** asctime's fixed layout: "Sun Jun 20 23:21:05 1993". */
    static String asctime(BrokenDownTime t) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", BrokenDownTime.weekdayName(t.weekday(), TextStyle.SHORT),
                BrokenDownTime.monthName(t.month(), TextStyle.SHORT), t.monthDay(), t.hour(), t.minute(), t.second(),
                t.year());
    }

    static String strftime(String format, BrokenDownTime t, String[] tzname) {
        StringBuilder out = new StringBuilder();
        int i = 0, n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            char pad = 0;
            boolean upper = false, swapCase = false;
            for (; i < n && "_-0^#+".indexOf(format.charAt(i)) >= 0; i++) {
                switch (format.charAt(i)) {
                    case '^' -> upper = true;
                    case '#' -> swapCase = true;
                    default -> pad = format.charAt(i);
                }
            }
            int width = -1;
            for (; i < n && Character.isDigit(format.charAt(i)); i++) {
                width = (width < 0 ? 0 : width * 10) + (format.charAt(i) - '0');
            }
            if (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) i++;
            if (i >= n) {
                out.append(format, start, n);
                break;
            }
            char conv = format.charAt(i++);
            Field f = new Field(pad, width, upper, swapCase);
            if (!convert(out, conv, f, t, tzname)) out.append(format, start, i);
        }
        return out.toString();
    }

    private record Field(char pad, int width, boolean upper, boolean swapCase) {}

    private static boolean convert(StringBuilder out, char conv, Field f, BrokenDownTime t, String[] tzname) {
        switch (conv) {
            case '%' -> text(out, "%", f, false);
            case 'a' -> text(out, BrokenDownTime.weekdayName(t.weekday(), TextStyle.SHORT), f, true);
            case 'A' -> text(out, BrokenDownTime.weekdayName(t.weekday(), TextStyle.FULL), f, true);
            case 'b', 'h' -> text(out, BrokenDownTime.monthName(t.month(), TextStyle.SHORT), f, true);
            case 'B' -> text(out, BrokenDownTime.monthName(t.month(), TextStyle.FULL), f, true);
            case 'c' -> text(out, strftime("%a %b %e %H:%M:%S %Y", t, tzname), f, false);
            case 'C' -> number(out, Math.floorDiv(t.year(), 100), 2, '0', f);
            case 'd' -> number(out, t.monthDay(), 2, '0', f);
            case 'D', 'x' -> text(out, strftime("%m/%d/%y", t, tzname), f, false);
            case 'e' -> number(out, t.monthDay(), 2, ' ', f);
            case 'F' -> text(out, strftime("%Y-%m-%d", t, tzname), f, false);
            case 'g' -> number(out, Math.floorMod(IsoWeek.of(t).year(), 100), 2, '0', f);
            case 'G' -> number(out, IsoWeek.of(t).year(), 1, '0', f);
            case 'H' -> number(out, t.hour(), 2, '0', f);
            case 'I' -> number(out, twelveHour(t), 2, '0', f);
            case 'j' -> number(out, t.yearDay() + 1L, 3, '0', f);
            case 'k' -> number(out, t.hour(), 2, ' ', f);
            case 'l' -> number(out, twelveHour(t), 2, ' ', f);
            case 'm' -> number(out, t.month() + 1L, 2, '0', f);
            case 'M' -> number(out, t.minute(), 2, '0', f);
            case 'n' -> text(out, "\n", f, false);
            case 'p' -> text(out, f.swapCase ? meridiem(t).toLowerCase() : meridiem(t), withoutSwap(f), false);
            case 'P' -> text(out, meridiem(t).toLowerCase(), f, false);
            case 'r' -> text(out, strftime("%I:%M:%S %p", t, tzname), f, false);
            case 'R' -> text(out, strftime("%H:%M", t, tzname), f, false);
            case 's' -> number(out, (long) BrokenDownTime.mktime(t), 1, '0', f);
            case 'S' -> number(out, t.second(), 2, '0', f);
            case 't' -> text(out, "\t", f, false);
            case 'T', 'X' -> text(out, strftime("%H:%M:%S", t, tzname), f, false);
            case 'u' -> number(out, (t.weekday() + 6) % 7 + 1, 1, '0', f);
            case 'U' -> number(out, (t.yearDay() - t.weekday() + 7) / 7, 2, '0', f);
            case 'V' -> number(out, IsoWeek.of(t).week(), 2, '0', f);
            case 'w' -> number(out, t.weekday(), 1, '0', f);
            case 'W' -> number(out, (t.yearDay() - (t.weekday() + 6) % 7 + 7) / 7, 2, '0', f);
            case 'y' -> number(out, Math.floorMod(t.year(), 100), 2, '0', f);
            case 'Y' -> number(out, t.year(), 1, '0', f);
            case 'z' -> offset(out, t.utcOffset(), f);
            case 'Z' -> text(out, f.swapCase ? zone(t, tzname).toLowerCase() : zone(t, tzname), withoutSwap(f), false);
            default -> { return false; }
        }
        return true;
    }

    private static Field withoutSwap(Field f) { return new Field(f.pad, f.width, f.upper, false); }

    private static int twelveHour(BrokenDownTime t) {
        int h = t.hour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String meridiem(BrokenDownTime t) { return t.hour() < 12 ? "AM" : "PM"; }

    /** Without a zone of its own (a plain tuple), glibc names the zone by tm_isdst from tzname. */
    private static String zone(BrokenDownTime t, String[] tzname) {
        if (t.zone() != null) return t.zone();
        return t.isDst() < 0 ? "" : tzname[t.isDst() > 0 ? 1 : 0];
    }

    private static void text(StringBuilder out, String s, Field f, boolean caseSwappable) {
        if (f.upper || (f.swapCase && caseSwappable)) s = s.toUpperCase();
        for (int k = s.length(); k < f.width; k++) out.append(f.pad == '0' || f.pad == '+' ? '0' : ' ');
        out.append(s);
    }

    /** glibc's DO_NUMBER: at least {@code digits} digits padded with {@code defaultPad} unless a flag says otherwise. */
    private static void number(StringBuilder out, long value, int digits, char defaultPad, Field f) {
        String s = Long.toString(Math.abs(value));
        char pad = switch (f.pad) {
            case '_' -> ' ';
            case '0', '+' -> '0';
            case '-' -> f.width < 0 ? 0 : ' ';
            default -> defaultPad;
        };
        int width = f.width >= 0 ? f.width : digits;
        if (value < 0) width--;
        StringBuilder field = new StringBuilder();
        if (pad == '0' && value < 0) field.append('-');
        if (pad != 0) for (int k = s.length(); k < width; k++) field.append(pad);
        if (pad != '0' && value < 0) field.append('-');
        out.append(field).append(s);
    }

    private static void offset(StringBuilder out, long seconds, Field f) {
        long minutes = Math.abs(seconds) / 60;
        String s = (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
        text(out, s, f, false);
    }

    /** ISO 8601 week-numbering year and week (%G, %g, %V), computed from the year-day and weekday as glibc does. */
    private record IsoWeek(long year, int week) {
        static IsoWeek of(BrokenDownTime t) {
            long year = t.year();
            int days = weekDays(t.yearDay(), t.weekday());
            if (days < 0) {
                year--;
                days = weekDays(t.yearDay() + daysInYear(year), t.weekday());
            } else {
                int next = weekDays(t.yearDay() - daysInYear(year), t.weekday());
                if (next >= 0) {
                    year++;
                    days = next;
                }
            }
            return new IsoWeek(year, days / 7 + 1);
        }

        /** Days since the Monday of ISO week 1 (the week holding January 4th). */
        private static int weekDays(int yearDay, int weekday) {
            return yearDay - Math.floorMod(yearDay - weekday + 4 + 378, 7) + 3;
        }

        private static int daysInYear(long year) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365;
        }
    }
}
