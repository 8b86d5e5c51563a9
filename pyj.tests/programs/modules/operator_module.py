# The operator module: every function against the operator it stands for, the getter/caller types and errors.
import operator


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __repr__(self):
        return f"Vec{self.xs}"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __iadd__(self, other):
        self.xs = tuple(a + other for a in self.xs)
        return self

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __neg__(self):
        return Vec(*(-a for a in self.xs))

    def __lt__(self, other):
        return "lt called"


class SubVec(Vec):
    def __radd__(self, other):
        return "SubVec.__radd__ first"


# Arithmetic and bitwise, plain and in-place.
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]:
    f = getattr(operator, name)
    print(name, f(13, 3), f(6, 2), f is getattr(operator, "__" + name.rstrip("_") + "__"))
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior",
             "ixor"]:
    print(name, getattr(operator, name)(13, 3), getattr(operator, "__" + name + "__") is getattr(operator, name))
print(operator.add(Vec(1, 2), Vec(3, 4)), operator.add(0, Vec(5)), operator.add(Vec(1), SubVec(2)))
print(operator.matmul(Vec(1, 2), Vec(3, 4)), operator.neg(Vec(1, -2)), operator.lt(Vec(), Vec()))
v = Vec(1, 2)
print(operator.iadd(v, 10) is v, v)
lst = [1]
print(operator.iadd(lst, (2, 3)) is lst, lst, operator.imul(lst, 2) is lst, lst)
t = (1,)
print(operator.iadd(t, (2,)) is t, operator.iconcat([1], (2,)), operator.concat("ab", "cd"))
print(operator.add("a", "b"), operator.mul("ab", 3), operator.mul(2, [0]), operator.mod("%s-%s", (1, 2)))
print(operator.neg(5), operator.pos(-5), operator.abs(-5.5), operator.inv(5), operator.invert(-1))
print(operator.inv is operator.invert, operator.__inv__ is operator.inv, operator.index(True))
print(operator.pow(2, -1), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 2))

# Comparisons, truth and identity.
for name in ["lt", "le", "eq", "ne", "ge", "gt"]:
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f("b", "a"), f([1, 2], [1, 3]), f is getattr(operator, "__" + name + "__"))
print(operator.truth([]), operator.truth([0]), operator.not_(0), operator.__not__(""), operator.is_(None, None),
      operator.is_not(1, None))
print(operator.eq(float("nan"), float("nan")), operator.eq({1: 2}, {1: 2}))

# Sequences and mappings.
d = {"a": 1}
print(operator.contains([1, 2], 2), operator.__contains__("abc", "d"), operator.countOf([1, 2, 1, 1.0, True], 1),
      operator.indexOf("hello", "l"))
nan = float("nan")
print(operator.countOf([nan, nan], nan), operator.indexOf((x for x in range(10)), 4))
print(operator.getitem(d, "a"), operator.getitem("hello", slice(1, 3)), operator.getitem([1, 2, 3], -1))
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.setitem(d, "c", 3), operator.delitem(d, "c"), d)
seq = list(range(10))
operator.delitem(seq, slice(2, 8))
operator.setitem(seq, 0, "x")
print(seq)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5),
      operator.length_hint(5, 7), operator.length_hint(reversed([1, 2])))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


class BadLen:
    def __len__(self):
        raise TypeError("no len")

    def __length_hint__(self):
        return 4


print(operator.length_hint(Hint(3)), operator.length_hint(Hint(NotImplemented), 9),
      operator.length_hint(Hint(TypeError("x")), 8), operator.length_hint(BadLen()))
show("hint negative", lambda: operator.length_hint(Hint(-1)))
show("hint str", lambda: operator.length_hint(Hint("a")))
show("hint big", lambda: operator.length_hint(Hint(2 ** 70)))
show("hint raises", lambda: operator.length_hint(Hint(ValueError("boom"))))
show("hint default", lambda: operator.length_hint([], "x"))
show("hint default big", lambda: operator.length_hint(5, 2 ** 70))
print(operator.length_hint(5, -1))

# call.
print(operator.call(divmod, 7, 2), operator.call(dict, a=1), operator.__call__(sorted, [3, 1], reverse=True))

# Errors: the operator's own messages and the calling conventions.
show("add str int", lambda: operator.add("a", 1))
show("sub", lambda: operator.sub([], []))
show("matmul", lambda: operator.matmul(1, 2))
show("imatmul", lambda: operator.imatmul(1, 2))
show("isub", lambda: operator.isub(1, "a"))
show("zero", lambda: operator.truediv(1, 0))
show("neg str", lambda: operator.neg("a"))
show("inv float", lambda: operator.inv(1.5))
show("abs list", lambda: operator.abs([]))
show("index str", lambda: operator.index("1"))
show("lt", lambda: operator.lt(1, "a"))
show("concat int", lambda: operator.concat(1, 2))
show("concat str list", lambda: operator.concat("a", [1]))
show("concat list tuple", lambda: operator.concat([1], (2,)))
show("iconcat int", lambda: operator.iconcat(1, [2]))
show("concat dict", lambda: operator.concat({}, {}))
show("contains int", lambda: operator.contains(1, 2))
show("countOf int", lambda: operator.countOf(1, 2))
show("indexOf int", lambda: operator.indexOf(5, 2))
show("indexOf missing", lambda: operator.indexOf([1, 2], 3))
show("getitem int", lambda: operator.getitem(1, 2))
show("getitem missing", lambda: operator.getitem({}, "k"))
show("setitem tuple", lambda: operator.setitem((1,), 0, 2))
show("delitem tuple", lambda: operator.delitem((1,), 0))
show("add arity", lambda: operator.add(1))
show("add arity 3", lambda: operator.add(1, 2, 3))
show("add keywords", lambda: operator.add(a=1, b=2))
show("neg arity", lambda: operator.neg())
show("neg arity 2", lambda: operator.neg(1, 2))
show("neg keywords", lambda: operator.neg(a=1))
show("setitem arity", lambda: operator.setitem([], 0))
show("length_hint arity", lambda: operator.length_hint())
show("length_hint arity 3", lambda: operator.length_hint(1, 2, 3))
show("length_hint keywords", lambda: operator.length_hint([], default=3))
show("call arity", lambda: operator.call())
show("call keywords only", lambda: operator.call(f=1))
show("call forwards keywords", lambda: operator.call(operator.add, 1, b=2))

# itemgetter.
g1 = operator.itemgetter(1)
g2 = operator.itemgetter(2, 0, -1)
print(g1, g2, operator.itemgetter((1, 2)), operator.itemgetter("k"))
print(g1("abc"), g2("abcdef"), g1({1: "one"}), operator.itemgetter(slice(0, 2))([5, 6, 7]))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=g1), g1.__reduce__(), g2.__reduce__())
print(type(g1), type(g1).__name__, type(g1).__module__, operator.itemgetter.__doc__.splitlines()[0])
show("itemgetter()", lambda: operator.itemgetter())
show("itemgetter kw", lambda: operator.itemgetter(1, k=2))
show("itemgetter call 0", lambda: g1())
show("itemgetter call 2", lambda: g1(1, 2))
show("itemgetter call kw", lambda: g1(x=1))
show("itemgetter index", lambda: g1([1]))
show("itemgetter subclass", lambda: type("X", (operator.itemgetter,), {}))

# attrgetter.


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


tree = Node("root", Node("kid", Node("grandkid")))
a1 = operator.attrgetter("name")
a2 = operator.attrgetter("child.name", "child.child.name", "name")
print(a1, a2, operator.attrgetter("a..b"))
print(a1(tree), a2(tree), operator.attrgetter("real", "imag")(3 + 4j))
print(a2.__reduce__(), a1.__reduce__())
print(sorted([Node("b"), Node("a")], key=a1)[0].name)
show("attrgetter()", lambda: operator.attrgetter())
show("attrgetter int", lambda: operator.attrgetter(1))
show("attrgetter kw", lambda: operator.attrgetter("a", k=1))
show("attrgetter missing", lambda: operator.attrgetter("child.zz")(tree))
show("attrgetter empty", lambda: operator.attrgetter("")(tree))
show("attrgetter double dot", lambda: operator.attrgetter("a..b")(1))
show("attrgetter call 0", lambda: a1())
show("attrgetter call kw", lambda: a1(tree, x=1))

# methodcaller.
m1 = operator.methodcaller("split", ",", maxsplit=1)
m2 = operator.methodcaller("upper")
print(m1, m2, operator.methodcaller("f", 1, "x", k=2, j=[1]))
print(m1("a,b,c"), m2("ab"), m1.__reduce__()[1], m1.__reduce__()[0], m2.__reduce__())
show("methodcaller()", lambda: operator.methodcaller())
show("methodcaller name kw", lambda: operator.methodcaller(name="f"))
show("methodcaller int", lambda: operator.methodcaller(1))
show("methodcaller missing", lambda: m2(1))
show("methodcaller call 0", lambda: m2())
show("methodcaller call kw", lambda: m2("a", x=1))

# Recursive reprs.
lst = []
ig = operator.itemgetter(lst)
lst.append(ig)
print(ig)
lst2 = []
mc = operator.methodcaller("f", lst2)
lst2.append(mc)
print(mc)

print(sorted(n for n in operator.__all__))
print(sorted(n for n in vars(operator) if n.startswith("__") and n not in (
    "__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__name__", "__package__",
    "__spec__")))
print(operator.add.__doc__, operator.length_hint.__doc__.splitlines()[0], operator.__doc__.splitlines()[0])
print(operator.add, operator.__add__)
