# copy and copyreg: shallow and deep copies through the pickling protocol.
import copy
import copyreg


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1, 2], {"a": 3})
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, c is p, c.x is p.x)
print(d, d is p, d.x is p.x, d.y == p.y, d.y is p.y)


class Slotted:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self, a):
        self.a = a
        self.__hidden = [a]

    def hidden(self):
        return self.__hidden


s = Slotted([5])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, s3.hidden(), hasattr(s3, "b"))
print(copyreg._slotnames(Slotted), Slotted.__slotnames__)


class Mixed(Point):
    __slots__ = ("extra",)


m = Mixed(1, 2)
m.extra = "e"
m2 = copy.deepcopy(m)
print(m2, m2.extra, m.__getstate__())


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([[1], [2]])
ml.tag = "t"
ml2 = copy.copy(ml)
ml3 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[0] is ml[0], ml3[0] is ml[0], ml3 == ml)
md = MyDict(a=[1], b=2)
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"])


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooks(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooks(self.v * 10)


h = Hooks(3)
print(copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h, h])[0].v)

# Recursive structures and shared references
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b is not a, b[:2])
shared = [0]
pair = (shared, shared)
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
t = (1, "x", None)
print(copy.deepcopy(t) is t, copy.copy(t) is t)
dd = {"k": []}
dd["self"] = dd
dd2 = copy.deepcopy(dd)
print(dd2["self"] is dd2, dd2["k"] is dd["k"])
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b"ab")))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)


class NewArgs:
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


na = copy.deepcopy(NewArgs(7))
print(type(na).__name__, na.n)
print(NewArgs(4).__reduce_ex__(2)[1:])


class NewArgsEx:
    def __new__(cls, *, key):
        obj = super().__new__(cls)
        obj.key = key
        return obj

    def __getnewargs_ex__(self):
        return ((), {"key": self.key})


ne = copy.copy(NewArgsEx(key="k"))
print(ne.key, NewArgsEx(key=1).__reduce_ex__(2)[0].__name__, NewArgsEx(key=1).__reduce_ex__(2)[1][1:])


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v + 100,))


print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(2)).v, Reduced(3).__reduce_ex__(2))


class Named:
    def __reduce__(self):
        return "Named"


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)


class WithState:
    def __init__(self):
        self.items = [1]

    def __getstate__(self):
        return {"items": self.items, "extra": True}

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)


ws = copy.deepcopy(WithState())
print(ws.items, ws.extra)


class Rep:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __replace__(self, **changes):
        new = Rep(self.a, self.b)
        for k, v in changes.items():
            setattr(new, k, v)
        return new


r = copy.replace(Rep(1, 2), b=3)
print(r.a, r.b)
show("replace int", lambda: copy.replace(5, real=1))
show("replace plain", lambda: copy.replace(Point(1, 2), x=3))

# Direct reductions
print(Point(1, 2).__reduce_ex__(2)[0].__name__, Point(1, 2).__reduce_ex__(2)[1:])
print(object().__reduce_ex__(2)[1:], object().__getstate__())
print(Slotted(1).__reduce_ex__(2)[1:])
print(MyList([1]).__reduce_ex__(2)[2:4][0], list(MyList([1, 2]).__reduce_ex__(2)[3]))
print(list(MyDict(a=1).__reduce_ex__(2)[4]))
print(Point(1, 2).__reduce_ex__(1)[0].__name__, Point(1, 2).__reduce_ex__(1)[1:])
print(Point(1, 2).__reduce__()[1:])
print(MyList([1]).__reduce_ex__(0)[1:])
print(copyreg.__newobj__(Point, 1, 2).__dict__ if False else copyreg.__newobj__(MyList, [1]))
print(copyreg.__newobj_ex__(NewArgsEx, (), {"key": 9}).key)
print(copyreg._reconstructor(MyList, list, [4, 5]))
print(copyreg.dispatch_table[complex](3 + 4j))


def gen():
    yield 1


show("gen copy", lambda: copy.copy(gen()))
show("gen deepcopy", lambda: copy.deepcopy(gen()))
show("gen reduce2", lambda: object.__reduce_ex__(gen(), 2))
show("gen reduce1", lambda: object.__reduce_ex__(gen(), 1))
show("float reduce1", lambda: object.__reduce_ex__(1.5, 1))
show("slots reduce1", lambda: Slotted(1).__reduce_ex__(1))
show("no args", lambda: object().__reduce_ex__())
show("bad proto", lambda: object().__reduce_ex__("2"))
show("kw proto", lambda: object().__reduce_ex__(protocol=2))
show("reduce arg", lambda: object().__reduce__(1))


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __init__(self, r):
        self.r = r

    def __getnewargs_ex__(self):
        return self.r


show("bad getnewargs", lambda: copy.copy(BadNewArgs()))
for r in [[], (1,), ([], {}), ((), [])]:
    show("bad getnewargs_ex", lambda: BadNewArgsEx(r).__reduce_ex__(2))

# copyreg registries
show("pickle non-callable", lambda: copyreg.pickle(Point, 1))
show("constructor non-callable", lambda: copyreg.constructor(1))


def reduce_point(pt):
    return (Point, (pt.x * 2, pt.y * 2))


copyreg.pickle(Point, reduce_point)
print(copy.copy(Point(1, 2)), copy.deepcopy(Point(3, 4)))
del copyreg.dispatch_table[Point]
copyreg.add_extension("mod", "name", 250)
copyreg.add_extension("mod", "name", 250)
show("ext dup key", lambda: copyreg.add_extension("mod", "name", 251))
show("ext dup code", lambda: copyreg.add_extension("mod", "other", 250))
show("ext range", lambda: copyreg.add_extension("mod", "x", 0))
show("ext remove bad", lambda: copyreg.remove_extension("mod", "name", 251))
copyreg.remove_extension("mod", "name", 250)
copyreg.clear_extension_cache()
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__, sorted(copyreg.__all__))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(range(3)), copy.deepcopy(int | str))

# Builtin-derived instances, bound methods, sets
class MyInt(int):
    pass


mi = MyInt(5)
mi.a = 1
mj = copy.deepcopy(mi)
print(type(mj).__name__, mj, mj.a, mi.__reduce_ex__(2)[1:3], mi.__reduce_ex__(1)[1:])
ml4 = MyList([1])
ml4.z = 2
print(ml4.__reduce_ex__(1)[1:])


class Owner:
    def m(self):
        return self


o = Owner()
bm = copy.deepcopy(o.m)
print(bm.__self__ is o, type(bm.__self__).__name__, copy.copy(o.m) == o.m)


class MySet(set):
    pass


ms = MySet([1])
ms.k = 1
print(ms.__reduce__()[0].__name__, ms.__reduce__()[1:], copy.deepcopy(ms).k, frozenset([2]).__reduce__())


class BadSlotNames:
    __slotnames__ = 5


show("bad slotnames", lambda: BadSlotNames().__reduce_ex__(2))
print(copy.deepcopy(ValueError("x", 1)).args, copy.copy(Ellipsis), copy.deepcopy(NotImplemented))
