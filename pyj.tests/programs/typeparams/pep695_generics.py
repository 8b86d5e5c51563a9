# PEP 695/696 type parameters at run time: TypeVar, ParamSpec, TypeVarTuple, Generic classes and type aliases.
from _typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, NoDefault

def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, type(first.__type_params__[0]).__name__, first.__annotations__)
T = first.__type_params__[0]
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__, repr(T), T.__module__)

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(5)
print(b.get(), Box.__type_params__, Box.__parameters__, Box.__mro__, Box[int], type(Box[int]).__name__)
print(Box[int].__origin__, Box[int].__args__, Box.__bases__, Box.__orig_bases__, Box[int]("x").__orig_class__)
try:
    isinstance(1, Box[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)

class Pair[K: str, V: (int, float) = int]:
    pass
K, V = Pair.__type_params__
print(K.__bound__, V.__constraints__, V.__default__, V.has_default(), K.has_default(), K.__default__ is NoDefault)

def variadic[*Ts, **P](*args: *Ts, **kwargs: P.kwargs) -> None:
    pass
Ts, P = variadic.__type_params__
print(repr(Ts), repr(P), type(Ts).__name__, type(P).__name__, P.args, P.kwargs, P.args == P.args, P.args.__origin__ is P)
print(variadic.__annotations__, list(Ts))

class Many[*Shape]:
    pass
print(Many[int, str], Many.__parameters__)

type Alias = list[int]
print(Alias, type(Alias).__name__, Alias.__value__, Alias.__name__, Alias.__type_params__, Alias.__module__)
type Gen[X] = dict[str, X]
print(Gen, Gen.__type_params__, Gen[int], Gen.__value__, Gen.__parameters__)
type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
try:
    Alias[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Alias()
except TypeError as e:
    print("TypeError:", e)

def late[T: Later]():
    pass
try:
    late.__type_params__[0].__bound__
except NameError as e:
    print("NameError:", e)
class Later:
    pass
print(late.__type_params__[0].__bound__)

U = TypeVar("U", bound=int)
print(repr(U), U.__bound__, U.__module__, repr(TypeVar("C", covariant=True)), repr(TypeVar("D", contravariant=True)))
print(repr(ParamSpec("Q")), repr(TypeVarTuple("Rest")), TypeVar("S", int, str).__constraints__)
for bad in (lambda: TypeVar("X", covariant=True, contravariant=True), lambda: TypeVar("X", int),
            lambda: TypeVar("X", infer_variance=True, covariant=True), lambda: TypeVar(5),
            lambda: TypeVar("X", int, str, bound=int)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Old(Generic[U]):
    pass
print(Old[bool], Old.__parameters__, Old.__orig_bases__)
class Child(Old[int]):
    pass
print(Child.__parameters__)
try:
    Child[int]
except TypeError as e:
    print("TypeError:", e)
for bad in ("Generic[int]", "Generic[U, U]", "Generic[()]"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    class Sub(T):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub2(TypeVar):
        pass
except TypeError as e:
    print("TypeError:", e)
A2 = TypeAliasType("A2", list[U], type_params=(U,))
print(A2, A2.__value__, A2.__parameters__, A2[bool], A2.__module__)
