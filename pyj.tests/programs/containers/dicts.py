# dict: insertion order, views and their set operations, |, methods, comprehensions, errors.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d), "a" in d, 2 in d)
print(d.get("x"), d.get("x", 0), d.setdefault("d", 4), d.setdefault("a", 99), d.pop("c"), d.pop("zz", None), d.popitem(), d)
e = dict(d, z=26); e.update({"y": 25}, w=23); e.update([("v", 22)]); print(e)
print(dict([(1, 2)]), dict(a=1), dict.fromkeys("ab"), dict.fromkeys([1, 2], []), {**d, **{"q": 1}}, d | {"b": 0}, {"b": 0} | d)
f = d.copy(); f |= {"n": 1}; print(f, f == d, f != d, d == {"a": 2, "b": 10, "d": 4} or d)
ks = d.keys()
print(ks & {"a", "q"}, ks | {"q"}, ks - {"a"}, ks ^ {"a", "q"}, ks == {"a", "b"}, sorted(ks), "a" in ks, len(ks), reversed(d) is not None, list(reversed(d)))
print(d.items() & {("a", 2)}, ("a", 2) in d.items(), {k: v for k, v in zip("xyz", range(3)) if v}, {i: i * i for i in range(4)})
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 2)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
    def __repr__(self): return f"Key({self.v})"
kd = {Key(1): "one", Key(3): "three", Key(2): "two"}
print(kd, kd[Key(3)], Key(5) in kd)
it = iter(d)
try:
    d["new"] = 1
    next(it)
except RuntimeError as err:
    print("RuntimeError:", err)
r = {}
r["self"] = r
print(r, repr({1: {2: [3]}}), {(1, 2): frozenset({3})}, {None: True, 1.5: b"x"})
for op in ["{}['x']", "{}.popitem()", "{[1]: 2}", "dict(1)", "dict([(1, 2, 3)])", "{}.pop('k')", "{1: 2} < {1: 2}", "dict.fromkeys(5)"]:
    try:
        print(eval(op))
    except Exception as e:
        print(type(e).__name__ + ":", e)
