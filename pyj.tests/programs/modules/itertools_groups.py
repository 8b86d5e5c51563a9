# itertools: groupby (and its _grouper), islice, tee (shared buffer, __copy__) and zip_longest.
import itertools
from itertools import groupby, islice, tee, zip_longest, count


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", type(r).__name__ if " at 0x" in repr(r) else r)
    except Exception as e:
        print(type(e).__name__, e)


class Noisy:
    """An iterator that logs what is pulled from it, to show laziness."""
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


class Boom:
    """Yields its items, then raises ValueError once, then yields the rest."""
    def __init__(self, before, after=()):
        self.before = list(before)
        self.after = list(after)
        self.raised = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.before:
            return self.before.pop(0)
        if not self.raised:
            self.raised = True
            raise ValueError("boom")
        if self.after:
            return self.after.pop(0)
        raise StopIteration


def after_error(name, it):
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
        except ValueError as e:
            out.append(f"<{e}>")
    print(name, out)


print("-- errors from the source")
after_error("chain", itertools.chain([0], Boom([1], [2]), [3]))
after_error("islice", islice(Boom([1], [2]), 5))
after_error("batched", itertools.batched(Boom([1, 2, 3], [4]), 2))
after_error("zip_longest", zip_longest(Boom([1], [2]), "abc"))
after_error("pairwise", itertools.pairwise(Boom([1, 2], [3, 4])))
after_error("cycle", itertools.cycle(Boom([1], [2])) if False else islice(itertools.cycle(Boom([1], [2])), 6))
after_error("accumulate", itertools.accumulate(Boom([1], [2])))
after_error("groupby", (k for k, _ in groupby(Boom("aa", "ab"))))
after_error("tee", tee(Boom([1], [2]))[0])
after_error("compress", itertools.compress(Boom("ab", "cd"), [1, 1, 1, 1]))
after_error("takewhile", itertools.takewhile(bool, Boom([1], [2])))
after_error("dropwhile", itertools.dropwhile(bool, Boom([1], [0, 2])))
after_error("filterfalse", itertools.filterfalse(None, Boom([0], [0])))
after_error("starmap", itertools.starmap(max, Boom([(1, 2)], [(3, 4)])))
after_error("product", iter([0]) if False else iter(()))
try:
    itertools.product(Boom([1]))
except ValueError as e:
    print("product", e)

print("-- groupby")
g = groupby("aaabbcaa")
print(type(g), iter(g) is g)
print([(k, list(grp)) for k, grp in g])
print([(k, len(list(grp))) for k, grp in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x)])
print([k for k, _ in groupby("AaBbbC", str.lower)], list(groupby([])))
print([(k, list(v)) for k, v in groupby(iterable=[1, 2, 4, 5, 7], key=lambda x: x // 2)])
g = groupby("aabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(type(g1), iter(g1) is g1, type(g1).__name__)
g = groupby("aaab")
k, grp = next(g)
print(next(grp))
k2, grp2 = next(g)
print(k2, list(grp), list(grp2))
g = groupby(Noisy("aabc"))
print("made")
k, grp = next(g)
print("key", k)
print(next(grp))
print(next(grp))
err(next, grp)
k, grp = next(g)
print("key", k)
print([(k, type(v).__name__) for k, v in g])
print(list(grp))
err(groupby)
err(groupby, 5)
err(groupby, [1], None, 3)
err(groupby, [1], keyfunc=None)
err(list, groupby([1, 2], 5))
err(list, groupby([1, "a", "a"], lambda x: 1 / 0 if x == "a" else x))
class Weird:
    def __eq__(self, other):
        raise ValueError("no eq")
err(list, groupby([Weird(), Weird()]))
err(lambda: type(g1)())
err(lambda: type(g1)(1, 2))
g = groupby("aab")
grp = type(g1)(g, "a")
print(list(grp))
k, grp = next(g)
grp2 = type(grp)(g, "a")
print(k, list(grp), list(grp2), list(g))
class MyGroupby(groupby):
    pass
print([(k, list(v)) for k, v in MyGroupby("xxy")])
try:
    class Bad(type(g1)):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print("-- islice")
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)))
print(list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", None)), list(islice("abcdefg", None, None, None)))
print(list(islice("abc", 10)), list(islice("abc", 5, 10)), list(islice(count(), 3, 20, 5)), list(islice("abc", 0)))
s = islice(count(), 2, 5)
print(type(s), iter(s) is s, list(s), list(s))
s = islice(Noisy(range(6)), 1, 4, 2)
print("made")
print(next(s))
print(next(s))
err(next, s)
s = islice(Noisy(range(6)), 2)
print(list(s))
s = islice(Noisy(range(6)), 3, 3)
print(list(s))
s = islice(Noisy(range(2)), 4, 5)
print(list(s))
s = islice(Noisy(range(2)), 0)
print(list(s))
class Idx:
    def __index__(self):
        return 2
print(list(islice("abcdef", Idx())), list(islice("abcdef", Idx(), None, Idx())), list(islice("abcd", True)))
for args in [(-1,), (1.5,), ("a",), (0, -1), (-1, 3), (0, 3, 0), (0, 3, -1), (0, 3, 1.5), (0, 3, "a"),
             (2 ** 100,), (2 ** 64, None), (), (-2,), (0, -2), (None, -1), (None, 2, -2 ** 70)]:
    err(islice, "abc", *args)
print(list(islice("abc", 2 ** 63 - 1)), list(islice("abc", 1, 2 ** 63 - 1, 2 ** 63 - 1)))
err(islice, "abc", 1, 2, 3, 4)
err(islice, 5, 1)
err(islice, "abc", stop=1)
err(islice)
class MySlice(islice):
    pass
print(list(MySlice("abcdef", 1, None, 2)))

print("-- tee")
a, b = tee("abc")
print(type(a), type(b), a is b, iter(a) is a, type(a).__name__)
print(list(a), list(b))
a, b, c = tee([1, 2, 3, 4], 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee("x", 0), len(tee("x", 1)), [list(t) for t in tee("xy", 4)])
src = Noisy([1, 2, 3])
a, b = tee(src)
print("made")
print(next(a))
print(next(a))
print(next(b), next(b))
c = a.__copy__()
print(type(c).__name__)
print(list(a))
print(list(b), list(c))
a, b = tee(range(100))
print(sum(a), list(islice(b, 95, None)))
a, = tee(range(3), 1)
print(type(a).__name__)
a1, a2 = tee(a)
print(next(a1), list(a2), list(a1), list(a))
t1 = tee("abc")[0]
t2, t3 = tee(t1)
print(next(t1), list(t2), list(t3))
t = itertools._tee("hello")
print(type(t).__name__, next(t), list(t.__copy__()), list(t))
t = itertools._tee(iter(tee("ab")[0]))
print(list(t))
err(tee, "a", -1)
err(tee, "a", 1.5)
err(tee, 5)
err(tee)
err(tee, "a", 2, 3)
err(tee, "a", n=2)
err(itertools._tee, 5)
err(itertools._tee)
err(itertools._tee, "a", "b")
err(lambda: itertools._tee_dataobject())
err(lambda: itertools._tee_dataobject(1, [], None))
err(lambda: itertools._tee_dataobject([], 1, None))
err(lambda: itertools._tee_dataobject([], [], 1))
err(lambda: itertools._tee_dataobject([], list(range(58)), None))
err(lambda: itertools._tee_dataobject([], list(range(57)), None))
err(lambda: itertools._tee_dataobject([], [1], itertools._tee_dataobject([], [], None)))
err(lambda: type(itertools._tee_dataobject([], [1, 2], None)).__name__)
err(lambda: itertools._tee_dataobject(5, [], None, x=1))
try:
    class Bad(itertools._tee):
        pass
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield next(t)
    yield 2
t, u = tee(gen())
err(next, t)
class WithCopy:
    def __init__(self, items):
        self.items = iter(items)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.items)
    def __copy__(self):
        print("  __copy__ called")
        return WithCopy(["copied"])
a, b, c = tee(WithCopy([1, 2]), 3)
print(type(a).__name__, type(b).__name__, list(a), list(b), list(c))
err(setattr, tee("a")[0], "x", 1)

print("-- zip_longest")
z = zip_longest("abc", [1, 2])
print(type(z), iter(z) is z, list(z), list(z))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest("ab")))
print(list(zip_longest([], [])), list(zip_longest("a", "", "bc", fillvalue=None)))
z = zip_longest(Noisy([1], "p"), Noisy([1, 2], "q"))
print(next(z))
print(next(z))
err(next, z)
err(next, z)
err(zip_longest, "a", 5)
err(zip_longest, "a", fill=1)
err(zip_longest, "a", fillvalue=1, x=2)
class MyZip(zip_longest):
    pass
print(list(MyZip("ab", "c", fillvalue=0)))
