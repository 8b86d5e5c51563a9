# Function definitions: every parameter kind, defaults, annotations, decorators and generators.
def empty():
    pass


def positional(a, b):
    return a + b


def defaults(a, b=1, c=None):
    return a


def positional_only(a, b, /, c, d=1, *, e, f=2):
    return a


def only_slash(a, /):
    return a


def slash_with_defaults(a=1, b=2, /):
    return a


def var_args(*args, **kwargs):
    return args, kwargs


def keyword_only(*, a, b=2, c):
    return a


def everything(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    return a


def annotated(a: int, b: 'str' = '', *args: tuple, c: list[int] = [], **kwargs: dict) -> None:
    pass


def star_annotation(*args: *tuple[int, ...]):
    pass


def trailing_comma(
    a,
    b,
):
    return a


def generator():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from range(3)
    z = (yield 5)
    yield *[1], 2
    return x, y, z


def nested():
    def inner(x=lambda: 1):
        return x()
    return inner


def decorator(f):
    return f


@decorator
def decorated():
    pass


@decorator
@decorator
def twice_decorated():
    pass


@decorator.__call__
def attribute_decorator():
    pass


@(lambda f: f)
def expression_decorator():
    pass


@[decorator][0]
def subscript_decorator():
    pass


def one_line(): return 1


def docstring():
    """A docstring."""
    return docstring.__doc__


def unicode_default(a='☃'):
    return a
