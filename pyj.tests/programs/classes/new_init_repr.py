# Object creation (__new__/__init__), repr/str defaults, singletons, immutable subclasses, and builtin subclasses.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
print(Singleton(1) is Singleton(2), Singleton(3).v)
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda s: s[0])
    def __repr__(self): return f"Point({self[0]}, {self[1]})"
p = Point(1, 2)
print(p, p.x, p + (3,), isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
class Upper(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
    def shout(self): return self + "!"
u = Upper("hi")
print(u, u.shout(), type(u.shout()).__name__, u == "HI", u.lower(), repr(u), isinstance(u, str))
class Counter(dict):
    def __missing__(self, key): return 0
c = Counter(a=1)
print(c["a"], c["zz"], c, len(c), type(c).__name__)
class MyList(list):
    def append(self, x): super().append(x * 10)
ml = MyList([1]); ml.append(2); ml += [3]
print(ml, type(ml).__name__, ml[1:], type(ml[1:]).__name__, sorted(ml, reverse=True))
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 1000)
print(MyInt(5) + 1, MyInt(5) * 2, type(MyInt(5) * 2).__name__, MyInt(7) == 7, repr(MyInt(3)))
class Plain: pass
class Named:
    def __repr__(self): return "Named!"
pl = Plain()
print(repr(pl).startswith("<__main__.Plain object at 0x"), str(Named()), f"{Named()}", [Named()], str(pl) == repr(pl))
class NoInit:
    def __new__(cls): return 42
print(NoInit(), type(NoInit()))
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
class Abstract:
    def __init__(self, a, *, b): pass
try:
    Abstract(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(None)(), type(NotImplemented).__name__, type(...)(), bool.__mro__, type.__mro__, object.__bases__, type(type))
