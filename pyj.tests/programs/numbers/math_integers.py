# The math module's integer functions, rounding protocols, sums, products and norms.
import math


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


def outcome(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s(%s)' % (type(e).__name__, e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class MyInt(int):
    pass


# ---- gcd and lcm ----------------------------------------------------------------------------

print('gcd', [math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18),
              math.gcd(0, 0), math.gcd(0, -7), math.gcd(12, 18, 27), math.gcd(1, 5, 7),
              math.gcd(2 ** 100, 6 ** 50), math.gcd(True, 4), math.gcd(Index(24), MyInt(36)),
              math.gcd(10 ** 40 + 1, 10 ** 20 + 1), math.gcd(3, 5, 7, 0)])
print('lcm', [math.lcm(), math.lcm(0), math.lcm(-12), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, -6),
              math.lcm(0, 5), math.lcm(5, 0), math.lcm(2, 3, 4, 5), math.lcm(0, 2, 3), math.lcm(2 ** 64, 3 ** 40),
              math.lcm(True, 4), math.lcm(Index(6), MyInt(10))])
print('types', type(math.gcd(MyInt(4))), type(math.gcd(True)), type(math.lcm(MyInt(4), 6)), math.gcd(MyInt(-4)))
for label, call in [('gcd(2.0)', lambda: math.gcd(2.0)), ('gcd(4, 6.0)', lambda: math.gcd(4, 6.0)),
                    ('gcd(1, "a")', lambda: math.gcd(1, 'a')), ('lcm(0, "a")', lambda: math.lcm(0, 'a')),
                    ('lcm(2, None)', lambda: math.lcm(2, None)), ('gcd(a=1)', lambda: math.gcd(a=1))]:
    show(label, call)

# ---- factorial, comb, perm ------------------------------------------------------------------

print('factorial', [math.factorial(n) for n in range(0, 26)])
print('factorial 100', math.factorial(100))
print('factorial digits', [len(str(math.factorial(n))) for n in (200, 500, 1000)], math.factorial(1000) % 10 ** 30,
      math.factorial(3000).bit_length())
print('factorial misc', math.factorial(True), math.factorial(Index(7)), math.factorial(MyInt(5)))
for arg in [-1, -10 ** 30, 2.0, 5.5, '5', None, 10 ** 20, 2 ** 63, -2 ** 63]:
    show('factorial(%r)' % (arg,), math.factorial, arg)

print('comb', [math.comb(n, k) for n, k in [(0, 0), (5, 0), (5, 2), (5, 5), (5, 6), (10, 3), (52, 5), (67, 33),
                                            (68, 34), (100, 50), (1000, 3), (1000, 997), (True, True)]])
print('comb big', math.comb(10 ** 20, 3), math.comb(10 ** 30, 10 ** 30 - 2), math.comb(2 ** 70, 2 ** 70 - 1),
      math.comb(300, 150) % 10 ** 20, math.comb(10 ** 6, 10).bit_length())
print('perm', [math.perm(n, k) for n, k in [(0, 0), (5, 0), (5, 2), (5, 5), (5, 6), (10, 3), (20, 20), (21, 20),
                                            (100, 10), (5, None), (True, 1)]])
print('perm one', [math.perm(n) for n in range(8)], math.perm(10 ** 20, 2), math.perm(2 ** 64, 1))
for label, call in [('comb(-1, 2)', lambda: math.comb(-1, 2)), ('comb(5, -1)', lambda: math.comb(5, -1)),
                    ('comb(-1, -1)', lambda: math.comb(-1, -1)), ('comb(2.0, 1)', lambda: math.comb(2.0, 1)),
                    ('comb(2, 1.0)', lambda: math.comb(2, 1.0)), ('comb("a", 1.0)', lambda: math.comb('a', 1.0)),
                    ('comb(10**20, 10**19)', lambda: math.comb(10 ** 20, 10 ** 19)),
                    ('comb(5, 10**30)', lambda: math.comb(5, 10 ** 30)),
                    ('comb(10**30, 10**31)', lambda: math.comb(10 ** 30, 10 ** 31)),
                    ('comb(1)', lambda: math.comb(1)), ('comb(1, 2, 3)', lambda: math.comb(1, 2, 3)),
                    ('perm(-1, 2)', lambda: math.perm(-1, 2)), ('perm(5, -1)', lambda: math.perm(5, -1)),
                    ('perm(-1)', lambda: math.perm(-1)), ('perm(2.5)', lambda: math.perm(2.5)),
                    ('perm(3, 2.0)', lambda: math.perm(3, 2.0)), ('perm(10**20, 10**19)', lambda: math.perm(10 ** 20, 10 ** 19)),
                    ('perm(3, 10**30)', lambda: math.perm(3, 10 ** 30)), ('perm()', lambda: math.perm()),
                    ('perm(1, 2, 3)', lambda: math.perm(1, 2, 3)), ('perm(n=3)', lambda: math.perm(n=3))]:
    show(label, call)

# ---- isqrt ----------------------------------------------------------------------------------

print('isqrt', [math.isqrt(n) for n in [0, 1, 2, 3, 4, 8, 9, 15, 16, 17, 99, 100, 2 ** 52 - 1, 2 ** 52,
                                        2 ** 53 + 1, 2 ** 64 - 1, 2 ** 64, 10 ** 30, 10 ** 30 - 1, True]])
print('isqrt big', math.isqrt(10 ** 200), math.isqrt(2 ** 1001) % 10 ** 12,
      math.isqrt(3 ** 500) ** 2 <= 3 ** 500 < (math.isqrt(3 ** 500) + 1) ** 2, math.isqrt(Index(50)),
      type(math.isqrt(MyInt(16))))
for arg in [-1, -10 ** 50, 4.0, '4', None]:
    show('isqrt(%r)' % (arg,), math.isqrt, arg)

# ---- floor, ceil, trunc ---------------------------------------------------------------------


class Floors:
    def __floor__(self):
        return 'floored'

    def __ceil__(self):
        return 'ceiled'

    def __trunc__(self):
        return 'truncated'


class OnlyFloat:
    def __float__(self):
        return -2.5


class OnlyIndex:
    def __index__(self):
        return 11


class FloatSub(float):
    pass


class FloatSubFloor(float):
    def __floor__(self):
        return 'own floor'


class Raises:
    def __floor__(self):
        raise RuntimeError('from __floor__')

    def __float__(self):
        return 1.0


instance_floor = OnlyFloat()
instance_floor.__floor__ = lambda: 'instance attribute ignored'

for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e300, -1e300, 5e-324, -5e-324, 2.0 ** 52 + 0.5, 2.0 ** 63,
          -2.0 ** 63, 2.0 ** 64, 0.9999999999999999, 7, -7, True, 10 ** 30, FloatSub(2.5), FloatSubFloor(2.5),
          Floors(), OnlyFloat(), OnlyIndex(), instance_floor, Raises(), float('inf'), float('-inf'), float('nan'),
          'x', None, [1.5]]:
    print('rounding', type(x).__name__, outcome(math.floor, x), outcome(math.ceil, x), outcome(math.trunc, x))
print('rounding types', type(math.floor(FloatSub(2.5))), type(math.ceil(True)), type(math.trunc(MyInt(3))),
      type(math.floor(MyInt(3))))

# ---- fsum -----------------------------------------------------------------------------------

FSUM_CASES = [
    [], [0.0], [-0.0], [-0.0, -0.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [1.0, 1e100, 1.0, -1e100], [1e308, 1e308, -1e308], [1e-16, 1.0, 1e16], [2.0 ** 53, -0.5, -2.0 ** -54],
    [2.0 ** 53, 1.0, 2.0 ** -100], [2.0 ** 53, 1.0, -2.0 ** -100], [1.0, 2.0 ** -53, 2.0 ** -106],
    [float('inf'), 1.0], [float('inf'), float('inf')], [float('-inf'), 5.0], [float('nan'), 1.0],
    [float('inf'), float('-inf')], [float('inf'), float('nan')], [1e308, 1e308], [1e308, 1e308, -1e308],
    [1, 2, 3], [True, 0.5], [10 ** 20, 1.0, -10 ** 20], [1.7976931348623157e308, -1.7976931348623157e308, 1.0],
    [x * 0.01 for x in range(1000)], [(-1) ** i * 1.0 / (i + 1) for i in range(2000)],
    [1e-300] * 100 + [1e300, -1e300], [2.0 ** 1023, 2.0 ** 1023, -2.0 ** 1023],
]
for case in FSUM_CASES:
    label = repr(case) if len(case) < 8 else 'len %d' % len(case)
    print('fsum', label, outcome(math.fsum, case))
print('fsum iter', math.fsum(x / 7 for x in range(100)), math.fsum(iter([0.5, 0.25])), math.fsum((1, 2.5)),
      math.fsum({0.5: 1, 1.5: 2}), math.fsum(range(10)))
for arg in [5, None, ['a'], [1.0, 'b'], [10 ** 400], [OnlyFloat(), OnlyIndex()]]:
    show('fsum(%s)' % type(arg).__name__, math.fsum, arg)

# ---- prod -----------------------------------------------------------------------------------

print('prod', [math.prod([]), math.prod([], start=5), math.prod([2, 3, 4]), math.prod(range(1, 21)),
               math.prod(range(1, 30)), math.prod([2.5, 4]), math.prod([2, 2.5]), math.prod([1, 2], start=0.5),
               math.prod([0.1] * 5), math.prod([3] * 50), math.prod([2 ** 62, 4]), math.prod([-2 ** 62, 2]),
               math.prod([True, True]), math.prod([], start='x'), math.prod([3], start='ab'),
               math.prod(['ab', 2]), math.prod([1e200, 1e200]), math.prod([float('inf'), 0])])
print('prod types', type(math.prod([])), type(math.prod([2, 3])), type(math.prod([2.0, 3])),
      type(math.prod([MyInt(2), 3])))
for label, call in [('prod(5)', lambda: math.prod(5)), ('prod(["a", "b"])', lambda: math.prod(['a', 'b'])),
                    ('prod([1, None])', lambda: math.prod([1, None])), ('prod()', lambda: math.prod()),
                    ('prod([1], 2)', lambda: math.prod([1], 2)), ('prod([1], st=2)', lambda: math.prod([1], st=2)),
                    ('prod(iterable=[2])', lambda: math.prod(iterable=[2])),
                    ('prod(start=1)', lambda: math.prod(start=1)),
                    ('prod(a=1, b=2, c=3)', lambda: math.prod(a=1, b=2, c=3))]:
    show(label, call)

# ---- sumprod --------------------------------------------------------------------------------

SUMPROD_CASES = [
    ([], []), ([1, 2, 3], [4, 5, 6]), ([1.5, 2.5], [2.0, 4.0]), ([1, 2], [3.5, 4]), ([True, False, True], [2.5, 3, 4]),
    ([0.1] * 10, [0.1] * 10), ([1e100, 1.0, -1e100], [1.0, 1.0, 1.0]), ([2 ** 62, 2 ** 62], [2, 2]),
    ([2 ** 31, 2 ** 31, 1.5], [2 ** 31, 2 ** 31, 2.0]), ([10 ** 30, 2.0], [1, 3.0]), ([1.0, 10 ** 400], [2.0, 1]),
    ([1e308, 1e308], [10.0, -10.0]), ([float('inf'), 1.0], [1.0, 2.0]), ([float('nan'), 1.0], [1.0, 2.0]),
    ([1, 2.5, 3, 4.5], [2, 2, 2, 2]), ([MyInt(3), 2], [4, 5]), ([3, 0.5], [MyInt(4), 2]),
    ([1e-300, 1e-300], [1e-300, 1e300]), ([-2 ** 63, 1], [1, -1]), ([2 ** 63 - 1, 1], [1, 1]),
    ([x / 10 for x in range(100)], [x / 7 for x in range(100)]), ([1, 2], [3, 4.0]), ([3.0, 1], [2, 5]),
    ([0.3, 1, 0.7], [1, 0.1, 3]),
]
for p, q in SUMPROD_CASES:
    label = '%r %r' % (p, q) if len(p) < 6 else 'len %d' % len(p)
    print('sumprod', label, outcome(math.sumprod, p, q))
print('sumprod iter', math.sumprod(iter([1, 2]), (3, 4)), math.sumprod(range(5), range(5)),
      math.sumprod((x for x in [0.5, 1.5]), [4, 0.25]))
for label, call in [('sumprod([1], [1, 2])', lambda: math.sumprod([1], [1, 2])),
                    ('sumprod([1, 2], [1])', lambda: math.sumprod([1, 2], [1])),
                    ('sumprod(1, 2)', lambda: math.sumprod(1, 2)), ('sumprod([1], 2)', lambda: math.sumprod([1], 2)),
                    ('sumprod(["a"], ["b"])', lambda: math.sumprod(['a'], ['b'])),
                    ('sumprod([1], [None])', lambda: math.sumprod([1], [None])),
                    ('sumprod([2, 3], ["a", "b"])', lambda: math.sumprod([2, 3], ['a', 'b'])),
                    ('sumprod([[1], [2]], [2, 1])', lambda: math.sumprod([[1], [2]], [2, 1])),
                    ('sumprod([1])', lambda: math.sumprod([1])), ('sumprod(p=[1], q=[1])', lambda: math.sumprod(p=[1], q=[1]))]:
    show(label, call)

# ---- hypot and dist -------------------------------------------------------------------------

print('hypot', [math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1, 1),
                math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(5e-324, 5e-324),
                math.hypot(5e-324, 1e-310, 2e-320), math.hypot(1.7976931348623157e308, 1.0),
                math.hypot(*[0.1] * 100), math.hypot(*range(1, 50)), math.hypot(2 ** 60, 1), math.hypot(True, 2),
                math.hypot(-0.0, 0.0), math.hypot(0.5, 0.25, 0.125, 0.0625)])
print('hypot special', [math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1.0),
                        math.hypot(float('-inf'), 1.0), math.hypot(float('nan')), math.hypot(-float('inf'))])
print('hypot accurate', [math.hypot(x, x + 1) for x in [0.1, 0.2, 0.3, 1.7, 123.456, 1e10]],
      [math.hypot(*[x / 3 for x in range(k)]) for k in range(2, 9)])
show('hypot(1e308, 1e308)', math.hypot, 1e308, 1e308)
show('hypot("a")', math.hypot, 'a')
show('hypot(1, 10**400)', math.hypot, 1, 10 ** 400)
print('dist', [math.dist([], []), math.dist([1], [4]), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]),
               math.dist(iter([1.5, 2]), range(2)), math.dist((1e300, -1e300), (-1e300, 1e300)),
               math.dist([0.1, 0.2], [0.3, 0.7]), math.dist([5e-324], [-5e-324]),
               math.dist([float('inf'), 0], [float('inf'), 1]), math.dist([float('nan'), 1], [2, 3])])
for label, call in [('dist([1], [1, 2])', lambda: math.dist([1], [1, 2])), ('dist(1, 2)', lambda: math.dist(1, 2)),
                    ('dist([1, "a"], [1, 2])', lambda: math.dist([1, 'a'], [1, 2])),
                    ('dist([1])', lambda: math.dist([1])), ('dist([1e308], [-1e308])', lambda: math.dist([1e308], [-1e308])),
                    ('dist([1e308, 1], [-1e308, 1])', lambda: math.dist([1e308, 1], [-1e308, 1])),
                    ('dist(p=[1], q=[2])', lambda: math.dist(p=[1], q=[2]))]:
    show(label, call)
