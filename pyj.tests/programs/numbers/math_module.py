# The math module's float functions: values, special values, argument conversion and every error message.
import math


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


def outcome(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return type(e).__name__


# ---- the module ------------------------------------------------------------------------------

print(math.__name__, repr(math.__doc__))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.pi.hex(), math.e.hex(), math.tau.hex(), type(math.nan), math.nan != math.nan)
names = [n for n in dir(math) if not n.startswith('_')]
print(len(names), names)
for n in ['sqrt', 'log', 'hypot', 'isclose', 'prod', 'fsum', 'gcd', 'nextafter']:
    f = getattr(math, n)
    print(n, f.__name__, f.__qualname__, f.__module__, repr(f), type(f).__name__, f.__self__ is math)
print(repr(math.sqrt.__doc__))
print(repr(math.log.__doc__))
print(repr(math.isclose.__doc__.splitlines()[0]), repr(math.hypot.__doc__.splitlines()[0]))
print(repr(math.sumprod.__doc__))

# ---- one-argument functions on a grid of values ---------------------------------------------

GRID = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 0.1, 0.25, 1.5, -1.5, 2.5, 10.0, -10.0, 100.0,
        1e-300, -1e-300, 5e-324, 2.2250738585072014e-308, 1e300, -1e300, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 0.75, 0.9, -0.9, 1e-8, 1e-20, 22.0, 30.0, 710.0, -750.0]
ONE = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf',
       'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'floor', 'frexp', 'gamma', 'isfinite', 'isinf', 'isnan', 'lgamma',
       'log', 'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
for name in ONE:
    f = getattr(math, name)
    print(name, ' '.join(outcome(f, x) for x in GRID))

# Ordinary arguments, printed with their full repr (all correctly rounded, so glibc and pyj agree).
SAMPLES = [0.3, 0.7, 1.2, 2.9, 4.4, 7.25, 13.0, 0.01, 0.123456789, 1.0e-5, 42.0, 99.5]
for name in ['sin', 'cos', 'tan', 'atan', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sqrt',
             'cbrt', 'sinh', 'cosh', 'tanh', 'asinh', 'erf', 'erfc', 'gamma', 'lgamma']:
    f = getattr(math, name)
    print(name, [f(x) for x in SAMPLES])
for name in ['asin', 'acos', 'atanh']:
    f = getattr(math, name)
    print(name, [f(x) for x in [0.1, 0.3, 0.5, 0.7, 0.9, -0.2, -0.8, 0.999, 1e-10]])
print('acosh', [math.acosh(x) for x in [1.0, 1.5, 2.0, 10.0, 1e10, 1e300]])
print('gamma', [math.gamma(x) for x in [0.5, 1.5, 5.0, 10.0, 23.0, 24.0, 30.5, 100.0, 171.0, -0.5, -1.5, -2.5]])
print('lgamma', [math.lgamma(x) for x in [0.5, 1.5, 3.0, 10.0, 100.0, 1e10, -0.5, -2.5, 1e-25, 2e305]])
print('gamma near poles', [outcome(math.gamma, x) for x in [-1e-300, 1e-300, -200.5, -201.5, 5e-324, 171.7, -171.5]])
print('erf', [math.erf(x) for x in [1e-310, 0.84375, 1.25, 2.857, 5.9, 6.0, -3.0, 27.0, 28.0]])
print('erfc', [math.erfc(x) for x in [-1e-17, 0.2, 0.84375, 1.25, 2.857, 5.9, -6.5, 26.5, 27.9, 28.0]])
print('exp edges', [outcome(math.exp, x) for x in [709.78, 709.79, -708.0, -744.0, -745.2, 1e-17]])
print('exp2 edges', [outcome(math.exp2, x) for x in [1023.0, 1023.999, 1024.0, -1022.0, -1074.0, -1074.5,
                                                     -1075.0, -1075.0001, 0.5, -0.5]])
print('expm1 edges', [outcome(math.expm1, x) for x in [1e-17, -40.0, 0.35, -0.35, 1.03, 10.0, 40.0, 709.5]])
print('trig', [math.sin(math.pi), math.cos(math.pi), math.tan(math.pi / 4), math.sin(1e22), math.cos(1e22),
               math.sin(2.0 ** 60), math.tan(1e300), math.sin(6381956970095103 * 2.0 ** 797)])
print('hyperbolic', [outcome(f, x) for f in (math.sinh, math.cosh) for x in (709.0, 710.0, 710.5, -710.5)])

# ---- argument conversion --------------------------------------------------------------------


class WithFloat:
    def __float__(self):
        return 2.25


class WithIndex:
    def __index__(self):
        return 9


class HugeIndex:
    def __index__(self):
        return 10 ** 400


class BadFloat:
    def __float__(self):
        return 'no'


class IntFloat(int):
    def __float__(self):
        return 16.0


class FloatSub(float):
    def __float__(self):
        return 1.0


for arg in [4, True, False, 2 ** 60, 10 ** 300, 10 ** 400, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971,
            WithFloat(), WithIndex(), HugeIndex(), BadFloat(), IntFloat(4), FloatSub(9.0), 'str', None, [1],
            3 + 0j]:
    show('sqrt(%s)' % type(arg).__name__, math.sqrt, arg)
show('exp(-2**1100)', math.exp, -2 ** 1100)
show('atan2(WithIndex(), WithFloat())', math.atan2, WithIndex(), WithFloat())
show('pow("1", 2)', math.pow, "1", 2)
show('pow(2, "1")', math.pow, 2, "1")
show('copysign(1, None)', math.copysign, 1, None)

# ---- two-argument functions -----------------------------------------------------------------

PAIRS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, -3.0, 1e300, 5e-324, float('inf'), float('-inf'),
         float('nan'), 1.5, -1.5]
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow']:
    f = getattr(math, name)
    for x in PAIRS:
        print(name, repr(x), ' '.join(outcome(f, x, y) for y in PAIRS))
print('pow', [math.pow(x, y) for x, y in [(2, 10), (2, -1074), (2, -1075), (10, 22), (10, -5), (1.0001, 10000),
                                          (0.5, 0.5), (7.0, 1 / 3), (-8.0, 3.0), (-2.0, -3.0), (9.0, 0.5),
                                          (134217727.0, 2.0), (1e-5, 1e-5), (3.0, 646.0)]])
print('pow errors', [outcome(math.pow, x, y) for x, y in [(-8, 1 / 3), (0.0, -1), (-0.0, -3.0), (10, 400),
                                                         (-10, 401), (1e300, 2), (0.0, -float('inf')),
                                                         (-1.0, float('inf')), (float('nan'), 0.0)]])
print('atan2', [math.atan2(y, x) for y, x in [(1, 1), (1, -1), (-1, -1), (1e-300, 1e300), (1e300, 1e-300),
                                              (3.0, 4.0), (-0.5, 2.25), (2.0 ** -1070, 1.0)]])
print('fmod', [math.fmod(x, y) for x, y in [(10, 3), (-10, 3), (10, -3), (5.5, 1.25), (1e300, 3.0), (1, 1e-300),
                                            (-0.0, 1.0), (7.0, float('inf'))]])
print('remainder', [math.remainder(x, y) for x, y in [(10, 3), (11, 3), (5, 2), (7, 2), (-5, 2), (5.5, 1.0),
                                                      (1e300, 3.0), (2.5, 5e-324), (-0.0, 1.0)]])
print('copysign', [math.copysign(3, -0.0), math.copysign(-3.0, 0.0), math.copysign(float('nan'), -1.0) != 0,
                   math.copysign(True, -1)])
print('degrees', [math.degrees(x) for x in [math.pi, 1, -2.5, 1e308]], 'radians',
      [math.radians(x) for x in [180, 90.0, -45, 1e308]])

# ---- logarithms -----------------------------------------------------------------------------

for x in [1, 2, 10, 100, 1000, 2 ** 52, 2 ** 1023, 10 ** 300, 10 ** 308, 10 ** 309, 2 ** 1024, 10 ** 400, 3 ** 2000,
          2 ** 10000, 7 ** 12345, True]:
    print('log int', x.bit_length(), math.log(x), math.log2(x), math.log10(x))
for x in [0, -1, -10 ** 400, False, 0.0, -0.0, -1.5, float('-inf'), float('inf'), float('nan'), HugeIndex(),
          WithIndex(), WithFloat(), 'x']:
    print('log bad', type(x).__name__, outcome(math.log, x), outcome(math.log2, x), outcome(math.log10, x))
print('log base', [math.log(8, 2), math.log(100, 10), math.log(2, 8), math.log(10 ** 400, 10 ** 300),
                   math.log(0.5, 0.25), math.log(1, 7), math.log(3, 2.5)])
print('log base errors', [outcome(math.log, x, b) for x, b in [(10, 1), (1, 1), (10, 0), (0, 10), (10, -2),
                                                               (10, 1.0), ('a', 2), (2, 'a'), (-1, 'a')]])
print('log2 exact', [math.log2(2.0 ** k) for k in (-1074, -1022, -1, 0, 1, 52, 1023)])
print('log10 exact', [math.log10(10.0 ** k) for k in range(-5, 23)])
print('log1p', [math.log1p(x) for x in [-0.0, 1e-30, -0.29, 0.41, -0.5, 1.0, 1e10, 2 ** 53, 1e300]])

# ---- float representation -------------------------------------------------------------------

print('frexp', [math.frexp(x) for x in [1.0, 0.1, -3.5, 5e-324, 2.2250738585072014e-308, 1e300, 0.0, -0.0,
                                        float('inf'), 7]])
print('frexp nan', math.frexp(float('nan')))
print('ldexp', [math.ldexp(x, i) for x, i in [(0.5, 1), (1.0, -1074), (1.0, -1075), (0.75, -1074), (1.5, -1075),
                                              (0.75, 1024), (1.0, -10 ** 100), (0.0, 10 ** 100),
                                              (float('inf'), -5), (-1.0, -2000), (1, True)]])
print('ldexp errors', [outcome(math.ldexp, x, i) for x, i in [(1.0, 1024), (1.0, 10 ** 100), (1.0, 2.0),
                                                              (1.0, WithIndex()), ('a', 1), (1.0, None),
                                                              (-1.0, 2 ** 31)]])
print('modf', [math.modf(x) for x in [3.75, -3.75, 0.0, -0.0, 2.0, -2.0, 1e300, 5e-324, float('inf'),
                                      float('-inf'), 10]])
print('modf nan', math.modf(float('nan')))
print('ulp', [math.ulp(x) for x in [1.0, -1.0, 0.0, 1e300, 2.0 ** 52, 1.7976931348623157e308, 5e-324]])
print('nextafter', [math.nextafter(x, y) for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0),
                                                      (-0.0, 0.0), (0.0, -0.0), (1.0, 1.0),
                                                      (1.7976931348623157e308, float('inf')),
                                                      (float('inf'), 0.0), (5e-324, 0.0)]])
print('nextafter nan', math.nextafter(float('nan'), 1.0), math.nextafter(1.0, float('nan')))
print('nextafter steps', [math.nextafter(x, y, steps=s) for x, y, s in [
    (1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 3), (1.0, 0.0, 2), (0.0, 1.0, 5), (5e-324, -1.0, 3),
    (-5e-324, 1.0, 2), (1.0, 1.0000000000000004, 100), (1.0, 2.0, 2 ** 52), (1.0, -1.0, 2 ** 64),
    (1.0, 2.0, 10 ** 30), (0.0, float('inf'), 2 ** 63), (-1.0, 1.0, True), (2.0, 1.0, None)]])
print('nextafter steps errors', [outcome(lambda s: math.nextafter(1.0, 2.0, steps=s), s) for s in
                                 [-1, 2.0, 'x', -10 ** 30]])
print('fma', [outcome(math.fma, *t) for t in [(2.0, 3.0, 4.0), (0.1, 10.0, -1.0), (-0.0, 0.0, 0.0),
                                             (0.0, 0.0, -0.0), (2 ** 60, 2 ** 60, -2 ** 120),
                                             (1 + 2 ** -52, 1 - 2 ** -52, -1.0), (float('inf'), 2.0, 1.0),
                                             (float('nan'), 0.0, 1.0), (float('inf'), 0.0, float('nan')),
                                             (float('inf'), 0.0, 1.0), (float('inf'), 1.0, float('-inf')),
                                             (1e308, 10.0, 0.0), (1e308, 10.0, float('-inf')), (5e-324, 0.5, 0.0),
                                             ('a', 1, 2), (1, 2, None)]])
print('isfinite etc', [(math.isfinite(x), math.isinf(x), math.isnan(x)) for x in
                       [0, 1e308, float('inf'), float('-inf'), float('nan'), 10 ** 300, True]])

# ---- isclose --------------------------------------------------------------------------------

print('isclose', [math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-10),
                  math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01),
                  math.isclose(100, 102, rel_tol=0.01), math.isclose(float('inf'), float('inf')),
                  math.isclose(float('inf'), float('-inf'), abs_tol=float('inf')),
                  math.isclose(float('nan'), float('nan')), math.isclose(1e308, float('inf')),
                  math.isclose(-1.0, -1.0 - 1e-12, rel_tol=0.0), math.isclose(a=2, b=2.0),
                  math.isclose(1, 1.5, abs_tol=0.5), math.isclose(1, 1.5, rel_tol=1.0)])
show('isclose(1, 2, rel_tol=-1)', math.isclose, 1, 2, rel_tol=-1)
show('isclose(1, 2, abs_tol=-0.5)', math.isclose, 1, 2, abs_tol=-0.5)
show('isclose("a", 1)', math.isclose, "a", 1)
show('isclose(1, 2, rel_tol="x")', math.isclose, 1, 2, rel_tol="x")

# ---- arity and keyword errors ---------------------------------------------------------------

for name in sorted(n for n in dir(math) if callable(getattr(math, n)) and not n.startswith('_')):
    f = getattr(math, name)
    results = []
    for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'zz': 1}), ((1.0,), {}), ((1, 2), {}),
                         ((1, 2, 3), {})]:
        try:
            r = f(*args, **kwargs)
        except Exception as e:
            results.append('%s: %s' % (type(e).__name__, e))
        else:
            results.append(repr(r))
    print(name, '|', ' | '.join(results))
for label, call in [('isclose(a=1.0, b=1.0)', lambda: math.isclose(a=1.0, b=1.0)),
                    ('isclose(b=1, a=1)', lambda: math.isclose(b=1, a=1)),
                    ('isclose(1, a=1)', lambda: math.isclose(1, a=1)),
                    ('isclose(b=1)', lambda: math.isclose(b=1)),
                    ('isclose(1, b=2, a=3)', lambda: math.isclose(1, b=2, a=3)),
                    ('isclose(1, 2, 3, rel_tol=1)', lambda: math.isclose(1, 2, 3, rel_tol=1)),
                    ('isclose(1, 2, rel_tol=1, abs_tol=2, x=3)',
                     lambda: math.isclose(1, 2, rel_tol=1, abs_tol=2, x=3)),
                    ('isclose(a=1, b=2, c=3, d=4, e=5)', lambda: math.isclose(a=1, b=2, c=3, d=4, e=5)),
                    ('isclose(1, 2, zz=3)', lambda: math.isclose(1, 2, zz=3)),
                    ('nextafter(x=1, y=2)', lambda: math.nextafter(x=1, y=2)),
                    ('nextafter(1, 2, x=3)', lambda: math.nextafter(1, 2, x=3)),
                    ('nextafter(1, 2, steps=3, zz=1)', lambda: math.nextafter(1, 2, steps=3, zz=1)),
                    ('sqrt(x=1)', lambda: math.sqrt(x=1)),
                    ('log(x=1)', lambda: math.log(x=1)),
                    ('pow(x=1, y=2)', lambda: math.pow(x=1, y=2)),
                    ('hypot(1, x=2)', lambda: math.hypot(1, x=2)),
                    ('ldexp(x=1, i=2)', lambda: math.ldexp(x=1, i=2)),
                    ('fma(1, 2)', lambda: math.fma(1, 2)),
                    ('comb(n=1, k=1)', lambda: math.comb(n=1, k=1))]:
    show(label, call)
