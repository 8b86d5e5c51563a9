# __length_hint__ of the builtin iterators and operator.length_hint, after partial consumption and mutation.
import operator
for it in [iter(range(5)), iter([1,2,3]), iter((1,2)), iter("abc"), reversed([1,2,3]), iter({1:2}), iter({1,2}), iter(b"ab"), reversed(range(4)), iter(bytearray(b'xy')), iter({1:2}.values()), iter({1:2}.items())]:
    next(it)
    print(type(it).__name__, operator.length_hint(it), it.__length_hint__() if hasattr(it, '__length_hint__') else '-')
d = {1: 2, 3: 4}
it = iter(d)
next(it)
d[5] = 6
print(operator.length_hint(it))
s = {1, 2, 3}
it = iter(s)
next(it); next(it)
print(it.__length_hint__())
s.add(9)
print(it.__length_hint__())
it = iter(range(3))
list(it)
print(it.__length_hint__(), iter(range(10 ** 20)).__length_hint__(), iter(range(5, 0, -2)).__length_hint__())
print(iter("a\U0001F600b").__length_hint__())
