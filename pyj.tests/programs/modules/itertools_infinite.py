# itertools: count, cycle, repeat, accumulate, batched, chain, compress, the predicate filters, starmap, pairwise.
import itertools
from itertools import (count, cycle, repeat, accumulate, batched, chain, compress,
                       dropwhile, takewhile, filterfalse, starmap, pairwise, islice)


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


def take(n, it):
    return list(islice(it, n))


class Noisy:
    """An iterable that logs what is pulled from it, to show laziness."""
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
    def __repr__(self):
        return f"Noisy({self.name})"


print("-- count")
c = count()
print(type(c), iter(c) is c, repr(c))
print(take(3, c), repr(c))
print(take(3, count(5)), repr(count(5)))
print(take(4, count(1.5, 0.5)), repr(count(1.5, 0.5)))
print(repr(count(5, 2)), repr(count(-3, -1)), repr(count(0, 1.0)), repr(count(0, True)), repr(count(True)))
print(take(3, count(True)), take(3, count(0, True)), take(2, count(False, False)))
print(repr(count(start=2, step=3)), repr(count(step=3)), repr(count(1j)), take(2, count(1j, 1)))
big = 2 ** 63 - 2
c = count(big)
print(take(4, c), repr(c))
c = count(-2 ** 63 - 1, 2 ** 64)
print(take(3, c), repr(c))
c = count(10, -3)
print(take(5, c), repr(c))
c = count(0.1, 0.1)
print(take(4, c), repr(c))
c = count(5)
next(c)
print(repr(c))
c = count(2 ** 63 - 1)
# (The repr of a count sitting exactly at sys.maxsize is left out: CPython 3.13.0 prints "count(<NULL>)" there.)
print(next(c), repr(c), next(c), repr(c))
c = count(-2 ** 63 - 1)
print(repr(c), next(c), repr(c), next(c), repr(c))
class I(int):
    pass
c = count(I(3))
print(repr(c), type(next(c)).__name__, repr(c))
c = count(I(3), I(2))
print(repr(c), type(next(c)).__name__, repr(c))
print(list(zip(count(), "ab")), take(3, count(2 ** 100, -2 ** 99)))
err(count, "a")
err(count, 1, "b")
err(count, None)
err(count, 1, 2, 3)
err(count, x=1)
err(count, 1, start=1)
class MyCount(count):
    pass
mc = MyCount(3, 2)
print(type(mc).__name__, repr(mc), next(mc), next(mc), repr(mc))
mc.tag = "t"
print(mc.tag, isinstance(mc, count))
err(lambda: count().x)
err(setattr, count(), "x", 1)

print("-- cycle")
c = cycle("abc")
print(type(c), iter(c) is c, take(8, c))
print(take(3, cycle([])))
c = cycle(Noisy([1, 2]))
print(next(c), next(c))
print(next(c), next(c), next(c))
err(cycle)
err(cycle, 1)
err(cycle, [1], [2])
err(cycle, iterable=[1])
class MyCycle(cycle):
    def __init__(self, *a):
        self.extra = len(a)
print(take(4, MyCycle([1, 2])), MyCycle([1]).extra)

print("-- repeat")
r = repeat("a", 3)
print(type(r), iter(r) is r, repr(r), r.__length_hint__())
print(next(r), repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(repeat("a")), take(3, repeat([1])))
err(repeat("a").__length_hint__)
print(list(repeat(1, 0)), list(repeat(1, -5)), repr(repeat(1, -5)), repr(repeat(None, times=2)))
print(repr(repeat(object=5, times=1)), list(repeat(times=2, object="z")))
err(repeat, 1, -5.0)
err(repeat, 1, "x")
err(repeat, 1, None)
err(repeat)
err(repeat, 1, 2, 3)
err(repeat, 1, times=2, x=3)
err(repeat, 1, 2 ** 70)
print(repr(repeat(1, True)), list(repeat("q", times=-1)))
class MyRepeat(repeat):
    pass
print(repr(MyRepeat("x", 2)), list(MyRepeat("x", 2)))
err(lambda: MyCycle([1], x=2))
err(lambda: cycle([1], x=2))

print("-- accumulate")
a = accumulate([1, 2, 3, 4])
print(type(a), iter(a) is a, list(a), list(a))
print(list(accumulate([1, 2, 3], lambda x, y: x * y)), list(accumulate([], initial=10)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], None)), list(accumulate(["a", "b", "c"])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], func=None, initial=None)))
print(list(accumulate(iterable=[5, 6], func=lambda a, b: a - b, initial=1)))
a = accumulate(Noisy([1, 2]), initial=0)
print(next(a))
print(next(a))
print(list(a))
err(accumulate)
err(accumulate, 5)
err(accumulate, [1], None, 3)
err(accumulate, [1], None, initial=3, x=1)
err(list, accumulate([1, "a"]))
err(list, accumulate([1, 2], 7))
class MyAcc(accumulate):
    pass
print(list(MyAcc([1, 2, 3])))

print("-- batched")
b = batched("abcdefg", 3)
print(type(b), iter(b) is b, list(b), list(b))
print(list(batched([], 2)), list(batched(range(4), 2)), list(batched("ab", 5)), list(batched(iterable="xyz", n=1)))
print(list(batched([1, 2, 3, 4], 2, strict=True)))
b = batched(range(5), 2, strict=True)
print(next(b), next(b))
err(next, b)
err(next, b)
b = batched(Noisy([1, 2, 3]), 2)
print(next(b))
print(next(b))
err(next, b)
err(batched, [1], 0)
err(batched, [1], -1)
err(batched, [1])
err(batched, [1], "2")
err(batched, [1], 2.0)
err(batched, 5, 2)
err(batched, [1], 2, True)
err(batched, [1], 2, x=1)
err(batched, [1], 2 ** 80)
print(list(batched([1, 2, 3], 2, strict=0)), list(batched([1, 2, 3], True)))
class MyBatched(batched):
    pass
print(list(MyBatched("abc", 2)))

print("-- chain")
c = chain("ab", [1, 2], (), range(2))
print(type(c), iter(c) is c, list(c), list(c))
print(list(chain()), list(chain.from_iterable(["ab", "cd"])), list(chain.from_iterable([])))
c = chain([1], 5, [2])
print(next(c))
err(next, c)
print(list(c))
c = chain.from_iterable([[1], 5, [2]])
print(next(c))
err(next, c)
print(list(c))
err(chain.from_iterable, 5)
err(chain.from_iterable)
err(chain, x=[1])
src = Noisy([Noisy([1], "a"), Noisy([2], "b")], "outer")
c = chain.from_iterable(src)
print("made")
print(list(c))
print(chain[int], type(chain[int]))
class MyChain(chain):
    pass
print(list(MyChain([1], [2])), type(MyChain.from_iterable([[1]])).__name__, list(MyChain.from_iterable([[3]])))

print("-- compress")
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1, 1, 1, 1, 1])))
print(list(compress("abcdef", [0, 1])), list(compress(data=[1, 2], selectors=[True, True])))
cp = compress(Noisy("abc", "data"), Noisy([0, 1], "sel"))
print(list(cp))
err(compress, "a")
err(compress, 1, [1])
err(compress, [1], 1)
err(compress, "a", [1], x=2)
print(type(compress("", "")))

print("-- dropwhile / takewhile / filterfalse")
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
t = takewhile(lambda x: x < 2, Noisy([1, 2, 3]))
print(list(t), list(t))
d = dropwhile(lambda x: x < 2, Noisy([1, 2, 1, 3]))
print(next(d))
print(list(d))
for f in (dropwhile, takewhile, filterfalse, starmap):
    err(f, None)
    err(f, None, [1], [2])
    err(f, None, 1)
    err(f, None, [1], x=1)
err(list, dropwhile(None, [1]))
err(list, takewhile(5, [1]))
err(list, filterfalse(5, [1]))

print("-- starmap")
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ["ab", [1], ()])))
err(list, starmap(pow, [1]))
def two(a, b):
    return a + b
err(list, starmap(two, [(1,)]))
print(list(starmap(two, [[1, 2], iter("ab"), {3: 0, 4: 0}])))
class MyStar(starmap):
    pass
print(list(MyStar(max, [(1, 2)])))

print("-- pairwise")
print(list(pairwise("abcde")), list(pairwise("a")), list(pairwise("")), list(pairwise([1, 2])))
p = pairwise(Noisy([1, 2, 3]))
print("made")
print(next(p))
print(next(p))
err(next, p)
err(next, p)
err(pairwise)
err(pairwise, 5)
err(pairwise, [1], [2])
err(pairwise, iterable=[1])
class MyPair(pairwise):
    pass
print(list(MyPair("abc")))
print(sorted(n for n in dir(itertools) if not n.startswith("__")))
