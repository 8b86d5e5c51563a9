# N-queens: all placements of n non-attacking queens by backtracking; stresses recursive generators, small loops over lists and tuple building.
"""Counts the solutions of the n-queens problem. Rows are filled one at a
time by a recursive generator that yields every complete placement as a
tuple of column numbers; a candidate square is tested against every queen
already placed. The result is (number of solutions, sum over solutions of a
placement-dependent weight), the count being the published sequence A000170.
"""

SIZES = {"quick": 7, "full": 10}

# Number of solutions for n = 0.. (OEIS A000170).
SOLUTION_COUNTS = [1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712]


def is_safe(placed, col):
    """Can a queen go in column `col` of the next row, given the queens
    already placed in rows 0..len(placed)-1?"""
    row = len(placed)
    for r, c in enumerate(placed):
        if c == col or abs(c - col) == row - r:
            return False
    return True


def placements(n, placed):
    """Yield every completion of `placed` (queens in its first rows)."""
    if len(placed) == n:
        yield tuple(placed)
        return
    for col in range(n):
        if is_safe(placed, col):
            placed.append(col)
            yield from placements(n, placed)
            placed.pop()


def weight(solution):
    """A position-dependent fingerprint of one solution (its columns read
    as a base-n number), so wrong placements, not just a wrong count, show
    up in the result."""
    w = 0
    for col in solution:
        w = w * len(solution) + col
    return w


def bench(n):
    count = 0
    total = 0
    for solution in placements(n, []):
        count += 1
        total += weight(solution)
    return (count, total)


def reference_weight_sum(n):
    """Independent check of the weight sum: each solution reflected left to
    right is also a solution, and reflection maps column c to n-1-c, so the
    weights of a solution and its mirror add up to the weight of the
    all-(n-1) placement. Hence the total is count * (n^n - 1) / 2."""
    return SOLUTION_COUNTS[n] * (n ** n - 1) // 2


def check(result, n):
    if not 0 <= n < len(SOLUTION_COUNTS):
        raise AssertionError(f"nqueens: no reference for n={n}")
    expected = (SOLUTION_COUNTS[n], reference_weight_sum(n))
    if result != expected:
        raise AssertionError(f"nqueens: expected {expected!r} for n={n}, got {result!r}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("nqueens", n, "ok")
