# Runs benchmarks inside one runtime: warm-up to a steady state, timed iterations and every result checked.
"""The part of the benchmark harness that runs inside the runtime being measured (pyj, CPython or
PyPy). `run.py` starts one process per runtime and benchmark and reads the line this prints; the
test suite runs `--quick` in-process under every tier configuration.

    harness.py --quick [NAME ...]        every benchmark (or the named ones) once at its quick size
    harness.py --bench NAME [--size N] [--iterations K] [--max-warmup W] [--budget SECONDS]

A benchmark module `bm_NAME.py` has SIZES = {"quick": n, "full": n}, bench(n) -> result and
check(result, n), which raises AssertionError on a wrong result. Every iteration's result is checked,
outside the timed region, so a runtime that is fast and wrong fails instead of reporting a time.

Warm-up ends when the median of the last three iterations is within 2% of the median of the three
before them (a plateau), or after --max-warmup iterations, or when half the time budget is spent.
"""

import sys
import time

BENCHMARKS = [
    "nbody", "richards", "fannkuch", "spectral_norm", "nqueens", "float", "chaos", "go", "deltablue",
    "raytrace", "hexiom", "unpack_sequence", "generators", "coroutines", "pidigits", "comprehensions",
    "int_loop", "float_recurrence", "attr_calls",
]


def load(name):
    return __import__("bm_" + name)


def timed(module, n):
    start = time.perf_counter()
    result = module.bench(n)
    elapsed = time.perf_counter() - start
    module.check(result, n)
    return elapsed


def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def plateaued(times):
    if len(times) < 6:
        return False
    recent, before = median(times[-3:]), median(times[-6:-3])
    return abs(recent - before) <= 0.02 * before


def measure(name, n, iterations, max_warmup, budget):
    module = load(name)
    if n is None:
        n = module.SIZES["full"]
    began = time.perf_counter()
    first = timed(module, n)
    warmup = [first]
    while (len(warmup) < max_warmup and not plateaued(warmup)
           and time.perf_counter() - began < budget / 2):
        warmup.append(timed(module, n))
    times = []
    while len(times) < iterations and (len(times) < 3 or time.perf_counter() - began < budget):
        times.append(timed(module, n))
    return n, first, len(warmup), times


def json_line(name, n, first, warmup, times):
    # The runtimes under test need not have a json module; floats' repr is valid JSON.
    return ('{"name": "%s", "size": %d, "first": %r, "warmup": %d, "times": [%s]}'
            % (name, n, first, warmup, ", ".join(repr(t) for t in times)))


def quick(names):
    failed = []
    for name in names:
        try:
            module = load(name)
            n = module.SIZES["quick"]
            elapsed = timed(module, n)
            print("%-18s n=%-8d ok  %.3f s" % (name, n, elapsed))
        except Exception as e:
            failed.append(name)
            print("%-18s FAILED: %s: %s" % (name, type(e).__name__, e))
    if failed:
        print("failed:", " ".join(failed))
        return 1
    return 0


def main(args):
    if args and args[0] == "--quick":
        names = args[1:] or BENCHMARKS
        unknown = [n for n in names if n not in BENCHMARKS]
        if unknown:
            print("unknown benchmark:", " ".join(unknown), file=sys.stderr)
            return 2
        return quick(names)
    options = {"--size": None, "--iterations": "10", "--max-warmup": "20", "--budget": "60"}
    name = None
    i = 0
    while i < len(args):
        if args[i] == "--bench" and i + 1 < len(args):
            name = args[i + 1]
        elif args[i] in options and i + 1 < len(args):
            options[args[i]] = args[i + 1]
        else:
            print("usage: harness.py --quick [NAME ...] | --bench NAME [--size N] [--iterations K]"
                  " [--max-warmup W] [--budget SECONDS]", file=sys.stderr)
            return 2
        i += 2
    if name not in BENCHMARKS:
        print("unknown benchmark:", name, file=sys.stderr)
        return 2
    size = None if options["--size"] is None else int(options["--size"])
    n, first, warmup, times = measure(name, size, int(options["--iterations"]), int(options["--max-warmup"]),
                                      float(options["--budget"]))
    print("RESULT " + json_line(name, n, first, warmup, times))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
