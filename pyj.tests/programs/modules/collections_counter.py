# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, comparisons.
from collections import Counter


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
print(c, c['a'], c['zzz'], 'zzz' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(x=2, y=0, z=-1).elements()))
print(Counter(), Counter({'k': 3, 'j': 1}), Counter(a=2, b=5), Counter(['x', 'y', 'x']))
c.update('aaz')
c.update({'b': 10})
c.update(q=4)
print(c)
c.subtract('aaaa')
c.subtract({'q': 10})
c.subtract(z=1)
print(c)
del c['q']
del c['not-there']
print(c, c.copy(), type(c.copy()).__name__)
attempt(lambda: Counter.fromkeys('abc'))

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
attempt(lambda: a + {'a': 1})
x = Counter(a=3, b=1)
x += Counter(a=-3, c=2)
print(x)
x -= Counter(c=5)
print(x)
x |= Counter(b=7, e=1)
print(x)
x &= Counter(b=2)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=2) > Counter())
attempt(lambda: Counter(a=1) < {'a': 2})
attempt(lambda: hash(Counter()))
print(Counter({'x': 1.5, 'y': 'str'}) if False else Counter({'x': 1.5, 'y': 2}))
print(Counter({'s': 'text', 'n': 1}))
print(Counter(a=2).__reduce__())

class Tally(Counter):
    pass

t = Tally('hello')
print(t, t.copy(), type(t + t).__name__, t.most_common(1))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
