# Float point objects: build, normalize and reduce n 3-D points; stresses object allocation, attribute access and float math calls.
"""Creates n Point objects from sin/cos of their index, normalizes each one
(a method call with sqrt), then folds them into one point holding the
component-wise maxima. The list of points is built in full first so the
allocation pressure is part of the benchmark. The result is the (x, y, z)
of the final point; it involves sin/cos, so it is compared with a relative
tolerance of 1e-9.
"""

import math

SIZES = {"quick": 4000, "full": 150000}

# Computed with CPython 3.13.
EXPECTED = {
    4000: (0.8943739466731936, 1.0, 0.44718361320870764),
    150000: (0.8944271890997864, 1.0, 0.4472135954456972),
}

REL_TOL = 1e-9


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        """Keep, per component, the larger of self and other."""
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def bench(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return (best.x, best.y, best.z)


def close(a, b):
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def check(result, n):
    if n in EXPECTED:
        expected = EXPECTED[n]
        if len(result) != 3 or not all(close(a, b) for a, b in zip(result, expected)):
            raise AssertionError(f"float: expected {expected!r} for n={n}, got {result!r}")
        return
    # No stored reference. Point 0 is (0, 3, 0), normalized (0, 1, 0), so y
    # is exactly 1; x and z are maxima of normalized components, which lie in
    # [0, 1] and, from the shape of the curve, never exceed 2/sqrt(5) and
    # 1/sqrt(5) (reached when cos(i) = 0 and sin(i) = +-1).
    x, y, z = result
    ok = (y == 1.0 and 0.0 <= x <= 2.0 / math.sqrt(5.0) * (1 + REL_TOL)
          and 0.0 <= z <= 1.0 / math.sqrt(5.0) * (1 + REL_TOL))
    if not ok:
        raise AssertionError(
            f"float: expected y=1.0, 0<=x<=2/sqrt(5), 0<=z<=1/sqrt(5) for n={n}, got {result!r}")


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZES["quick"]
    result = bench(n)
    check(result, n)
    print("float", n, "ok")
