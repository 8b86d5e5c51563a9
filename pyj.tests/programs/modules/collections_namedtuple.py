# collections.namedtuple: construction, validation, defaults, rename, the helper methods.
from collections import namedtuple


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point._fields, Point.__doc__, Point.__name__, Point.__module__, Point.__match_args__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), p.__getnewargs__())
print(Point.x, Point.x.__doc__, Point.__new__.__doc__, Point._make.__doc__)
print(isinstance(p, tuple), type(p).__mro__, Point.__slots__)
attempt(lambda: Point(1))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=3))
attempt(lambda: Point._make([1]))
attempt(lambda: p._replace(z=1))
def set_x():
    p.x = 5
attempt(set_x)
def set_other():
    p.other = 5
attempt(set_other)

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(9), P3(9, 8), P3._field_defaults, P3.__new__.__defaults__)
One = namedtuple('One', 'only')
print(One(1), One.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
M = namedtuple('M', 'a, b', module='some.where')
print(M.__module__, M(1, 2))
attempt(lambda: namedtuple('Bad', 'a a'))
attempt(lambda: namedtuple('Bad', 'a _b'))
attempt(lambda: namedtuple('Bad', 'a class'))
attempt(lambda: namedtuple('Bad', 'a 1b'))
attempt(lambda: namedtuple('def', 'a'))
attempt(lambda: namedtuple('Bad', ['a', 3]))
attempt(lambda: namedtuple('Bad', 'a', defaults=[1, 2]))

class Sub(namedtuple('Base', 'left right')):
    __slots__ = ()

    @property
    def total(self):
        return self.left + self.right

s = Sub(3, 4)
print(s, s.total, s._replace(left=10), type(s._replace(left=1)).__name__)

match p:
    case Point(a, b):
        print('matched', a, b)

Colour = namedtuple('Colour', 'r g b')
print(sorted([Colour(3, 2, 1), Colour(1, 2, 3)]), max(Colour(0, 0, 1), Colour(0, 1, 0)))
print(Point(x=[1], y={'k': 'v'}))
