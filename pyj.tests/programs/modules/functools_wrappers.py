# functools: update_wrapper/wraps, total_ordering, cached_property, partialmethod and singledispatch.
import functools
from functools import (wraps, update_wrapper, total_ordering, cached_property, partialmethod, partial,
                       singledispatch, singledispatchmethod, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, sorted(functools.__all__))


# update_wrapper and wraps.
def original(a: int, b: str = "x") -> str:
    "The original's doc."
    return b * a


original.custom = "attr"


def logged(func):
    @wraps(func)
    def wrapper(*args, **kw):
        return ("logged", func(*args, **kw))
    return wrapper


w = logged(original)
print(w(2), w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__annotations__, w.__wrapped__ is original,
      w.custom, w.__type_params__)


def plain():
    pass


class NoName:
    def __call__(self):
        return "called"


obj = NoName()
update_wrapper(plain, obj)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is obj)
v = update_wrapper(lambda: None, original, assigned=("__doc__",), updated=())
print(v.__name__, v.__doc__, hasattr(v, "custom"))
show("updated missing attr", lambda: update_wrapper(lambda: None, original, updated=("nothere",)))
print(type(wraps(original)).__name__, wraps(original).keywords["wrapped"] is original)


# total_ordering.
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), a >= Version(1), b > a)
print(Version.__gt__.__name__, Version.__gt__.__doc__, Version.__le__.__qualname__)
print(Version.__gt__(a, 3), Version.__le__(a, "x"))
show("compare other type", lambda: a < 3)
show("compare other type ge", lambda: a >= 3)


@total_ordering
class Ge:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


print(Ge(1) < Ge(2), Ge(2) <= Ge(2), Ge(3) > Ge(2), Ge(1) >= Ge(1), Ge.__lt__.__doc__)


@total_ordering
class Both:
    def __le__(self, other):
        return True

    def __gt__(self, other):
        return False


print(Both.__lt__.__name__, Both.__ge__.__name__, Both.__lt__.__doc__)
show("no ordering", lambda: total_ordering(type("Bare", (), {})))


# cached_property.
class Data:
    def __init__(self):
        self.computed = 0

    @cached_property
    def value(self):
        "An expensive value."
        self.computed += 1
        return self.computed * 100


d = Data()
print(d.value, d.value, d.computed, d.__dict__, Data.value.__doc__, Data.value.attrname, type(Data.value).__name__)
del d.value
print(d.value, d.computed)
d.value = "set"
print(d.value)
print(Data.value.__module__, Data.value.func.__name__, cached_property[int])

cp = cached_property(lambda self: 1)
show("no set_name", lambda: cp.__get__(Data()))


def twice():
    prop = cached_property(lambda self: 1)

    class Two:
        a = prop
        b = prop
    return Two


show("two names", twice)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


show("no dict", lambda: Slotted().y)


class Meta(type):
    @cached_property
    def cls_value(cls):
        return cls.__name__ + "!"


class WithMeta(metaclass=Meta):
    pass


show("mappingproxy dict", lambda: WithMeta.cls_value)


# partialmethod.
class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, state, tag=""):
        self.state = (state, tag)
        return self.state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, tag="dead")
    double = partialmethod(partialmethod(set_state, "x"), tag="y")

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)
    wrapped_partial = partialmethod(partial(set_state, tag="p"))


cell = Cell()
print(cell.set_alive(), cell.set_dead(), cell.set_alive(tag="t"), cell.double(), Cell.make_one(2), cell.make_one(3))
print(type(Cell.__dict__["set_alive"]).__name__, Cell.__dict__["double"].args, Cell.__dict__["double"].keywords)
print(repr(Cell.__dict__["set_dead"]).replace(repr(Cell.set_state), "<function set_state>"))
print(Cell.set_alive(cell), Cell.__dict__["set_alive"].__isabstractmethod__, cell.wrapped_partial("s"))
print(type(Cell.make_one).__name__, Cell.make_one.func.__name__, Cell.make_one.args)
show("not callable", lambda: partialmethod(5))
show("no func", lambda: partialmethod())
print(partialmethod[int])


# singledispatch.
@singledispatch
def describe(arg, suffix=""):
    return "object " + repr(arg) + suffix


@describe.register
def _(arg: int, suffix=""):
    return "int " + str(arg) + suffix


@describe.register(list)
def _(arg, suffix=""):
    return "list of " + str(len(arg)) + suffix


@describe.register
def _(arg: "str"):
    return "str " + arg


@describe.register
def _(arg: float | complex):
    return "number " + str(arg)


def for_none(arg):
    return "none"


describe.register(type(None), for_none)


class MyList(list):
    pass


print(describe(1), describe(True), describe([1, 2], suffix="!"), describe(MyList([1])), describe("s"),
      describe(1.5), describe(2j), describe(None), describe(b"b"), describe({}))
print(describe.dispatch(bool).__name__, describe.dispatch(MyList) is describe.registry[list],
      describe.registry[object] is describe.__wrapped__, describe.__name__, type(describe.registry).__name__)
print(sorted(t.__name__ for t in describe.registry.keys()))
show("no args", lambda: describe())
show("register not a class", lambda: describe.register(1, lambda x: x))


def unannotated(x):
    pass


def bad_annotation(x: 5):
    pass


try:
    describe.register(unannotated)
except TypeError as e:
    print("register no annotation", str(e).replace(repr(unannotated), "<function unannotated>"))


show("register bad annotation", lambda: describe.register(bad_annotation))
describe._clear_cache()


# singledispatchmethod.
class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + "?" + repr(arg)

    @fmt.register
    def _(self, arg: int):
        return self.prefix + "int"

    @fmt.register(str)
    def _(self, arg):
        return self.prefix + "str:" + arg

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + " object"

    @kind.register(int)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + " int"


fm = Formatter("> ")
print(fm.fmt(1), fm.fmt("a"), fm.fmt(None), Formatter.kind(2), Formatter.kind("x"), fm.kind(3))
print(fm.fmt.__name__, Formatter.fmt.__doc__, Formatter.__dict__["fmt"].__isabstractmethod__)
show("method no args", lambda: Formatter.fmt())
show("method not callable", lambda: singledispatchmethod(5))
