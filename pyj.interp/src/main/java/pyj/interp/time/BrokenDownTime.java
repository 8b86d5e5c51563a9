// A C `struct tm` in Python's terms: struct_time, the conversions from timestamps, and the tuple checks.
package pyj.interp.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyStructSeq;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * The fields of C's {@code struct tm} as glibc fills them: {@code year} is the full year, {@code month}
 * 0-11, {@code weekday} 0-6 from Sunday, {@code yearDay} 0-365; {@code zone} is null when the value
 * came from a plain tuple (strftime's %Z then falls back to tzname, as glibc does).
 */
record BrokenDownTime(long year, int month, int monthDay, int hour, int minute, int second, int weekday,
                      int yearDay, int isDst, String zone, long utcOffset) {

    static final PyType STRUCT_TIME = PyStructSeq.newType("time", "struct_time", 9, "tm_year", "tm_mon",
            "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    /** gmtime(): glibc names the zone GMT. */
    static BrokenDownTime utc(long seconds) {
        return of(zoned(seconds, ZoneOffset.UTC), "GMT");
    }

    /** localtime() in the process's time zone. */
    static BrokenDownTime local(long seconds) {
        ZonedDateTime t = zoned(seconds, ZoneId.systemDefault());
        return of(t, zoneName(t));
    }

    private static ZonedDateTime zoned(long seconds, ZoneId zone) {
        try {
            return Instant.ofEpochSecond(seconds).atZone(zone);
        } catch (DateTimeException e) {
            // glibc's gmtime_r fails with EOVERFLOW when the year does not fit its int.
            throw pyj.interp.io.OsErrors.of(75, "Value too large for defined data type", (PyObject) null);
        }
    }

    static String zoneName(ZonedDateTime t) {
        return DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
    }

    private static BrokenDownTime of(ZonedDateTime t, String zone) {
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        return new BrokenDownTime(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getDayOfWeek().getValue() % 7, t.getDayOfYear() - 1, dst ? 1 : 0, zone,
                t.getOffset().getTotalSeconds());
    }

    PyStructSeq toStructTime() {
        PyObject[] items = {PyInt.of(year), PyInt.of(month + 1), PyInt.of(monthDay), PyInt.of(hour), PyInt.of(minute),
                PyInt.of(second), PyInt.of((weekday + 6) % 7), PyInt.of(yearDay + 1), PyInt.of(isDst)};
        return PyStructSeq.withNamed(STRUCT_TIME, items, zone == null ? PySingleton.NONE : PyStr.of(zone),
                PyInt.of(utcOffset));
    }

    /** CPython's gettmarg: a 9-item tuple or a struct_time, whose zone and offset it keeps. */
    static BrokenDownTime fromTuple(PyObject arg, String function) {
        if (!(arg instanceof PyTuple t)) throw PyErr.typeError("Tuple or struct_time argument required");
        if (t.size() != 9) throw PyErr.typeError(function + "(): illegal time tuple argument");
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) f[i] = cInt(t.get(i));
        String zone = null;
        long offset = 0;
        if (t.type() == STRUCT_TIME) {
            PyObject z = ObjectProtocol.getAttr(t, PyStr.intern("tm_zone"));
            if (z instanceof PyStr s) zone = s.toString();
            PyObject o = ObjectProtocol.getAttr(t, PyStr.intern("tm_gmtoff"));
            if (o != PySingleton.NONE) offset = ObjectProtocol.index(o);
        }
        // C's (wday + 1) % 7 keeps a negative remainder, which checked() then rejects.
        return new BrokenDownTime(f[0], (int) f[1] - 1, (int) f[2], (int) f[3], (int) f[4], (int) f[5],
                (int) ((f[6] + 1) % 7), (int) f[7] - 1, (int) f[8], zone, offset);
    }

    private static long cInt(PyObject o) {
        long v = ObjectProtocol.index(o);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, v > 0
                    ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        }
        return v;
    }

    /** CPython's checktm: zero month, day and year-day mean the first; everything else must be in range. */
    BrokenDownTime checked() {
        int mon = month, mday = monthDay, yday = yearDay;
        if (mon == -1) mon = 0;
        else if (mon < 0 || mon > 11) throw PyErr.valueError("month out of range");
        if (mday == 0) mday = 1;
        else if (mday < 0 || mday > 31) throw PyErr.valueError("day of month out of range");
        if (hour < 0 || hour > 23) throw PyErr.valueError("hour out of range");
        if (minute < 0 || minute > 59) throw PyErr.valueError("minute out of range");
        if (second < 0 || second > 61) throw PyErr.valueError("seconds out of range");
        if (weekday < 0) throw PyErr.valueError("day of week out of range");
        if (yday == -1) yday = 0;
        else if (yday < 0 || yday > 365) throw PyErr.valueError("day of year out of range");
        return new BrokenDownTime(year, mon, mday, hour, minute, second, weekday, yday, isDst, zone, utcOffset);
    }

    /** strftime clamps tm_isdst to -1..1 rather than rejecting it. */
    BrokenDownTime withDstClamped() {
        int d = Math.max(-1, Math.min(1, isDst));
        return new BrokenDownTime(year, month, monthDay, hour, minute, second, weekday, yearDay, d, zone, utcOffset);
    }

    /**
     * mktime(): the local time these fields name, out-of-range fields carried over as glibc does;
     * the weekday and year-day fields are ignored.
     */
    static double mktime(BrokenDownTime t) {
        try {
            LocalDateTime local = LocalDateTime.of((int) t.year, 1, 1, 0, 0, 0).plusMonths(t.month).plusDays(t.monthDay - 1L)
                    .plusHours(t.hour).plusMinutes(t.minute).plusSeconds(t.second);
            ZonedDateTime zoned = local.atZone(ZoneId.systemDefault());
            if (t.isDst == 0) zoned = zoned.withLaterOffsetAtOverlap();
            else if (t.isDst > 0) zoned = zoned.withEarlierOffsetAtOverlap();
            return zoned.toEpochSecond();
        } catch (DateTimeException | ArithmeticException e) {
            throw PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "mktime argument out of range");
        }
    }

    /** A timestamp argument as C's time_t, rounded toward negative infinity like _PyTime_ObjectToTime_t. */
    static long timestamp(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) throw PyErr.valueError("Invalid value NaN (not a number)");
            double floor = Math.floor(d);
            if (floor < -0x1p63 || floor >= 0x1p63) throw outOfRange();
            return (long) floor;
        }
        if (o instanceof PyInt i) {
            if (!i.isSmall()) throw outOfRange();
            return i.value;
        }
        return ObjectProtocol.index(o);
    }

    private static PyException outOfRange() {
        return PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
    }

    static String weekdayName(int weekday, TextStyle style) {
        return java.time.DayOfWeek.of(weekday == 0 ? 7 : weekday).getDisplayName(style, Locale.US);
    }

    static String monthName(int month, TextStyle style) {
        return java.time.Month.of(month + 1).getDisplayName(style, Locale.US);
    }
}
