# Operator dunders with reflected and in-place forms and NotImplemented, comparisons, __eq__/__hash__, truth, containers, calls.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o): return V(*[a + b for a, b in zip(self.c, o.c)]) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(*[a + o for a in self.c]) if isinstance(o, int) else NotImplemented
    def __iadd__(self, o): self.c = tuple(a + o for a in self.c); return self
    def __sub__(self, o): return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*[a / k for a in self.c])
    def __floordiv__(self, k): return V(*[a // k for a in self.c])
    def __mod__(self, k): return V(*[a % k for a in self.c])
    def __pow__(self, k, mod=None): return V(*[pow(a, k, mod) for a in self.c])
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __lshift__(self, n): return V(*[a << n for a in self.c])
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rshift__(self, n): return "rshift"
    def __rrshift__(self, n): return "rrshift"
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return sum(self.c) < sum(o.c) if isinstance(o, V) else NotImplemented
    def __le__(self, o): return sum(self.c) <= sum(o.c) if isinstance(o, V) else NotImplemented
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
    def __call__(self, i): return self.c[i] * 100
    def __index__(self): return len(self.c)
    def __int__(self): return 7
    def __float__(self): return 1.5
    def __round__(self, n=None): return "rounded"
    def __format__(self, spec): return f"V[{spec}]"
    def __str__(self): return "str-V"
v, w = V(1, 2), V(3, 4)
print(v + w, 1 + v, v - w, v * 2, 3 * v, v @ w, v / 2, w // 2, w % 3, v ** 2, pow(v, 2, 3), -v, +v, abs(V(-1)), ~v, v << 1)
print(v & 1, 1 & v, v | 1, v ^ 1, v >> 1, 1 >> v, v == V(1, 2), v != w, v < w, v <= w, w > v, w >= v, {v: 1}[V(1, 2)])
v += 10
print(v, bool(V(0)), bool(V(0, 1)), len(v), v[0], v[-1], v[::-1], 11 in v, 99 in v, v(1), [10, 20, 30][V(1)], int(v), float(v), round(v), f"{v:spec}", str(v), bin(V(1, 2, 3)))
class NoEq:
    pass
class EqOnly:
    def __eq__(self, o): return True
a = NoEq()
print(a == a, a != NoEq(), hash(a) == hash(a), EqOnly.__hash__, EqOnly() == 5, 5 == EqOnly())
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Only:
    def __lt__(self, o): return "lt called"
print(Only() < Only(), Only() > Only())
class Truthy:
    def __len__(self): return 0
print(bool(Truthy()), not Truthy(), Truthy() or "fallback")
for op in ["V(1) + 1", "V(1) < 1", "1 - V(1)", "Only() <= Only()", "NoEq() < NoEq()", "len(NoEq())", "NoEq()[0]", "NoEq()()", "iter(NoEq())", "1 in NoEq()"]:
    try:
        print(eval(op))
    except TypeError as e:
        print("TypeError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

# The Python 2 print statement gets a hint.
for expr in ("print >> 1", "print << 1", "len >> 1"):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
