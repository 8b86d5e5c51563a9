# random's integer and sequence functions: randrange/randint/choice/choices/shuffle/sample with CPython's results and errors.
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Index({self.v})"


r = random.Random(123456789)
print("randrange", [r.randrange(10) for _ in range(10)], [r.randrange(-5, 5) for _ in range(10)])
print("randrange step", [r.randrange(0, 100, 7) for _ in range(8)], [r.randrange(50, -50, -3) for _ in range(8)],
      [r.randrange(3, 4) for _ in range(3)], r.randrange(Index(5), Index(50), Index(5)))
print("randrange huge", r.randrange(10**30), r.randrange(-(10**40), 10**40, 3), r.randrange(2**64, 2**64 + 2))
print("randint", [r.randint(1, 6) for _ in range(12)], r.randint(-10**20, 10**20), r.randint(7, 7))
print("randrange step=1", r.randrange(5, step=1), r.randrange(True, 10), type(r.randrange(True, 2)).__name__)
print("choice", [r.choice("abcdefg") for _ in range(8)], r.choice([None]), r.choice(range(10**15)),
      r.choice((1.5, 2.5)), r.choice(b"xyz"))

print("choices", r.choices("abc"), r.choices("abcdef", k=10), r.choices(range(5), k=0), r.choices("ab", k=-2))
print("choices weights", r.choices("abc", [5, 1, 0], k=10), r.choices("abc", weights=[0.1, 0.2, 0.7], k=8))
print("choices cum", r.choices("abcd", cum_weights=[1, 1, 5, 10], k=10),
      r.choices(["x", "y"], cum_weights=[0.5, 1.0], k=6), r.choices([1, 2, 3], [1, 1, 1]))

for n in [0, 1, 2, 5, 20]:
    x = list(range(n))
    r.shuffle(x)
    print("shuffle", n, x)
x = ["a", "b", "c", "d", "e", "f"]
print(r.shuffle(x), x)

print("sample", r.sample(range(10), 10), r.sample("abcdefghij", 4), r.sample((1, 2, 3), 0))
# Small populations take the pool method, large ones the set method (here k=10 has setsize 85).
print("sample pool", r.sample(range(85), 10))
print("sample set", r.sample(range(86), 10), r.sample(range(10**12), 5), r.sample(range(1000), 60))
print("sample big k", r.sample(range(500), 300)[:12])
print("sample counts", r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample("ab", counts=[0, 3], k=3),
      r.sample(range(3), k=6, counts=[2, 2, 2]))
print("sample types", r.sample([1, 2, 3], 2), r.sample(b"bytes", 3), r.sample(bytearray(b"abc"), 2),
      r.sample(memoryview(b"abc"), 1))

# Module-level functions are the hidden instance's bound methods.
random.seed(42)
print([random.randint(1, 100) for _ in range(5)], random.choice("xyz"), random.sample(range(50), 4),
      random.choices(range(3), k=4), random.randrange(0, 1000, 25))
print(random.randint.__self__ is random._inst, type(random._inst).__name__)
print(sorted(n for n in random.__all__))

show("randrange empty", lambda: r.randrange(0))
show("randrange neg", lambda: r.randrange(-3))
show("randrange empty2", lambda: r.randrange(5, 5))
show("randrange empty3", lambda: r.randrange(5, 2, 1))
show("randrange empty step", lambda: r.randrange(5, 10, -1))
show("randrange zero step", lambda: r.randrange(1, 10, 0))
show("randrange missing stop", lambda: r.randrange(10, step=2))
show("randrange float", lambda: r.randrange(1.5))
show("randrange float stop", lambda: r.randrange(1, 2.5))
show("randrange float step", lambda: r.randrange(1, 9, 2.0))
show("randrange str", lambda: r.randrange("5"))
show("randrange Index empty", lambda: r.randrange(Index(3), Index(3)))
show("randint empty", lambda: r.randint(5, 1))
show("randint float", lambda: r.randint(1, 2.5))
show("choice empty", lambda: r.choice([]))
show("choice set", lambda: r.choice({1, 2}))
show("choice dict", lambda: r.choice({}))
show("choices empty", lambda: r.choices([]))
show("choices both", lambda: r.choices("ab", [1, 2], cum_weights=[1, 3]))
show("choices weight count", lambda: r.choices("ab", [1, 2, 3]))
show("choices k positional", lambda: r.choices("abc", 3))
show("choices zero weights", lambda: r.choices("ab", [0, 0]))
show("choices negative total", lambda: r.choices("ab", [1, -3]))
show("choices inf", lambda: r.choices("ab", [1, float("inf")]))
show("choices nan", lambda: r.choices("ab", [1, float("nan")]))
show("choices bad weights", lambda: r.choices("ab", [1, "x"]))
show("choices empty weights", lambda: r.choices([], []))
show("choices float k", lambda: r.choices("ab", k=1.5))
show("sample set", lambda: r.sample({1, 2, 3}, 2))
show("sample dict", lambda: r.sample({"a": 1}, 1))
show("sample too many", lambda: r.sample(range(3), 4))
show("sample negative", lambda: r.sample(range(3), -1))
show("sample no k", lambda: r.sample(range(3)))
show("sample counts len", lambda: r.sample("abc", counts=[1, 2], k=1))
show("sample counts float", lambda: r.sample("ab", counts=[1, 1.5], k=1))
show("sample counts zero", lambda: r.sample("ab", counts=[0, 0], k=1))
show("sample counts too many", lambda: r.sample("ab", counts=[1, 1], k=3))
show("shuffle tuple", lambda: r.shuffle((1, 2, 3)))
