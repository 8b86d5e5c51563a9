# collections.deque: both ends, bounds, indexing, rotation, comparisons, mutation checks, subclasses.
from collections import deque


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend(range(5, 8))
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(100)
print(d)
d.reverse()
print(d, d.count(1), d.index(3), 3 in d, 'z' in d)
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('x')
del d[0]
d[1] = 'second'
print(d, d.index(5, 2), d.index(5, -8, -1))
attempt(lambda: d.index('nope'))
attempt(lambda: d.remove('nope'))
attempt(lambda: d[100])
attempt(lambda: d['a'])
attempt(lambda: d[1:2])
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
d.clear()
print(d, bool(d))

# bounded deques
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31])
print(b)
attempt(lambda: b.insert(0, 'no'))
z = deque([1, 2], maxlen=0)
z.append(1)
print(z, deque(maxlen=None).maxlen)
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen='3'))
attempt(lambda: deque([], 2, 3))
attempt(lambda: deque(foo=1))
attempt(lambda: deque(5))

# operators
a = deque([1, 2])
print(a + deque([3]), a * 3, 2 * a, a * 0)
a += [9]
print(a)
a *= 2
print(a)
m = deque([1, 2], maxlen=5)
print(m * 4, m + deque([7, 8, 9, 10]))
attempt(lambda: a + [1])
attempt(lambda: a * 'x')
attempt(lambda: hash(a))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 5]), deque([1]) >= deque([1, 0]))
print(deque([1]) == [1])
attempt(lambda: deque([1]) < [1])

# copies and iteration
c = deque([1, [2]], maxlen=4)
c2 = c.copy()
print(c2, c2 is c, c2[1] is c[1], c.__copy__())
print(list(reversed(deque('abc'))), list(iter(deque('xy'))))
it = iter(deque([1, 2]))
print(it.__length_hint__(), next(it), it.__length_hint__())

def mutate_during_iteration():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)

attempt(mutate_during_iteration)

def rotate_during_iteration():
    q = deque([1, 2, 3])
    for x in q:
        q.rotate()

attempt(rotate_during_iteration)

def setitem_during_iteration():
    q = deque([1, 2, 3])
    out = []
    for x in q:
        q[2] = 'changed'
        out.append(x)
    return out

attempt(setitem_during_iteration)

class Evil:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.append(0)
        return False

q = deque([1, 2])
attempt(lambda: Evil(q) in q)
q = deque([1, 2])
attempt(lambda: q.count(Evil(q)))
q = deque([1, 2])
attempt(lambda: q.remove(Evil(q)))

# repr: recursion, subclasses
r = deque()
r.append(r)
print(r)
r2 = deque([1], maxlen=2)
r2.append(r2)
print(r2)

class MyDeque(deque):
    pass

md = MyDeque([1, 2], 5)
md.note = 'attr'
print(md, type(md.copy()).__name__, md.copy(), md.note, isinstance(md, deque))
print(type(md + deque([3])).__name__, md * 2)

class Fixed(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=2)

f = Fixed([1, 2, 3])
print(f, f.maxlen)
attempt(lambda: f.copy())
print(deque[int], type(deque([]).__reduce__()[0]))
print(deque([1, 2], 2).__reduce__()[:3])
print(deque.__module__, deque.__name__, deque)
