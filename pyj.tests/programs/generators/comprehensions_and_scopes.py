# Comprehension scoping (PEP 709 inlining keeps semantics), generator expressions' early binding, closures over loops.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "hello"}, [(i, j) for i in range(3) for j in range(i)])
print([y for y in range(10) if y % 2 if y > 3])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    acc = []
    for i in range(3):
        def f(i=i):
            return i * 10
        acc.append(f)
    return [f() for f in acc]
print(make())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        nested = [v * w for v in vals for w in vals if w == len(vals)]
    except NameError as e:
        nested = str(e)
print(C.doubled, C.nested)
def gen_early_binding():
    items = [1, 2]
    g = (i * 10 for i in items)
    items = [7, 8]
    return list(g)
print(gen_early_binding())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([(lambda: z)() for z in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2 == 0])
def walrus():
    data = [1, 5, 9, 2]
    if any((hit := v) > 4 for v in data):
        return hit
print(walrus())
print([last := n for n in range(3)], last)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents)
def outer():
    v = 1
    def middle():
        def inner():
            return v
        return inner
    v = 2
    return middle()()
print(outer())
g = (i for i in range(3))
print(next(g), list(g))
print(list(zip(*[iter(range(6))] * 2)))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: (-p[0], p[1])))
def gen_in_class_scope():
    class K:
        n = 3
        rows = [[n] * 2 for _ in range(2)] if False else None
    return K.rows
print(gen_in_class_scope())
