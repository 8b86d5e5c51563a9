# Closures, nonlocal, late binding, decorators (with arguments, stacked, on classes), lambdas and function attributes.
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc

c = counter()
print(c(), c(), c(10), c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)
funcs = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], [f() for f in bound])

def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders

print([a(10) for a in make_adders()])
x = "global"
def scopes():
    x = "enclosing"
    def inner():
        global y
        y = "set by inner"
        return x
    return inner()
print(scopes(), y)

def trace(label):
    def deco(fn):
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"{label}: {fn.__name__}{args} -> {result}")
            return result
        wrapper.__wrapped__ = fn
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

def twice(fn):
    return lambda *a: fn(fn(*a))

@trace("outer")
@trace("inner")
def square(v):
    return v * v

@twice
def inc(v):
    return v + 1

print(square(3), inc(5), square.__name__, square.__wrapped__.__name__)

def register(cls):
    cls.registered = True
    return cls

@register
class Plugin:
    pass

print(Plugin.registered)

def annotated(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> bool:
    """Doc string."""
    return True

print(annotated.__annotations__, annotated.__doc__, annotated.__defaults__, annotated.__kwdefaults__)
annotated.custom = 42
print(annotated.custom, annotated.__dict__, callable(annotated), type(annotated).__name__)
print((lambda *a, **k: (a, k))(1, x=2), (lambda: None).__name__, (lambda: None).__qualname__)
def gen_fn():
    yield 1
print(gen_fn.__code__.co_flags & 0x20 != 0, scopes.__globals__ is globals(), counter.__code__.co_name)

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
