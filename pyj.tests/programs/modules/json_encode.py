# json.dumps and json.dump: every keyword, JSONEncoder subclassing, iterencode, string escaping.
import json
from json import encoder


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = {"name": "pyj", "n": 3, "pi": 3.14159, "big": 2 ** 70, "neg": -0.0,
        "ok": True, "no": False, "none": None, "list": [1, 2.5, "x", [], {}],
        "tuple": (1, (2, 3)), "nested": {"a": {"b": [None]}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=""))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=3, separators=(" ,", " = ")))
print(json.dumps([[], {}, [[]], [{}]], indent=2))

# Floats use float.__repr__; ints use int.__repr__ even for subclasses.
print(json.dumps([0.1, 1e16, 1e22, 1e-7, 123456789.0, 1.5e300, 5e-324, -2.5]))
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
print(json.dumps([MyInt(7), MyFloat(2.5), {MyInt(1): MyFloat(0.5)}]))
print(json.dumps([True, False, None]))

# Special floats.
specials = [float("nan"), float("inf"), float("-inf")]
print(json.dumps(specials))
show(lambda: json.dumps(specials, allow_nan=False))
show(lambda: json.dumps([float("inf")], allow_nan=False))
show(lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
show(lambda: json.dumps(float("nan"), allow_nan=False))

# Keys: str, int, float, bool and None convert; others need skipkeys.
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", "s": "f"}))
print(json.dumps({(1, 2): "x", "y": 1, frozenset(): 2}, skipkeys=True))
show(lambda: json.dumps({(1, 2): "x"}))
show(lambda: json.dumps({b"k": 1}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
show(lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))

# Strings and ensure_ascii.
s = 'quote" back\\ slash/ \b\f\n\r\t \x00\x1f\x7f caf\xe9 \u2028 \U0001d11e \uffff'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({s: s}))
print(json.dumps({s: s}, ensure_ascii=False))
print(encoder.encode_basestring_ascii("a\u1234\U00010000"))
print(encoder.encode_basestring("a\u1234\n"))
class MyStr(str):
    pass
print(json.dumps([MyStr("sub"), {MyStr("k"): MyStr("v")}]))

# default, both as keyword and by subclassing.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
show(lambda: json.dumps(Point(1, 2)))
show(lambda: json.dumps([1, {"p": Point(1, 2)}]))
show(lambda: json.dumps({1, 2}))
show(lambda: json.dumps(b"bytes"))
print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"p": Point(3, 4), "c": 1 + 2j}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
show(lambda: json.dumps(object(), cls=PointEncoder))
print(json.dumps(Point(0, 0), cls=PointEncoder, indent=4, sort_keys=True))

# Circular references.
lst = [1]
lst.append(lst)
show(lambda: json.dumps(lst))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: list(json.JSONEncoder().iterencode(d)))
class Loop:
    pass
loop = Loop()
show(lambda: json.dumps(loop, default=lambda o: [o]))
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
print(json.dumps([shared, shared], check_circular=False))

# JSONEncoder attributes and iterencode chunks.
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.skipkeys, e.ensure_ascii,
      e.check_circular, e.allow_nan, e.sort_keys)
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder(separators=(";", "="))
print(repr(e.item_separator), repr(e.key_separator))
print(list(json.JSONEncoder().iterencode({"a": [1, "b", None], "c": {}})))
print(list(json.JSONEncoder(indent=1).iterencode([1, [2]])))
print(json.JSONEncoder().encode("plain"), json.JSONEncoder(ensure_ascii=False).encode("\xe9"))
print(json.JSONEncoder().encode(42), json.JSONEncoder().encode(None))

# dump writes to a file-like object.
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Sink()
json.dump({"a": [1, 2], "b": "c"}, out)
print("".join(out.parts), len(out.parts) > 1)
out = Sink()
json.dump([1, {"x": None}], out, indent=2, sort_keys=True)
print("".join(out.parts))
out = Sink()
show(lambda: json.dump([1, object()], out))
print(out.parts)

# Unknown keywords reach the encoder class.
show(lambda: json.dumps(1, bogus=True))
print(json.__all__)
