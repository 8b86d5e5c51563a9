# PEP 695 type aliases and type parameters, with bounds, constraints and PEP 696 defaults.
type Alias = int
type ListOf[T] = list[T]
type Pair[K, V] = tuple[K, V]
type Bounded[T: int] = list[T]
type Constrained[T: (int, str)] = T
type Variadic[*Ts] = tuple[*Ts]
type Params[**P] = P
type WithDefaults[T = int, *Ts = *tuple[str, ...], **P = [int, str]] = T
type Recursive[T] = T | list[Recursive[T]]
type = 'type is a soft keyword'


def generic[T](x: T) -> T:
    return x


def many[T: (int, str), *Ts, **P](a: T, *args: *Ts) -> T:
    return a


def defaulted[T = str, U: int = bool](x: T, y: U) -> tuple[T, U]:
    return x, y


class Box[T]:
    def get[U](self, default: U) -> T | U:
        return default


class Derived[T: float = float](Box[T], metaclass=type):
    pass


class Trailing[T,]:
    pass


async def coroutine[T](value: T) -> T:
    return value
