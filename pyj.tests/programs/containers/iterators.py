# The iterator builtins: enumerate, zip (strict), map, filter, reversed, iter with a sentinel, next, and iteration protocols.
print(list(enumerate("abc")), list(enumerate("ab", start=-1)), list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a", "b", "c")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(bool, [[], [0]])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
values = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(values), 0)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(iter(()), None))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
class Legacy:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Reversible:
    def __reversed__(self): return iter("zyx")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(Countdown(3)), list(Legacy()), 20 in Legacy(), list(reversed(Reversible())), sorted(Countdown(4)), max(Legacy()), sum(Countdown(5)))
e = enumerate("xy")
print(next(e), list(e), iter(e) is e, type(zip()).__name__, type(map(str, [])).__name__, type(iter([])).__name__, type(iter(range(3))).__name__)
for op in ["next(5)", "iter(5)", "next(iter([]))", "list(map(str))", "zip(1)", "iter(lambda: 1, 1, 2)", "reversed(5)", "reversed({1})", "enumerate(1)", "filter(None)"]:
    try:
        print(eval(op))
    except Exception as e:
        print(type(e).__name__ + ":", e)
