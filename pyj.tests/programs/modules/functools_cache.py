# functools.lru_cache and cache: hits, misses, eviction order, typed keys, cache_info and the wrapper's attributes.
import functools
from functools import lru_cache, cache


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


calls = []


@lru_cache(maxsize=2)
def square(x):
    "Square a number."
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1]:
    square(x)
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info), tuple(info), type(info).__name__)
print(info._fields, info._asdict(), info._replace(hits=0), type(info)._make([1, 2, 3, 4]))
print(isinstance(info, tuple), info == (3, 4, 2, 2), type(info).__module__, type(info).__qualname__)
show("CacheInfo missing", lambda: type(info)(1))
show("_make short", lambda: type(info)._make([1]))
show("_replace bad", lambda: info._replace(bogus=1))
square.cache_clear()
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__qualname__, square.__doc__, square.__module__, square.__wrapped__(7), calls[-1])
print(type(square).__name__, type(square).__module__, type(square).__qualname__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.cache_parameters())


@cache
def unbounded(*args, **kw):
    calls.append((args, kw))
    return len(calls)


calls.clear()
print(unbounded(1), unbounded(1), unbounded(1.0), unbounded(x=1), unbounded(x=1), unbounded(1, x=1),
      unbounded("a"), unbounded("a"))
print(calls, unbounded.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), typed(x=1), typed(x=1.0), calls, typed.cache_info())
print(typed.cache_parameters())


@lru_cache(maxsize=0)
def uncached(x):
    calls.append(x)
    return x


calls.clear()
print(uncached(1), uncached(1), calls, uncached.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
negative(1)
print(negative.cache_info(), negative.cache_parameters())

show("bad maxsize", lambda: lru_cache("big"))
show("bad typed with callable", lambda: lru_cache(len, typed=1))
show("unhashable", lambda: square([1]))
show("wrapper not callable", lambda: functools._lru_cache_wrapper(1, 1, False, tuple))
show("wrapper maxsize", lambda: functools._lru_cache_wrapper(len, "x", False, tuple))

# Exceptions are not cached.
attempts = []


@lru_cache
def flaky(x):
    attempts.append(x)
    if len(attempts) == 1:
        raise ValueError("first time")
    return x


show("flaky 1", lambda: flaky(5))
show("flaky 2", lambda: flaky(5))
print(attempts, flaky.cache_info())

# Keys compare with ==, so equal keys share an entry.


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


@lru_cache
def by_key(k):
    return k.v * 10


print(by_key(Key(1)), by_key(Key(1)), by_key.cache_info())

# As methods the wrapper binds like a function.


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=None)
    def area(self):
        return 3 * self.r * self.r

    @staticmethod
    @cache
    def unit():
        return "unit"


c = Circle(2)
print(c.area(), c.area(), Circle.area.cache_info(), type(c.area).__name__, c.area.__self__ is c,
      Circle.unit(), Circle.area(c))
print(Circle.area.__qualname__, Circle.area.__wrapped__.__qualname__, Circle.area.__reduce__())
print(square.__copy__() is square, square.__deepcopy__({}) is square, "__dict__" in dir(square))
square.extra = 1
print(square.__dict__["extra"], sorted(k for k in square.__dict__))
