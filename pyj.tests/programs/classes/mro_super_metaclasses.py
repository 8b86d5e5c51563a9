# C3 MRO, multiple inheritance, zero-argument super(), metaclasses, __init_subclass__, __set_name__, __class_getitem__.
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__), issubclass(D, A), D.__bases__, A.__subclasses__())
try:
    class Bad(A, D): pass
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.via_meta = True
        return inst
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": name}
class Thing(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
t = Thing(5)
print(Thing.created_by, Thing.prepared, Thing.kw, t.v, t.via_meta, Meta.registry, type(Thing).__name__, isinstance(Thing, Meta))
class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class Sub1(Base, tag="one"): pass
class Sub2(Sub1): pass
print(Sub1.tag, Sub2.tag, Base.subclasses)
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Record:
    x = Field()
    y = Field()
r = Record(); r.x = 4
print(Record.x.owner, Record.x.name, r.x, r.y, vars(r))
class Box:
    def __class_getitem__(cls, item): return f"Box of {item!r}"
print(Box[int], Box["s"])
class WithSuper:
    def __init__(self):
        self.trace = [super().__class__.__name__, type(super()).__name__]
    def show(self):
        return super().__repr__().startswith("<__main__.WithSuper object")
print(WithSuper().trace, WithSuper().show(), super(D, D()).who(), super(B, D()).who())
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
Dyn = type("Dyn", (A,), {"x": 1, "who": lambda self: ["Dyn"]})
print(Dyn().who(), Dyn.x, Dyn.__name__, Dyn.__module__, Dyn.__qualname__, type(Dyn))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner), Outer.__dict__["Inner"] is Outer.Inner)
