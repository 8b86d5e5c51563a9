# collections.ChainMap: lookups through several maps, writes to the first, children and parents.
from collections import ChainMap, OrderedDict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('z'), cm.get('z', 0), 'c' in cm, 'z' in cm, len(cm))
print(list(cm), list(cm.keys()), list(cm.values()), list(cm.items()), dict(cm))
print(cm.keys(), cm.items(), cm.values())
print(bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap())
cm['d'] = 4
print(over, base)
del cm['d']
attempt(lambda: cm.__delitem__('a'))
attempt(lambda: cm['missing'])
print(cm.pop('c'), cm.pop('nope', 'dflt'))
attempt(lambda: cm.pop('a'))
print(cm.popitem(), cm)
attempt(lambda: cm.popitem())
cm['x'] = 1
print(cm.setdefault('x', 5), cm.setdefault('y', 6), cm)
cm.update({'u': 1}, v=2)
print(cm)
cm.clear()
print(cm, base)

child = ChainMap({'a': 1}).new_child()
child['b'] = 2
print(child, child.maps, child.parents, child.parents.parents)
print(child.new_child({'c': 3}), child.new_child(d=4), child.new_child({'e': 5}, f=6))
print(ChainMap.fromkeys('ab', 0), ChainMap.fromkeys('x'))
c1 = ChainMap({'k': 1}, {'j': 2})
c2 = c1.copy()
c2['k'] = 'changed'
print(c1, c2, c1.__copy__())
print(c1 == {'k': 1, 'j': 2}, c1 == ChainMap({'j': 2, 'k': 1}), c1 != {'k': 1})
print(c1 | {'z': 0}, {'z': 0} | c1, type({'z': 0} | c1).__name__)
c1 |= {'w': 9}
print(c1)
attempt(lambda: c1 | 1)
attempt(lambda: hash(c1))
attempt(lambda: reversed(c1))
rec = ChainMap()
rec.maps[0]['me'] = rec
print(rec)
print(ChainMap(OrderedDict(b=1), {'a': 2}), ChainMap[str, int])

class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 'default:' + key

print(DefaultChain({'a': 1})['zz'], DefaultChain({'a': 1}).get('zz'))
