# match statements with every kind of pattern.
import enum


class Color(enum.Enum):
    RED = 1


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(subject):
    match subject:
        case 0 | 1 | -1:
            return 'small int'
        case 1.5 | -2.5e3 | 1 + 2j | -3 - 4j | 0j:
            return 'number'
        case 'text' | b'bytes' | 'con' 'cat':
            return 'string'
        case None | True | False:
            return 'singleton'
        case Color.RED | enum.Enum.__class__:
            return 'value'
        case [] | ():
            return 'empty sequence'
        case [x] | (x,):
            return x
        case [first, *rest]:
            return first, rest
        case (a, b, *_):
            return a, b
        case [_, [inner, *_], *others] if inner:
            return inner, others
        case {'key': value, **rest}:
            return value, rest
        case {1: _, 'two': [*_], Color.RED: {}}:
            return 'mapping'
        case {}:
            return 'empty mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return y
        case Point(x, y=yy) as p:
            return p, x, yy
        case Point():
            return 'point'
        case enum.Enum(value=v):
            return v
        case str() | bytes() as s:
            return s
        case (1 | 2) as grouped:
            return grouped
        case [*_, last] if last > 0:
            return last
        case x if x:
            return x
        case _:
            return None


def subjects(a, b):
    match a, b:
        case 1, 2:
            pass
    match (a, b):
        case (1, 2): pass
    match *[a], b:
        case [*_]:
            pass
    match -a:
        case _:
            pass
    match a:
        case b'' | '' if False: pass


match = 1
case = 2
match [match, case]:
    case [1, 2]:
        pass
print(match, case)
