# A chaotic float recurrence (logistic map feeding a damped filter): stresses boxed-float arithmetic in a tight loop.
"""Micro kernel for an optimizing tier.

Each iteration does a handful of float +, -, * and / on loop-carried locals,
so a tier that keeps floats unboxed in registers wins big. The logistic map
with r = 3.9 is chaotic: a single wrongly rounded operation anywhere in the
loop changes every later value, so comparing the final values exactly catches
any deviation from IEEE-754 double arithmetic (which +, -, *, / must follow
bit for bit in every correct runtime).
"""

SIZES = {"quick": 20_000, "full": 600_000}

# Final values of bench(n) computed by CPython 3.13. Compared exactly.
EXPECTED = {
    20_000: (0.35307536171470694, 0.593655521972637, 5993.831250622797),
    600_000: (0.2572806489792549, 0.54878565298282, 179807.6537340496),
}


def bench(n):
    x = 0.123456789   # state of the logistic map, stays in (0, 1)
    y = 0.0           # first-order low-pass filter of x: y = y * a + b
    z = 1.0           # ratio that uses division, stays in [0.5, 1]
    acc = 0.0
    for _ in range(n):
        x = 3.9 * x * (1.0 - x)
        y = y * 0.75 + x * 0.25
        z = (x + 1.0) / (y + 1.0 + z * 0.5)
        acc += z - 0.5
    return (x, y, acc)


def check(result, n):
    if n not in EXPECTED:
        raise AssertionError("float_recurrence: no reference for n=%d" % n)
    expected = EXPECTED[n]
    if result != expected:
        raise AssertionError(
            "float_recurrence: expected %r for n=%d, got %r" % (expected, n, result))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("float_recurrence", n, "ok")
