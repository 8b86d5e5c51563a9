# Recursive in-order tree traversal with yield from, feeding a chain of generator stages: stresses generator creation, resumption and delegation.
"""Two workloads share one iteration:

* a balanced binary search tree over 0..n-1 is walked in order by a
  recursive generator that delegates with `yield from`, so each value is
  passed up through about log2(n) suspended generators;
* the walk feeds a pipeline of generator stages (filter, map, pairing
  with a running index) that each resume the previous one per item.

Both results have closed forms, so check() needs no stored reference.
"""

SIZES = {"quick": 2_000, "full": 75_000}


class Node:
    __slots__ = ("value", "left", "right")

    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    """A balanced tree holding the values lo..hi-1 (None when empty)."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def in_order(node):
    # Recursion through `yield from` rather than an explicit stack is the point.
    if node.left is not None:
        yield from in_order(node.left)
    yield node.value
    if node.right is not None:
        yield from in_order(node.right)


def keep_odd(values):
    for v in values:
        if v & 1:
            yield v


def square(values):
    for v in values:
        yield v * v


def numbered(values):
    index = 0
    for v in values:
        yield index, v
        index += 1


def bench(n):
    tree = build(0, n)
    if tree is None:            # n == 0: nothing to walk
        return (0, 0, 0)

    # Walk 1: position-weighted sum. Over orderings of 0..n-1 it reaches
    # sum(i*i) only in sorted order (rearrangement inequality), so it checks
    # that the walk is complete and in order.
    weighted = 0
    for index, value in numbered(in_order(tree)):
        weighted += index * value

    # Walk 2: the squares of the odd values, through three stacked stages.
    odd_squares = 0
    for v in square(keep_odd(in_order(tree))):
        odd_squares += v

    # A generator expression over the tree closes the set of generator forms.
    count = sum(1 for _ in in_order(tree))
    return (count, weighted, odd_squares)


def check(result, n):
    sum_squares = (n - 1) * n * (2 * n - 1) // 6
    # Odd values 1, 3, ..., 2m-1 below n, with m = n // 2:
    # sum (2j-1)^2 for j = 1..m is m(2m-1)(2m+1)/3.
    m = n // 2
    odd_squares = m * (2 * m - 1) * (2 * m + 1) // 3
    expected = (n, sum_squares, odd_squares)
    if result != expected:
        raise AssertionError(
            "generators: expected %r for n=%d, got %r" % (expected, n, result))


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("generators", n, "ok")
