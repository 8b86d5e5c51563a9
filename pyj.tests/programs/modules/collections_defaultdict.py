# collections.defaultdict: the factory, __missing__, dict behaviour, copies, | and subclasses.
from collections import defaultdict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, len(d), d['a'], 'c' in d, d.get('c'), 'c' in d)
print(isinstance(d, dict), type(d).__mro__, d == {'a': [1, 2], 'b': [3]})
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(defaultdict(), defaultdict(None, {1: 2}, x=3), defaultdict(int, [('k', 1)]))
n = defaultdict()
attempt(lambda: n['missing'])
def made():
    return 'made'


n.default_factory = made
print(n['now'], dict(n), n.default_factory.__name__)
n.default_factory = None
attempt(lambda: n['again'])
del n.default_factory
print(n.default_factory)
attempt(lambda: defaultdict(1))
attempt(lambda: defaultdict('x', {}))
print(d.__missing__('z'), d)

c = d.copy()
print(c, type(c).__name__, c is d, c['a'] is d['a'], c.default_factory)
print(d.__copy__())
print(dict.copy(d), type(dict.copy(d)).__name__)
merged = defaultdict(set, {'x': 1}) | {'y': 2}
print(merged, type(merged).__name__)
merged2 = {'y': 2} | defaultdict(set, {'x': 1})
print(merged2, type(merged2).__name__)
inplace = defaultdict(str, {'p': 'q'})
inplace |= {'r': 's'}
print(inplace)
attempt(lambda: defaultdict(int) | 1)
print(defaultdict(list, {1: [2]}).__reduce__()[:4])
print(defaultdict(None).__reduce__()[:2])

rec = defaultdict(list)
rec['self'] = rec
print(rec)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def __repr__(self):
        return 'Tree(' + dict.__repr__(self) + ')'

t = Tree()
t['a']['b']['c'] = 1
print(t, type(t['a']).__name__)

class Named(defaultdict):
    pass

nd = Named(int, a=1)
nd['b'] += 5
nd.tag = 'x'
print(nd, nd.copy(), type(nd.copy()).__name__, nd.tag)
print(defaultdict[str, int], defaultdict.__module__)
print(list(d.keys()), list(d.values()), d.pop('a'), d.setdefault('q', 7), d)
