# Attribute access: properties, classmethod/staticmethod, __slots__, __getattr__/__getattribute__/__setattr__/__delattr__, descriptors.
class Temperature:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self): self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
t = Temperature(); t.celsius = 25
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__, type(Temperature.celsius).__name__)
del t.celsius
print(t.celsius)
for op in ["setattr(t, 'fahrenheit', 1)", "delattr(t, 'fahrenheit')", "setattr(t, 'celsius', -300)"]:
    try:
        eval(op)
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), Slotted.__slots__, hasattr(s, "__dict__"))
for op in ["s.b", "setattr(s, 'c', 3)"]:
    try:
        eval(op)
    except AttributeError as e:
        print("AttributeError:", e)
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("z"): raise AttributeError(f"no {name}")
        return f"computed {name}"
class Guarded:
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
l = Lazy(); g = Guarded(); g.word = "hi"; g.n = 3
print(l.real, l.anything, getattr(l, "zz", "default"), hasattr(l, "zap"), g.secret, g.word, g.n)
del g.word
print(hasattr(g, "word"))
class Counted:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x): return x + 1
class SubCounted(Counted): pass
SubCounted.make(); SubCounted.make(); Counted.make()
print(Counted.count, SubCounted.count, Counted.helper(1), Counted().helper(2), type(Counted.__dict__["make"]).__name__)
class DataDesc:
    def __get__(self, o, t=None): return "data"
    def __set__(self, o, v): raise AttributeError("read-only")
class NonData:
    def __get__(self, o, t=None): return "non-data"
class Host:
    d = DataDesc(); n = NonData()
h = Host(); h.__dict__["d"] = "instance"; h.__dict__["n"] = "instance"
print(h.d, h.n, Host.d, Host.n)
try:
    h.d = 5
except AttributeError as e:
    print("AttributeError:", e)
print(vars(h), dir(h)[-3:], "d" in dir(Host), object.__getattribute__(h, "n"))
for op in ["object().x", "setattr(object(), 'x', 1)", "Host.missing", "getattr(h, 5)", "delattr(h, 'nothing')"]:
    try:
        eval(op)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
