# Parameters: positional-only, keyword-only, defaults, *args, **kwargs, and CPython's messages for bad calls.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return a, b, c, d, args, e, f, kw

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, g=7))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, z=9))
print(f(*[1, 2, 3], **{"e": 5, "x": 1}))

def g(x, y=[]):
    y.append(x)
    return y

print(g(1), g(2), g(3, []))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_flags & 0x0C, f.__name__, f.__qualname__, f.__module__)

calls = [
    "f()", "f(1)", "f(1, 2)", "f(1, 2, 3)", "f(1, 2, 3, e=1, c=2)", "f(a=1, b=2, c=3, e=4)", "f(1, 2, 3, e=4, **{'e': 5})",
    "g()", "g(1, 2, 3)", "g(1, z=2)", "g(1, x=2)", "(lambda: 0)(1)", "(lambda *, k: k)()",
    "(lambda a, b: 0)(1, b=2, c=3)", "len()", "len(1, 2)", "print(sep=1)", "divmod(1)", "sorted()", "int(x=1)",
    "max()", "getattr(1)", "[].append()", "[].append(1, 2)", "{}.get()", "'x'.join()", "f(1, 2, 3, *5)", "f(1, 2, 3, **5)",
    "f(1, 2, 3, e=4, **{1: 2})",
]
for c in calls:
    try:
        eval(c)
    except TypeError as e:
        print("TypeError:", e)

def outer():
    def inner(a, *, b):
        return a + b
    return inner

fn = outer()
print(fn.__qualname__, fn(1, b=2))
try:
    fn(1, 2)
except TypeError as e:
    print("TypeError:", e)

class K:
    def method(self, a, b=2):
        return a + b
    @classmethod
    def cm(cls, x):
        return cls.__name__, x
    @staticmethod
    def sm(x, y):
        return x * y

k = K()
print(k.method(1), K.method(k, 5, b=5), k.cm(1), K.cm(2), k.sm(2, 3), K.sm(4, 5))
for c in ["k.method()", "K.method(1)", "k.method(1, 2, 3)", "K.cm()", "k.sm(1)"]:
    try:
        eval(c)
    except TypeError as e:
        print("TypeError:", e)
m = k.method
print(m.__self__ is k, m.__func__ is K.method, m.__name__, m(10), type(m).__name__, m == k.method, K.method.__qualname__)
