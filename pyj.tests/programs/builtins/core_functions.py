# The builtin functions: numbers, conversions, introspection, attribute access, printing and reading.
import sys
print(len("héllo"), len([1, 2]), len({}), abs(-3), abs(-2.5), abs(3 + 4j), divmod(7, -2), divmod(-7.5, 2))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), type(round(2.5)), round(5.0, None))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(float("inf")), hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash("") == 0, hash(None) == hash(None))
print(ord("a"), ord("€"), ord("😀"), chr(97), chr(0x1F600), repr(chr(0)), bin(10), bin(-10), oct(64), hex(255), hex(-255))
for bad in (lambda: ord("ab"), lambda: chr(-1), lambda: chr(0x110000), lambda: len(5), lambda: abs("x"), lambda: divmod(1, 0)):
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, int), issubclass(int, (str, object)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(1), callable(type), callable(lambda: 0))
class P:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def method(self):
        return "m"
p = P()
print(getattr(p, "x"), getattr(p, "y", "default"), hasattr(p, "method"), hasattr(p, "nope"))
setattr(p, "y", 20)
delattr(p, "x")
print(vars(p), sorted(n for n in dir(p) if not n.startswith("__")))
try:
    getattr(p, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(type(5), type("s"), type(None), type(type), type(p).__name__, type(print).__name__, type(p.method).__name__)
print(repr("a'b"), repr('a"b'), repr("tab\t"), ascii("héllo €"), ascii(["ü"]), format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"))
print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print("to stderr", file=sys.stderr)
print(file=None)
try:
    print(sep=5)
except TypeError as e:
    print("TypeError:", e)
def scope_test():
    local_var = 1
    return sorted(locals().items())
print(scope_test(), "scope_test" in globals(), globals()["__name__"])
ns = {}
exec("z = 6 * 7\ndef f(): return z", ns)
print(ns["z"], ns["f"](), eval("z + 1", ns), eval("a * b", {"a": 3}, {"b": 4}))
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
exec(compile("print('compiled exec')", "<s>", "exec"))
print(eval("__builtins__ is not None"), eval("[x for x in range(3)]"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), min(3, 1, 2), max("abc"), min([], default="empty"), max([1, 5, 3], key=lambda v: -v))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(any([]), all([]), any([0, "", 1]), all([1, "x", None]))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, -1, 7), pow(-8, 1/3) if False else "skip", 2 ** 0.5)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
it = iter([1, 2, 3, 0, 4].pop, 0)
print(list(it))
vals = iter(lambda: next(src), "stop")
src = iter(["a", "b", "stop", "c"])
print(list(vals))
print(list(zip("ab", [1, 2], strict=True)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x"])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed(range(4))), list(enumerate("ab", start=5)), sorted("bca"), sorted([3, 1, 2], reverse=True))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), float(" 1e3 "), str(b"x"), bool([]), complex("1+2j"), list("ab"), tuple({1: 2}), dict([(1, 2)]))
print(id(p) == id(p), id(p) != id(P()), isinstance(id(p), int))
print(input.__name__, callable(input))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(__name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print(issubclass(type(NotImplemented), object), Ellipsis, ..., NotImplemented, bool(...))
