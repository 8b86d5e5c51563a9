# del obj[key] on objects that do not support it: CPython's two wordings, by sequence and mapping path.
class C: pass
class D:
    def __getitem__(self, k): return k
for obj, key in [(5, 0), ((1,), 0), (b'a', 0), ("s", 0), (range(3), 0), (frozenset(), 0), ((1,), 'k'), (C(), 0), (C(), 'k'), (D(), 0), (None, 0), (1.5, 0), ({1}, 0)]:
    try:
        del obj[key]
    except TypeError as e:
        print(e)
