# list: construction, indexing, slicing (incl. extended and assignment), methods, sorting, comparisons, errors.
a = list(range(10))
print(a[0], a[-1], a[2:5], a[::2], a[::-3], a[8:2:-2], a[100:], a[-100:2])
a[1:3] = ["x", "y", "z"]
a[::4] = [0, 0, 0]
del a[5:7]
del a[::3]
print(a, len(a))
b = [3, 1, 2]
b.append(4); b.extend((5, 6)); b.insert(0, 9); b.insert(-1, 8); b.insert(100, 7)
print(b, b.pop(), b.pop(0), b.index(2), b.count(1), b.remove(8), b)
b.reverse(); print(b); b.sort(); print(b); b.sort(key=lambda x: -x); print(b); b.sort(reverse=True); print(b)
c = b.copy(); c.clear(); print(c, b * 2, [0] * 3, b + [1], 3 in b, [1, 2] < [1, 3], [1, 2] == [1, 2.0], [] < [0])
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), min(words), max(words, key=len))
pairs = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), list(reversed(pairs)))
nested = [[1, 2], [3]]
shallow = nested.copy(); shallow[0].append(9); print(nested, shallow is nested, shallow[0] is nested[0])
x = [1, 2, 3]; x += [4]; x *= 2; print(x, x[len(x) - 1], list("abc"), list({1: 2}), list(range(3)))
m = [1]; m.append(m); print(m, repr([[]]), str([None, True, 1.5, "s"]))
first, *rest = [1, 2, 3]; print(first, rest)
for op in ["[1][5]", "[].pop()", "[1].remove(2)", "[1].index(9)", "[1, 'a'].sort()", "[1][1:2] = 5", "a[::2] = [1]", "list(5)", "[1] * 'a'", "hash([])", "[3, 1] < [3, 'a']"]:
    try:
        print(eval(op) if "=" not in op or "==" in op else exec(op))
    except Exception as e:
        print(type(e).__name__ + ":", e)
