# set, frozenset, tuple, range and slice: operations, methods, repr, hashing, comparisons, errors.
s = {3, 1, 2}
s.add(4); s.discard(9); s.remove(1)
print(sorted(s), len(s), 2 in s, s | {9}, s & {2, 3, 7}, s - {2}, s ^ {3, 10}, s <= {2, 3, 4, 5}, s < s, {1} < {1, 2}, s.isdisjoint({8}))
t = s.copy(); t.update([7], (8,)); t.intersection_update({7, 8, 2}); t.difference_update({8}); t.symmetric_difference_update({2, 5}); print(sorted(t))
print(sorted(s.union([1], (0,))), sorted(s.intersection({2, 3}, {3})), sorted(s.difference({2})), sorted(s.symmetric_difference({4, 5})), s.issubset(range(10)), s.issuperset([2]))
f = frozenset("abca")
print(sorted(f), hash(f) == hash(frozenset("cab")), {f: 1}[frozenset("abc")], frozenset() == set(), set(), frozenset(), repr({1}), type(f | {"z"}).__name__)
print(s.pop() in {2, 3, 4}, {x % 3 for x in range(10)}, set("hello") == set("olleh"))
tup = (1, "a", 2.5, (1,))
print(tup, tup[1:], tup[::-1], tup.index("a"), tup.count(1), len(tup), tup + (9,), tup * 2, (1,) < (1, 2), (2,) > (1, 5), hash((1, 2)) == hash((1, 2)))
print((), (1,), tuple("ab"), tuple(range(3)), tuple([1, [2]])[1], 1, 2 == (1, 2)[0], divmod(7, 2))
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2))
print(range(10)[::2], range(-5), list(range(5, 0, -2)), reversed(range(3)).__class__.__name__, hash(range(3)) == hash(range(0, 3)), repr(range(1, 2, 1)))
sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(10), slice(5).indices(3), slice(-1, None, -1).indices(4), "abcdef"[sl], [0, 1, 2, 3][slice(None, None, -1)])
for op in ["set().pop()", "{1}.remove(2)", "{[1]}", "frozenset().add", "(1,)[5]", "(1,).index(2)", "range(1, 2, 0)", "range(3)[5]", "slice(1, 2, 0).indices(5)", "hash(set())", "{1} < 'a'"]:
    try:
        print(eval(op))
    except Exception as e:
        print(type(e).__name__ + ":", e)
