# functools.partial, reduce and cmp_to_key: behaviour, attributes, reprs and CPython's errors.
import functools
from functools import partial, reduce, cmp_to_key


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def f(*args, **kw):
    return args, kw


def clean(text):
    # Function reprs carry addresses; name the function instead.
    return text.replace(repr(f), "<function f>")


p = partial(f, 1, a=2)
print(p(3, b=4), p(a=5), p.func is f, p.args, p.keywords, type(p.keywords).__name__)
print(clean(repr(p)), repr(partial(len, "xyz")), partial(len, "xyz")())
q = partial(p, 6, a=7, c=8)
print(q.func is f, q.args, q.keywords, q())
print(partial(print, sep="-").func is print, partial(partial(max, 1), 2)(0))
p.keywords["z"] = 0
print(p())
print(type(p), type(p).__name__, type(p).__module__, partial.__doc__)
print(partial[int], partial.__class_getitem__(str))

# Instance attributes, and a partial with a __dict__ is no longer flattened.
r = partial(f, 1)
r.note = "kept"
print(r.note, r.__dict__, partial(r, 2).func is r, partial(r, 2).args)
s = partial(f, 1)
s.__dict__
print(partial(s, 2).func is s)
show("setattr func", lambda: setattr(p, "func", len))
show("setattr args", lambda: setattr(p, "args", ()))
show("delattr keywords", lambda: delattr(p, "keywords"))
show("set __dict__", lambda: setattr(p, "__dict__", 5))
show("del __dict__", lambda: delattr(p, "__dict__"))
show("no args", lambda: partial())
show("not callable", lambda: partial(1))
show("class_getitem arity", lambda: partial.__class_getitem__())
print(partial(f) == partial(f), hash(p) == hash(p))

# Subclasses.


class P(partial):
    pass


class Q(partial):
    def __call__(self, *args, **kw):
        return "Q.__call__", super().__call__(*args, **kw)


sp = P(f, 1)
print(clean(repr(sp)), clean(repr(P(sp, 2))), type(P(sp, 2)).__name__, sp(0))
qq = Q(f, 1)
print(qq(2), partial(qq, 3).func is f, partial(qq, 3).args)
sp.extra = 1
print(sp.__dict__, vars(sp))
show("subclass no args", lambda: P())

# Recursive repr.
rec = partial(f)
rec.__setstate__((rec, (rec,), {"k": rec}, None))
print(repr(rec))

# __reduce__ and __setstate__.
t = partial(f, 1, k=2)
red = t.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:])
t.__setstate__((max, (1, 2), None, None))
print(t.func is max, t.args, t.keywords, t(), t.__dict__)
t.__setstate__((min, [5], {"key": abs}, {"d": 1}) if False else (min, (5, -7), {"key": abs}, {"d": 1}))
print(t(), t.__dict__, t.keywords)
for bad in [1, (1, 2), (1, 2, 3, 4), (f, [1], {}, None), (f, (), 5, None)]:
    show("setstate " + clean(repr(bad)), lambda: t.__setstate__(bad))
t.__setstate__((f, (), {1: 2}, None))
show("non-str keyword", t)

# As a class attribute a partial is not bound (and warns that this will change).


class Holder:
    method = partial(f, "fixed")
    static = staticmethod(partial(f, "static"))


print(Holder.method(), Holder.static(1), Holder.__dict__["method"].__get__(None, Holder) is Holder.__dict__["method"])

# reduce.
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10),
      reduce(lambda a, b: a, [], "init"), reduce(max, iter([3, 9, 2])), reduce(lambda a, b: [a, b], "abc"))
show("reduce 1 arg", lambda: reduce(1))
show("reduce 4 args", lambda: reduce(1, 2, 3, 4))
show("reduce keywords", lambda: reduce(function=max, iterable=[1]))
show("reduce not iterable", lambda: reduce(max, 5))
show("reduce empty", lambda: reduce(max, []))
show("reduce raises", lambda: reduce(lambda a, b: a / b, [1, 0]))
print(reduce.__module__, cmp_to_key.__module__, reduce.__doc__.splitlines()[0])

# cmp_to_key.


def numeric(a, b):
    return a - b


K = cmp_to_key(numeric)
print(type(K).__name__, type(K).__module__, sorted([5, 1, 4], key=K), sorted("bca", key=cmp_to_key(
    lambda a, b: (a > b) - (a < b)), reverse=True))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k1 >= k2, k1.obj, K(obj=7).obj)
k1.obj = 10
print(k1.obj, k1 > k2)
del k1.obj
print(k1.obj)
show("compare deleted", lambda: k1 < k2)
show("hash", lambda: hash(k2))
show("compare other", lambda: k2 < 3)
show("K no args", lambda: K())
show("K two args", lambda: K(1, 2))
show("K two kinds", lambda: K(1, obj=2))
show("K other keyword", lambda: K(x=1))
show("cmp_to_key no args", lambda: cmp_to_key())
show("cmp_to_key two", lambda: cmp_to_key(1, 2))
print(cmp_to_key(mycmp=numeric)(3) < K(4))
show("instantiate type", lambda: type(K)(1))
show("bad cmp result", lambda: cmp_to_key(lambda a, b: "x")(1) < K(2))
show("other wrapper", lambda: K(1) < cmp_to_key(lambda a, b: 0)(2))
