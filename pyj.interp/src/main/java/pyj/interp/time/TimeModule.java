// The time module: clocks, sleep, struct_time conversions, strftime/asctime and the time-zone constants.
package pyj.interp.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import pyj.interp.object.ArgParser;
import pyj.interp.object.BuiltinImpl;
import pyj.interp.object.MethodDef;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyNamespace;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;

/**
 * CPython's time module on Linux. The wall clock is {@link Instant#now()}, monotonic and perf_counter
 * are {@link System#nanoTime()} (CLOCK_MONOTONIC on Linux, as in CPython), process_time is the
 * process's CPU time and thread_time the current thread's.
 */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("time");
        m.put("__doc__", PyStr.of("This module provides various functions to manipulate time values."));
        m.put("struct_time", BrokenDownTime.STRUCT_TIME);
        clock(m, "time", "time_ns", TimeModule::wallNanos);
        clock(m, "monotonic", "monotonic_ns", System::nanoTime);
        clock(m, "perf_counter", "perf_counter_ns", System::nanoTime);
        clock(m, "process_time", "process_time_ns", TimeModule::processNanos);
        clock(m, "thread_time", "thread_time_ns", ThreadClock::nanos);
        m.put("sleep", MethodDef.function(m, "sleep", (self, args, kw) -> sleep(args, kw)));
        m.put("get_clock_info", MethodDef.function(m, "get_clock_info", (self, args, kw) -> clockInfo(args, kw)));
        m.put("gmtime", MethodDef.function(m, "gmtime", (self, args, kw) ->
                BrokenDownTime.utc(seconds("gmtime", args, kw)).toStructTime()));
        m.put("localtime", MethodDef.function(m, "localtime", (self, args, kw) ->
                BrokenDownTime.local(seconds("localtime", args, kw)).toStructTime()));
        m.put("mktime", MethodDef.function1(m, "mktime", t ->
                PyFloat.of(BrokenDownTime.mktime(BrokenDownTime.fromTuple(t, "mktime")))));
        m.put("asctime", MethodDef.function(m, "asctime", (self, args, kw) ->
                PyStr.of(TimeFormat.asctime(timeTuple("asctime", args, kw, 0)))));
        m.put("ctime", MethodDef.function(m, "ctime", (self, args, kw) ->
                PyStr.of(TimeFormat.asctime(BrokenDownTime.local(seconds("ctime", args, kw))))));
        TimeZone zone = TimeZone.current();
        m.put("strftime", MethodDef.function(m, "strftime", (self, args, kw) -> strftime(args, kw, zone)));
        m.put("timezone", PyInt.of(zone.standardOffset()));
        m.put("altzone", PyInt.of(zone.daylightOffset()));
        m.put("daylight", PyInt.of(zone.standardOffset() != zone.daylightOffset() ? 1 : 0));
        m.put("tzname", PyTuple.of(PyStr.of(zone.names()[0]), PyStr.of(zone.names()[1])));
        return m;
    }

    private interface NanoClock { long nanos(); }

    /** Each clock twice, as CPython has it: float seconds and integer nanoseconds. */
    private static void clock(PyModule m, String name, String nsName, NanoClock clock) {
        m.put(name, MethodDef.function(m, name, noArgs(name, () -> PyFloat.of(clock.nanos() / 1e9))));
        m.put(nsName, MethodDef.function(m, nsName, noArgs(nsName, () -> PyInt.of(clock.nanos()))));
    }

    private static BuiltinImpl noArgs(String name, java.util.function.Supplier<PyObject> body) {
        return (self, args, kw) -> {
            ArgParser.checkPositional(name, args, kw, 0, 0);
            return body.get();
        };
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** The thread clock needs java.management, loaded only when a program asks for it. */
    private static final class ThreadClock {
        static long nanos() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }
    }

    private static PyObject sleep(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("sleep", kw);
        ArgParser.checkPositional("sleep", args, kw, 1, 1);
        double secs;
        if (args[0] instanceof PyFloat f) {
            secs = f.value;
            if (Double.isNaN(secs)) throw PyErr.valueError("Invalid value NaN (not a number)");
        } else {
            secs = BrokenDownTime.timestamp(args[0]);
        }
        if (secs < 0) throw PyErr.valueError("sleep length must be non-negative");
        long nanos = secs >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE : (long) Math.ceil(secs * 1e9);
        long deadline = System.nanoTime() + nanos;
        // Like CPython (PEP 475), an interrupted sleep resumes for the time that is left.
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PySingleton.NONE;
            }
        }
        return PySingleton.NONE;
    }

    private static final ArgParser CLOCK_INFO = new ArgParser("get_clock_info", 1, "name");

    private static PyObject clockInfo(PyObject[] args, String[] kw) {
        PyObject name = CLOCK_INFO.parse(args, kw)[0];
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("get_clock_info() argument 1 must be str, not " + name.type().name());
        }
        return switch (s.toString()) {
            case "time" -> info("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9);
            case "monotonic", "perf_counter" -> info("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9);
            case "process_time" -> info("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9);
            case "thread_time" -> info("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9);
            default -> throw PyErr.valueError("unknown clock");
        };
    }

    private static PyObject info(String implementation, boolean monotonic, boolean adjustable, double resolution) {
        return PyNamespace.of("implementation", PyStr.of(implementation), "monotonic", PyBool.of(monotonic),
                "adjustable", PyBool.of(adjustable), "resolution", PyFloat.of(resolution));
    }

    /** The optional seconds argument of gmtime/localtime/ctime: now when absent or None. */
    private static long seconds(String name, PyObject[] args, String[] kw) {
        ArgParser.noKeywords(name, kw);
        ArgParser.checkPositional(name, args, kw, 0, 1);
        if (args.length == 0 || args[0] == PySingleton.NONE) return Instant.now().getEpochSecond();
        return BrokenDownTime.timestamp(args[0]);
    }

    /** The optional time tuple argument at {@code index}: the local time now when absent. */
    private static BrokenDownTime timeTuple(String name, PyObject[] args, String[] kw, int index) {
        ArgParser.noKeywords(name, kw);
        ArgParser.checkPositional(name, args, kw, index, index + 1);
        BrokenDownTime t = args.length > index ? BrokenDownTime.fromTuple(args[index], name)
                : BrokenDownTime.local(Instant.now().getEpochSecond());
        return t.checked();
    }

    private static PyObject strftime(PyObject[] args, String[] kw, TimeZone zone) {
        ArgParser.noKeywords("strftime", kw);
        ArgParser.checkPositional("strftime", args, kw, 1, 2);
        if (!(args[0] instanceof PyStr format)) {
            throw PyErr.typeError("strftime() argument 1 must be str, not " + args[0].type().name());
        }
        BrokenDownTime t = timeTuple("strftime", args, kw, 1).withDstClamped();
        return PyStr.of(TimeFormat.strftime(format.toString(), t, zone.names()));
    }

    /**
     * CPython's init_timezone: the offsets and names of January 1st and July 1st of this year, the
     * later-standard one first so that the southern hemisphere's summer counts as daylight time.
     */
    private record TimeZone(int standardOffset, int daylightOffset, String[] names) {
        static TimeZone current() {
            ZoneId id = ZoneId.systemDefault();
            int year = LocalDate.now(id).getYear();
            ZonedDateTime jan = LocalDate.of(year, 1, 1).atStartOfDay(id);
            ZonedDateTime jul = LocalDate.of(year, 7, 1).atStartOfDay(id);
            int janOffset = -jan.getOffset().getTotalSeconds(), julOffset = -jul.getOffset().getTotalSeconds();
            String janName = BrokenDownTime.zoneName(jan), julName = BrokenDownTime.zoneName(jul);
            if (janOffset < julOffset) return new TimeZone(julOffset, janOffset, new String[] {julName, janName});
            return new TimeZone(janOffset, julOffset, new String[] {janName, julName});
        }
    }
}
