# Subclassing random.Random and _random.Random: overridden random()/getrandbits()/_randbelow, state, SystemRandom.
import random
import _random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Counter(random.Random):
    """A generator that only supplies random(): randrange falls back to rejection on floats."""

    def __init__(self, x=None):
        self.i = 0
        super().__init__(x)

    def random(self):
        self.i += 1
        return (self.i * 0.618033988749895) % 1.0

    def seed(self, a=None, version=2):
        self.i = 0 if a is None else int(a)
        self.gauss_next = None

    def getstate(self):
        return self.i

    def setstate(self, state):
        self.i = state


c = Counter(3)
print(Counter._randbelow is Counter._randbelow_without_getrandbits)
print([c.random() for _ in range(3)], c.randrange(100), c.randint(1, 6), c.choice("abcdef"))
x = list(range(8))
c.shuffle(x)
print(x, c.sample(range(20), 4), c.choices("abc", k=4), c.uniform(0, 10), c.gauss(), c.expovariate())
s = c.getstate()
a = c.random()
c.setstate(s)
print(a == c.random(), c.getstate())
print(c.randrange(2**53 - 1) >= 0)


class Bits(random.Random):
    """Overriding getrandbits() keeps the getrandbits-based _randbelow."""

    def getrandbits(self, k):
        self.calls = getattr(self, "calls", 0) + 1
        return super().getrandbits(k)


b = Bits(10)
print(Bits._randbelow is Bits._randbelow_with_getrandbits, [b.randrange(1000) for _ in range(5)], b.calls)
print(b.randrange(10) == random.Random(10).randrange(10) or True)


class Below(Counter):
    """A class that defines _randbelow wins over the random() it inherits."""

    def _randbelow(self, n):
        return n - 1


print(Below(0).randrange(10), Below(0).choice("xyz"), Below._randbelow is Counter._randbelow)


class Both(random.Random):
    def random(self):
        return 0.5

    def getrandbits(self, k):
        return 0


print(Both._randbelow is Both._randbelow_with_getrandbits, Both().randrange(5), Both().uniform(2, 4))

# A subclass of the raw type keeps the Mersenne Twister and gains a __dict__.
class Raw(_random.Random):
    pass


r = Raw(5)
r.tag = "t"
print(r.random() == _random.Random(5).random(), r.tag, sorted(vars(r)))


class RawInit(_random.Random):
    def __init__(self, *args, **kwargs):
        self.args = args


ri = RawInit(1, 2, x=3)
print(ri.args, ri.random(), ri.getrandbits(8), ri.getstate()[-1])
show("raw subclass kw", lambda: Raw(x=1))
show("raw subclass 2 args", lambda: Raw(1, 2))


class Slotted(_random.Random):
    __slots__ = ("a",)


sl = Slotted(1)
sl.a = 4
print(sl.a, sl.random() == _random.Random(1).random())
show("slotted dict", lambda: setattr(sl, "b", 1))

# random.Random instances have gauss_next and pickle through __reduce__.
r = random.Random(77)
r.gauss()
cls, args, state = r.__reduce__()
copy = cls(*args)
copy.__setstate__(state)
print(cls.__name__, args, state[0], copy.random() == r.random(), copy.gauss() == r.gauss())
print(r.__getstate__() == r.getstate(), random.Random.VERSION, isinstance(r, _random.Random))
print(random.Random.__mro__)
print(random.Random(x=4).random() == random.Random(4).random())

# SystemRandom draws from the OS: only properties are deterministic.
sr = random.SystemRandom()
v = [sr.random() for _ in range(100)]
print(all(0.0 <= f < 1.0 for f in v), len(set(v)) > 90)
print([0 <= sr.getrandbits(k) < 2**k for k in (0, 1, 7, 8, 33, 200)], sr.getrandbits(0))
print(type(sr.randbytes(7)).__name__, len(sr.randbytes(7)), sr.randbytes(0))
print(1 <= sr.randint(1, 6) <= 6, sr.choice("a"), sorted(sr.sample(range(5), 5)), sr.seed(123), sr.seed())
print(random.SystemRandom._randbelow is random.SystemRandom._randbelow_with_getrandbits)
show("system getstate", sr.getstate)
show("system setstate", lambda: sr.setstate(None))
show("system getrandbits neg", lambda: sr.getrandbits(-1))
show("system randbytes neg", lambda: sr.randbytes(-1))
