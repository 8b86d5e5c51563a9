# Subclasses of builtin types: construction, overridden dunders, __slots__, __dict__ and __class__ rules.
class C: pass
class D(C): pass
class S: __slots__=('b','a','__p')
class E(Exception): pass
for k in (C,D,S,E): print(k.__name__, list(k.__dict__))
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
c=C(); print(c.__dict__, c.__weakref__); c.x=1; print(c.__dict__); c.__dict__={'y':2}; print(c.y)
try: c.__dict__=1
except TypeError as e: print(e)
del c.__dict__
print(vars(c))
for b in (list,dict,tuple,str,int,float,complex,bytes,bytearray,set,frozenset,object,Exception):
    class K(b): pass
    class K2(b): __slots__=()
    try:
        class K3(b): __slots__=('x',)
        s=list(K3.__dict__)[3:]
    except TypeError as e: s=str(e)
    print(b.__name__, list(K.__dict__)[3:], list(K2.__dict__)[3:], s)
class L(list):
    def total(self): return sum(self)
l = L([1,2,3]); l.append(4); l.tag='t'
print(l, type(l), l.total(), l.tag, l.__dict__, isinstance(l, list), len(l), l[1:], type(l[1:]), l + [5], type(l+[5]))
class Dd(dict):
    def __missing__(self, k): return k * 2
d = Dd(a=1); print(d, d['a'], d['zz'], type(d), d.get('q'))
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
t = T(1, 2); print(t, t.first, type(t), hash(t) == hash((1,2)), t == (1,2))
class S2(str):
    def shout(self): return self.upper() + '!'
s = S2('hi'); print(s, repr(s), s.shout(), type(s), s + 'x', type(s + 'x'), {s: 1}['hi'], f"{s}", '%s' % s)
class I(int):
    def __repr__(self): return f'I({int(self)})'
i = I(5); print(i, repr(i), i + 1, type(i + 1), I('12', 8), I(), isinstance(i, int), i == 5, hash(i))
class F(float): pass
f = F(1.5); print(f, repr(f), f * 2, type(f), F('2.5'), format(f, '.2f'))
class Cx(complex): pass
print(Cx(1, 2), type(Cx(1, 2)))
class St(set): pass
st = St([1,2]); st.add(3); print(st, type(st), st | {4}, type(st | {4}))
class Fz(frozenset): pass
fz = Fz([1,2]); print(fz, type(fz), hash(fz) == hash(frozenset([1,2])))
class E2(Exception): __slots__ = ('code',)
e = E2('m'); e.code = 3; print(e.code, e.args)
class A1: pass
class B1: __slots__ = ('x',)
a = A1()
for t in (B1, L, int):
    try: a.__class__ = t
    except TypeError as e: print(e)
class A2: pass
a.__class__ = A2; print(type(a).__name__)
try:
    class Q: __slots__ = ('1x',)
except TypeError as e: print(e)
try:
    class Q(C): __slots__ = ('__dict__',)
except TypeError as e: print(e)
print(C.__dict__['__dict__'].__get__(c))
try: C.__dict__['__dict__'].__get__(5)
except TypeError as e: print(e)
class L(list):
    def __init__(self, n):
        super().__init__(range(n))
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
print(L(3), L(3)[1], list(L(3)), [x for x in L(3)], sorted(L(4), reverse=True))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(); d['a'] = 1; d.update(b=2); print(d, dict(d), {**d})
class Color(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
    def __str__(self): return self.name
red = Color(1, 'red'); print(red, red + 1, red.name, [red], f'{red}', f'{red:d}', '%d' % red, str(red), int(red), hex(red), red.bit_length(), red.real, type(red.real))
class S(str):
    def __str__(self): return 'S!'
    def __len__(self): return 99
s = S('abc'); print(s, str(s), len(s), s.upper(), type(str(s)), repr(s), s == 'abc', 'abc' == s, s[0], type(s[0]), s.__class__)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y): return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    def __repr__(self): return f'Point(x={self[0]}, y={self[1]})'
p = Point(1, 2); print(p, p.x, p == (1, 2), hash(p) == hash((1, 2)), p + (3,), type(p + (3,)), len(p))
try: p.z = 1
except AttributeError as e: print(e)
class F(float):
    def __new__(cls, v=0.0): return super().__new__(cls, abs(v))
print(F(-2.5), F(), float(F(-1)), type(float(F(-1))), round(F(2.567), 1), F(1) == 1.0)
class Counter(dict):
    def __missing__(self, key): return 0
c = Counter(); c['x'] += 1; c['x'] += 1; print(c)
print(isinstance(L(1), list), issubclass(L, list), type(L(1)).__mro__)
class MyList(list): pass
m = MyList([3,1,2]); m.sort(); print(m, m.copy(), type(m.copy()), m * 2, type(m * 2), m[::-1], reversed(m).__class__.__name__)
m2 = MyList(); m2 += [1]; print(m2, type(m2)); m2 *= 2; print(m2, type(m2))
class B(int): pass
print(B(True), type(B(True)), B(7) // 2, -B(3), abs(B(-3)), B(3) ** 2, B(5) == B(5), B(5) is B(5), bool(B(0)))
print(str.__new__(S, 'x'), type(str.__new__(S, 'x')))
try: str.__new__(int, 'x')
except TypeError as e: print(e)
class Tree(dict):
    def __missing__(self, k):
        v = self[k] = Tree()
        return v
t = Tree(); t['a']['b'] = 1; print(t)
print(vars(red))
class E(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try: raise E('bad', 3)
except ValueError as e: print(e, e.code, e.args, e.__dict__)
