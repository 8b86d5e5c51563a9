# Generator protocol: send, throw, close, return values, yield from delegation and PEP 479.
def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

g = counter(4)
print(next(g), g.send(10), g.send(20), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def echo():
    try:
        while True:
            try:
                x = yield
                print("echo", x)
            except ValueError as e:
                print("caught", e)
                yield "recovered"
    finally:
        print("echo closing")

e = echo()
next(e)
e.send("a")
print(e.throw(ValueError("oops")))
next(e)
e.close()
print(e.gi_frame is None, e.gi_running)
try:
    e.send("late")
except StopIteration:
    print("closed generator raises StopIteration")

def not_started():
    yield 1
g = not_started()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
print(g.gi_frame is not None, g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
try:
    g.throw(KeyError("k"))
except KeyError as err:
    print("thrown into unstarted:", repr(err))
print(list(g))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as err:
    print("RuntimeError:", err)

def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"

def outer():
    r = yield from inner()
    print("delegation returned", r)
    yield from [10, 20]
    yield from (c for c in "ab")

o = outer()
print(next(o), o.send("hello"), list(o))

def pep479():
    yield 1
    raise StopIteration("leaked")
try:
    list(pep479())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))

def gen_return_in_finally():
    try:
        yield 1
    finally:
        print("finally in generator")
g = gen_return_in_finally()
next(g)
g.close()
print("after close", g.gi_frame)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x for x in range(100) if x % 3 == 0))
ge = (x * x for x in range(3))
print(ge.__name__, ge.__qualname__, type(ge).__name__, iter(ge) is ge, list(ge), list(ge))
def named(): yield
print(named.__name__, named().__name__, named().__qualname__, repr(named())[:26])
def deleg_throw():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "outer handled"
d = deleg_throw()
next(d)
print(d.throw(ZeroDivisionError))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def self_ref():
    yield next(g3)
g3 = self_ref()
try:
    next(g3)
except ValueError as err:
    print("ValueError:", err)
