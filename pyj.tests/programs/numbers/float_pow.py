# float ** float, math.pow and complex ** float agree with CPython's correctly rounded libm pow, special values included.
import math
vals = []
x = 0.1234567
for i in range(3000):
    x = (x * 3.9 * (1 - x))
    vals.append(x)
out = []
for i in range(0, 2990, 3):
    a = vals[i] * 20
    b = (vals[i + 1] - 0.5) * 12
    out.append(repr(a ** b))
    out.append(repr(math.pow(a, b)))
    out.append(repr((-a) ** 3.0))
    out.append(repr(a ** 0.5))
print(hash(tuple(out)) if False else len(out))
print("\n".join(out))
for s in ("(-1.0) ** float('inf')", "float('inf') ** -1", "(-0.0) ** 3", "2.0 ** 1024", "(-8.0) ** (1/3)", "0.0 ** -1.0", "1.0 ** float('nan')", "math.pow(-1.0, float('inf'))", "(1+2j) ** 0.5", "(3+4j) ** (1.5+0.5j)", "10.0 ** -400", "math.pow(0.0, -1.0)"):
    try:
        print(s, "->", eval(s))
    except Exception as e:
        print(s, "->", type(e).__name__, e)
