# Sum of squares 0..n-1 in a plain for/range loop: stresses small-int arithmetic and loop overhead.
"""Micro kernel for an optimizing tier.

The body is the smallest interesting loop: one multiply and one add on small
ints per iteration. A tier that specializes range iteration and unboxes the
accumulator should make this loop dramatically faster than the interpreter.
The accumulator stays below 2**63 for the sizes used here, so a machine-int
fast path never has to fall back to big ints (but a correct runtime must still
handle it if it did).
"""

SIZES = {"quick": 50_000, "full": 2_000_000}


def bench(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def check(result, n):
    # Closed form of sum_{i=0}^{n-1} i^2, independent of the loop above.
    expected = (n - 1) * n * (2 * n - 1) // 6
    if result != expected:
        raise AssertionError(
            "int_loop: expected %d for n=%d, got %r" % (expected, n, result))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("int_loop", n, "ok")
