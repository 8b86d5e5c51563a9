# The time module: clocks, sleep, struct_time, gmtime/localtime/mktime, asctime/ctime and glibc-style strftime.
import time
for call in ["time.mktime((1,2))", "time.mktime('abc')", "time.gmtime('x')", "time.gmtime(float('nan'))", "time.gmtime(1e30)",
             "time.sleep(-1)", "time.sleep('a')", "time.strftime('%Y', (2020,13,1,0,0,0,0,1,0))", "time.strftime(5)",
             "time.asctime((2020,1,1,0,0,0,0,1))", "time.strftime('%d', (2020,1,32,0,0,0,0,1,0))", "time.struct_time((1,2,3))",
             "time.struct_time(range(12))", "time.asctime((2020,0,0,0,0,0,0,0,0))", "time.strftime('%Y %m %d %j', (2020,0,0,0,0,0,0,0,0))",
             "time.gmtime(-1.5)", "time.gmtime(1.9)", "time.localtime(0).tm_zone", "time.ctime(0)", "time.asctime(time.gmtime(10**10))",
             "time.strftime('%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %p %P %r %R %S %T %u %U %V %w %W %x %X %y %Y %z %Z %% %Q %-d %_m %^a %5Y %#b', time.gmtime(1700000000))",
             "time.strftime('%Y', (999,1,1,0,0,0,0,1,0))", "time.strftime('%Y', (-5,1,1,0,0,0,0,1,0))", "time.mktime(time.gmtime(0))",
             "time.gmtime(0)", "time.gmtime()[:0]", "repr(time.struct_time(range(11)))", "time.struct_time(range(11)).tm_zone",
             "time.struct_time(range(9)).tm_gmtoff", "time.struct_time.n_fields", "time.struct_time.n_sequence_fields", "time.asctime((2020,1,1,0,0,0,7,1,0))",
             "time.asctime((2020,1,1,0,0,0,-1,1,0))", "time.strftime('%Y', (2020,1,1,24,0,0,0,1,0))", "time.strftime('%Y', (2020,1,1,0,60,0,0,1,0))", "time.strftime('%Y', (2020,1,1,0,0,62,0,1,0))","time.strftime('%Y', (2020,1,1,0,0,0,0,367,0))", "time.strftime('%Y', (2020,1,1,0,0,0,0,1,5))",
             "time.strftime('%j %U %W %V %G', (2020,1,1,0,0,0,2,0,0))", "time.timezone, time.altzone, time.daylight, time.tzname", "time.gmtime(2**63)", "time.ctime(1e20)",
             "type(time.time()), type(time.time_ns()), type(time.perf_counter()), type(time.monotonic_ns()), type(time.process_time())",
             "time.sleep(0)", "time.localtime(1.5) == time.localtime(1)", "time.strftime('')", "time.strftime('%')", "time.strftime('abc%')"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "->", type(e).__name__, e)

t = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 3600))
print(time.strftime('%Z|%z', t), t.tm_zone, t.tm_gmtoff, len(t), t[:3], t == (2020, 1, 1, 0, 0, 0, 0, 1, 0))
print(time.strftime('%s', time.gmtime(1700000000)), time.strftime('%10B|%-5d|%_5d|%05e|%E|%Oy|%+', time.gmtime(1700000000)))
print(time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, -1)), time.mktime((2020, 14, 40, 25, 61, 70, 0, 0, 0)))
print(time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.gmtime(-62135596800))
print(time.gmtime(253402300799))
for ts in (0, 951782400, 1104537600, 1230768000, 1704067199):
    g = time.gmtime(ts)
    print(ts, time.strftime('%Y-%m-%d %a %j %U %W %V %G %g %u %w %C %y', g), time.mktime(g) == ts)
try:
    time.gmtime(-1e18)
except OSError as e:
    print(type(e).__name__, e.errno, e)
# The clocks move forward and sleep waits at least as long as asked.
for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    clock, clock_ns = getattr(time, name), getattr(time, name + '_ns')
    a = clock(); b = clock()
    c = clock_ns(); d = clock_ns()
    info = time.get_clock_info(name)
    print(name, a <= b, c <= d, type(c).__name__, info.monotonic, info.adjustable, type(info.resolution).__name__)
start = time.perf_counter()
time.sleep(0.02)
print(time.perf_counter() - start >= 0.02)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
try:
    time.get_clock_info('nope')
except ValueError as e:
    print('ValueError', e)
spin = time.process_time()
total = 0
for i in range(200000):
    total += i
print(time.process_time() >= spin, total)
