# itertools: product, permutations, combinations, combinations_with_replacement; the module's types.
import itertools
from itertools import product, permutations, combinations, combinations_with_replacement as cwr


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", type(r).__name__ if " at 0x" in repr(r) else r)
    except Exception as e:
        print(type(e).__name__, e)


class Noisy:
    def __init__(self, items, name="src"):
        self.items = list(items)
        self.name = name
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            print(f"  {self.name}: exhausted")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print(f"  {self.name}: next -> {v!r}")
        return v


print("-- product")
p = product("ab", range(2))
print(type(p), iter(p) is p, list(p), list(p))
print(list(product()), list(product("ab")), list(product("ab", repeat=2)), list(product(repeat=3)))
print(list(product("ab", "", "c")), list(product("ab", repeat=0)), list(product([1, 2], [3], repeat=2)))
print(len(list(product(range(3), repeat=4))), list(product("a", "b", "c")))
p = product(Noisy("ab", "x"), Noisy("12", "y"))
print("made")
print(next(p))
print(list(p))
p = product("ab", "cd")
print(next(p), next(p), next(p), next(p))
err(next, p)
err(next, p)
err(product, "a", repeat=-1)
err(product, "a", repeat="2")
err(product, "a", 5)
err(product, "a", times=2)
err(product, "a", repeat=2, x=1)
err(product, "a", repeat=2 ** 70)
print(list(product("ab", repeat=True)))
class MyProduct(product):
    pass
print(list(MyProduct("ab", repeat=1)))

print("-- permutations")
print(list(permutations("abc")), list(permutations("abc", 2)))
print(list(permutations(range(3), 0)), list(permutations("ab", 3)), list(permutations([])), list(permutations([], 0)))
print(list(permutations(iterable="ab", r=None)), len(list(permutations(range(5)))), list(permutations([1, 1])))
p = permutations(Noisy([1, 2]))
print("made")
print(list(p), list(p))
err(permutations, "a", -1)
err(permutations, "a", 1.5)
err(permutations, 5)
err(permutations)
err(permutations, "a", 1, 2)
err(permutations, "a", x=1)
err(permutations, "a", 2 ** 70)
print(list(permutations("abc", True)))
class MyPerm(permutations):
    pass
print(list(MyPerm("ab")))

print("-- combinations")
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)), list(combinations([], 0)), list(combinations("ab", 2)))
print(list(combinations(iterable=[3, 1, 2], r=2)), len(list(combinations(range(10), 5))))
c = combinations(Noisy("xyz"), 2)
print("made")
print(next(c))
print(list(c), list(c))
err(combinations, "a", -1)
err(combinations, "a")
err(combinations, "a", None)
err(combinations, 5, 1)
err(combinations, "a", 1, 2)
err(combinations, "a", 2 ** 70)
class MyComb(combinations):
    pass
print(list(MyComb("abc", 2)))

print("-- combinations_with_replacement")
print(list(cwr("abc", 2)), list(cwr(range(3), 3)))
print(list(cwr("abc", 0)), list(cwr("", 2)), list(cwr("", 0)), list(cwr("ab", 4)))
print(list(cwr(iterable="xy", r=1)), len(list(cwr(range(5), 4))))
c = cwr(Noisy([1, 2]), 2)
print("made")
print(list(c), list(c))
err(cwr, "a", -1)
err(cwr, "a")
err(cwr, "a", None)
err(cwr, 5, 1)
err(cwr, "a", 1, x=2)
class MyCwr(cwr):
    pass
print(list(MyCwr("ab", 2)))

print("-- types")
names = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress",
         "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations",
         "product", "repeat", "starmap", "takewhile", "zip_longest", "_grouper", "_tee", "_tee_dataobject"]
for n in names:
    t = getattr(itertools, n)
    try:
        class Sub(t):
            pass
        sub = "subclassable"
    except TypeError as e:
        sub = str(e)
    print(n, t, t.__name__, t.__qualname__, t.__module__, sub)
print(type(itertools.tee), itertools.tee.__name__, itertools.__name__)
print(type(itertools.chain.from_iterable), itertools.chain.__dict__["from_iterable"].__class__.__name__)
class Sub(itertools.count):
    __slots__ = ("a",)
s = Sub()
s.a = 5
print(s.a, next(s))
err(setattr, s, "b", 1)
class WithDict(itertools.chain):
    pass
w = WithDict("ab")
w.x = 1
print(w.__dict__, list(w))
class NewOverride(itertools.product):
    def __new__(cls, *args):
        self = super().__new__(cls, *args, repeat=2)
        self.note = "made"
        return self
n = NewOverride("ab")
print(n.note, list(n)[:3])
print([type(x).__name__ for x in (iter(itertools.count()), iter(itertools.cycle("a")))])
class Doubling(itertools.count):
    def __next__(self):
        return super().__next__() * 2
d = Doubling(1)
print([next(d) for _ in range(3)], list(islice(d, 2)) if False else list(itertools.islice(d, 2)), repr(d))
class Tagged(itertools.repeat):
    def __repr__(self):
        return "Tagged:" + super().__repr__()
t = Tagged("z", 2)
print(repr(t), list(t), repr(t))
class Labelled(itertools.cycle):
    def __init__(self, iterable, label=""):
        self.label = label
t = Labelled("ab", label="hi")
print(t.label, list(itertools.islice(t, 3)))
try:
    Tagged("z", 2, tag="hi")
except TypeError as e:
    print(type(e).__name__, e)
class Iter(itertools.chain):
    def __iter__(self):
        return iter([42])
print(list(Iter([1])), next(Iter([1])))
print(isinstance(itertools.islice([], 1), itertools.islice), issubclass(Doubling, itertools.count))
