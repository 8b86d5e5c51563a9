# random and _random: seeding with every supported seed type, state round-trips, and the core errors.
import random
import _random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def first(seed, n=3, **kw):
    r = random.Random()
    r.seed(seed, **kw)
    return [r.random() for _ in range(n)]


# Integer seeds: small, zero, negative (absolute value), huge, bool, int subclass.
class MyInt(int):
    def __abs__(self):
        return 99          # ignored: seeding uses int.__abs__


for s in [0, 1, 5, -5, 42, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 3, -(2**100) - 7, 10**200, True, MyInt(-3)]:
    print("int", s, first(s))

# Floats seed by their hash.
for s in [0.0, 1.5, -2.25, 1e300, float("inf")]:
    print("float", s, first(s))

# str/bytes/bytearray: version 2 (SHA-512) and version 1.
for s in ["", "hello", "héllo wörld ✓", b"", b"hello", bytearray(b"hello"), "x" * 1000]:
    print("v2", repr(s)[:30], first(s))
for s in ["", "hello", "héllo", b"hello", b"\xff\xfe"]:
    print("v1", repr(s), first(s, version=1))
print("v1 int", first(12, version=1), first(12, version=2))

# Instances seeded at construction equal explicitly seeded ones.
print(random.Random(7).random() == first(7, 1)[0], random.Random("7").random() == first("7", 1)[0])

# getrandbits over word boundaries (CPython's least-significant-word-first order).
r = random.Random(2024)
print([r.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 200]])
print(r.getrandbits(1000))
print(r.randbytes(0), r.randbytes(1), r.randbytes(9))

# getstate/setstate round trips.
r = random.Random(99)
r.gauss(0, 1)                      # leaves gauss_next set
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[1][:3], repr(state[2]))
a = [r.random(), r.gauss(), r.getrandbits(77)]
r.setstate(state)
b = [r.random(), r.gauss(), r.getrandbits(77)]
print(a == b, a)
r2 = random.Random()
r2.setstate(state)
print(r2.random() == a[0])
# A version 2 state (words taken modulo 2**32).
v2 = (2, tuple(x - 2**32 if x > 2**31 else x for x in state[1][:-1]) + (state[1][-1],), None)
r3 = random.Random()
r3.setstate(v2)
r.setstate(state)
print(r3.random() == r.random())

# The raw _random.Random type.
g = _random.Random(5)
print(type(g).__name__, type(g).__module__, g.random(), g.getrandbits(40))
st = g.getstate()
print(type(st).__name__, len(st), st[-1])
g.seed(5)
print(g.random())
g.seed()
g.seed(None)
print(0.0 <= g.random() < 1.0)
g.setstate((0,) * 624 + (0,))
print(g.random(), g.getrandbits(40))
g.setstate((2**32 + 5,) * 624 + (624,))
print(g.getstate()[:2], g.random())
print(_random.Random.__doc__)
print(_random.__doc__)
print(_random.Random(3).random() == random.Random(3).random())


class Index:
    def __index__(self):
        return 10


print(_random.Random(1).getrandbits(Index()))

show("seed list", lambda: random.Random([1]))
show("seed dict", lambda: random.Random().seed({}))
show("raw seed list", lambda: _random.Random().seed([]))
show("raw seed 2 args", lambda: _random.Random().seed(1, 2))
show("raw seed kw", lambda: _random.Random().seed(n=1))
show("raw init 2 args", lambda: _random.Random(1, 2))
show("raw init kw", lambda: _random.Random(x=1))
show("raw random arg", lambda: _random.Random().random(1))
show("raw getstate arg", lambda: _random.Random().getstate(1))
show("setattr", lambda: setattr(_random.Random(), "x", 1))
show("getattr", lambda: _random.Random().x)
show("setstate non-tuple", lambda: _random.Random().setstate([0] * 625))
show("setstate size", lambda: _random.Random().setstate((0,) * 624))
show("setstate index", lambda: _random.Random().setstate((0,) * 624 + (625,)))
show("setstate neg index", lambda: _random.Random().setstate((0,) * 624 + (-1,)))
show("setstate neg word", lambda: _random.Random().setstate((-1,) * 625))
show("setstate huge word", lambda: _random.Random().setstate((2**64,) * 625))
show("setstate float word", lambda: _random.Random().setstate((1.5,) * 625))
show("setstate float index", lambda: _random.Random().setstate((0,) * 624 + (1.0,)))
show("setstate huge index", lambda: _random.Random().setstate((0,) * 624 + (2**70,)))
show("getrandbits neg", lambda: _random.Random().getrandbits(-1))
show("getrandbits float", lambda: _random.Random().getrandbits(1.0))
show("getrandbits huge", lambda: _random.Random().getrandbits(2**40))
show("getrandbits none", lambda: _random.Random().getrandbits())
show("state version", lambda: random.Random().setstate((9, (), None)))
show("randbytes neg", lambda: random.Random(1).randbytes(-1))
