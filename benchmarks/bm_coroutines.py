# Fibonacci by recursive async def/await, driven by coro.send(None): stresses coroutine creation, await chains and suspension.
"""No event loop is involved: the benchmark drives the outermost coroutine by
hand with send(None) until it raises StopIteration, the way an event loop's
innermost step does. Every leaf of the recursion suspends once through a tiny
awaitable, so each suspension travels up the whole await chain to the driver
and back down on resumption.
"""

SIZES = {"quick": 18, "full": 26}


class Suspend:
    """An awaitable that suspends its awaiting coroutine exactly once."""

    __slots__ = ()

    def __await__(self):
        # The yielded value reaches the driver's send(); None keeps it simple.
        yield None


async def fib(k):
    if k < 2:
        await Suspend()
        return k
    return await fib(k - 1) + await fib(k - 2)


def run(coro):
    """Drive coro to completion; return (its result, number of suspensions)."""
    suspensions = 0
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value, suspensions
        suspensions += 1


def bench(n):
    return run(fib(n))


def check(result, n):
    # Iterative Fibonacci, independent of the coroutine machinery. The leaves
    # of the call tree for fib(n) number fib(n + 1) (fib(0) and fib(1) are
    # leaves), and each suspends once.
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    expected = (a, b)
    if result != expected:
        raise AssertionError(
            "coroutines: expected %r for n=%d, got %r" % (expected, n, result))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("coroutines", n, "ok")
