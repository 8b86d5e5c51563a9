# Chaos game: plots n points of the Barnsley fern IFS into a pixel grid; stresses float arithmetic, method calls, generators and integer PRNG arithmetic.
"""Runs the "chaos game" for an iterated function system: starting anywhere,
repeatedly apply one of four affine maps, picked at random with fixed
weights, and plot the point. The points settle on the Barnsley fern. The
randomness is a small linear congruential generator defined here, so the
run is deterministic. Every float operation is +, - or * (and int()
truncation for pixels), so the picture is IEEE-exact and compared exactly.
The result is (pixels hit, weighted checksum of the hit counts).
"""

SIZES = {"quick": 2000, "full": 150000}

WIDTH = 96
HEIGHT = 160

# The fern lies within these bounds.
X_MIN, X_MAX = -2.2, 2.8
Y_MIN, Y_MAX = 0.0, 10.0

# Points before this many steps are discarded: the orbit has not yet reached
# the attractor.
WARMUP = 20

CHECKSUM_MOD = 1_000_000_007

# Computed with CPython 3.13.
EXPECTED = {
    2000: (1539, 863020496, 2000),
    150000: (6876, 204329485, 150000),
}


class Lcg:
    """31-bit linear congruential generator (the classic ANSI C constants)."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next_float(self):
        """A float in [0, 1) built from the high bits, which are the most
        random bits of an LCG."""
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) / 16777216.0


class Affine:
    """(x, y) -> (a x + b y + e, c x + d y + f)."""

    def __init__(self, a, b, c, d, e, f):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f

    def apply(self, x, y):
        return (self.a * x + self.b * y + self.e,
                self.c * x + self.d * y + self.f)


# (map, probability) pairs of the Barnsley fern: stem, successively smaller
# leaflets, largest left leaflet, largest right leaflet.
FERN = [
    (Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0), 0.01),
    (Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6), 0.85),
    (Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6), 0.07),
    (Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44), 0.07),
]


def cumulative(system):
    """Turn (map, probability) pairs into (map, upper bound) pairs."""
    total = 0.0
    out = []
    for transform, p in system:
        total += p
        out.append((transform, total))
    # Rounding may leave the last bound just under 1.0; make sure every
    # random number lands somewhere.
    out[-1] = (out[-1][0], 2.0)
    return out


def orbit(system, rng, steps):
    """Yield the points of the chaos game after the warm-up."""
    table = cumulative(system)
    x = 0.0
    y = 0.0
    for step in range(steps + WARMUP):
        r = rng.next_float()
        for transform, bound in table:
            if r < bound:
                x, y = transform.apply(x, y)
                break
        if step >= WARMUP:
            yield x, y


def render(points):
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    sx = WIDTH / (X_MAX - X_MIN)
    sy = HEIGHT / (Y_MAX - Y_MIN)
    for x, y in points:
        col = int((x - X_MIN) * sx)
        row = int((y - Y_MIN) * sy)
        # Clamp, in case a point sits exactly on the far edge.
        if 0 <= col < WIDTH and 0 <= row < HEIGHT:
            grid[row][col] += 1
    return grid


def bench(n):
    grid = render(orbit(FERN, Lcg(42), n))
    lit = 0
    checksum = 0
    index = 0
    for row in grid:
        for hits in row:
            index += 1
            if hits:
                lit += 1
                checksum = (checksum * 31 + hits * index) % CHECKSUM_MOD
    plotted = sum(sum(row) for row in grid)
    return (lit, checksum, plotted)


def check(result, n):
    if n in EXPECTED:
        if result != EXPECTED[n]:
            raise AssertionError(f"chaos: expected {EXPECTED[n]!r} for n={n}, got {result!r}")
        return
    # No stored reference: every point of the fern falls inside the grid and
    # hits at least one pixel.
    lit, checksum, plotted = result
    ok = plotted == n and (1 if n else 0) <= lit <= min(n, WIDTH * HEIGHT) and 0 <= checksum < CHECKSUM_MOD
    if not ok:
        raise AssertionError(
            f"chaos: expected {n} points plotted on 1..{min(n, WIDTH * HEIGHT)} pixels for n={n}, got {result!r}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("chaos", n, "ok")
