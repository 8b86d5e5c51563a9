# collections.OrderedDict: order-sensitive equality, move_to_end, popitem(last=), views, repr.
from collections import OrderedDict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), len(od), od['a'], isinstance(od, dict))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(list(od.items()))
attempt(lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od)
attempt(lambda: OrderedDict().popitem())
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=1, a=2))
print(OrderedDict({'q': 1}, r=2))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))

x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, x != y, x == dict(y), dict(y) == x, x == {'a': 1, 'b': 2})
print(x.keys(), x.values(), x.items())
print(list(reversed(x)), list(reversed(x.keys())), list(reversed(x.values())), list(reversed(x.items())))
print('a' in x.keys(), ('a', 1) in x.items(), 2 in x.values(), len(x.keys()))
print(sorted(x.keys() & {'a', 'z'}), sorted(x.keys() | {'z'}), sorted(x.keys() - {'a'}))
print(x.copy(), type(x.copy()).__name__, x.copy() is x)
print(x | {'c': 3}, {'c': 3} | x, type({'c': 3} | x).__name__)
x |= [('d', 4)]
print(x)
print(x.pop('d'), x.pop('nope', 'default'), x.setdefault('a', 99), x.setdefault('n', 5), x)
attempt(lambda: x.pop('nope'))
x.update({'b': 20}, e=5)
x['a'] = 10
print(x)
del x['b']
x['b'] = 30
print(x)
x.clear()
print(x, bool(x))
attempt(lambda: OrderedDict(1))
attempt(lambda: OrderedDict(1, 2))

def grow_during_iteration():
    o = OrderedDict(a=1, b=2)
    for k in o:
        o[k + k] = 0

attempt(grow_during_iteration)

rec = OrderedDict()
rec['me'] = rec
print(rec)

class Last(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = Last()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu, type(lu).__name__)
print(OrderedDict[str, int], OrderedDict.__module__)
print(OrderedDict(a=1).__reduce__()[:3])
