# json.loads and json.load: hooks, parse_* callables, strict mode, bytes input, JSONDecoder subclassing.
import json
from json import decoder, scanner


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


doc = '''
{
  "name": "pyj", "n": 3, "pi": 3.14159, "big": 1180591620717411303424,
  "neg": -0.0, "exp": [1e5, 1E-3, 2.5e+2, -0, 0.0, -12.75],
  "ok": true, "no": false, "none": null,
  "list": [1, [2, [3, []]], {}], "nested": {"a": {"b": [null]}},
  "dup": 1, "dup": 2
}
'''
print(json.loads(doc))
print(json.loads("[NaN, Infinity, -Infinity]"))
print([type(x).__name__ for x in json.loads("[1, 1.0, 1e0, -1, \"1\"]")])
print(json.loads('  "just a string"  '), json.loads("42"), json.loads("null"))
print(json.loads(' \t\n\r[ 1 , 2 ]\n'))

# String escapes, including surrogate pairs.
print(json.loads(r'"\" \\ \/ \b \f \n \r \t"'))
print(ascii(json.loads(r'"\u00e9\u2028\uFFFF\u0041"')))
print(ascii(json.loads(r'"\ud834\udd1e and \uD83D\uDE00"')))
print(len(json.loads(r'"\ud834\udd1e"')))
print(ascii(json.loads('"caf\xe9 \U0001d11e"')))
print(json.loads('"tab\there"', strict=False) == "tab\there")
print(json.loads('{"k\\u0031": "v"}'))

# Hooks.
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {}, "b": [{}]}', object_pairs_hook=tuple))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: ("hook", d),
                 object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('{}', object_hook=lambda d: "empty"))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: ("float", s)))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: ("int", s)))
print(json.loads('[NaN, -Infinity, 1]', parse_constant=lambda s: s.lower()))
print(json.loads('[0.1, 12345678901234567890.5]', parse_float=str))

# JSONDecoder: attributes, decode, raw_decode, subclassing.
d = json.JSONDecoder()
print(d.strict, d.object_hook, d.object_pairs_hook, d.parse_float is float, d.parse_int is int)
print(d.decode(' [1, {"a": "b"}] '))
print(d.raw_decode('{"a": 1} trailing'))
print(d.raw_decode('[1, 2]  [3]', 8))
print(d.raw_decode('"x"'))
show(lambda: d.raw_decode(' 1'))
show(lambda: d.raw_decode('[1]', -1))
show(lambda: d.raw_decode('[1]', 3))

class Upper(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, obj):
        return {k.upper(): v for k, v in obj.items()}
print(json.loads('{"a": {"b": 1}}', cls=Upper))
print(Upper(parse_int=float).decode('[{"x": 7}]'))

class Tracking(json.JSONDecoder):
    def decode(self, s):
        return ("decoded", super().decode(s))
print(json.loads("[1]", cls=Tracking))

# bytes and bytearray input with encoding detection.
text = '{"k": ["\u00e9", "\U0001d11e", 1]}'
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
    raw = text.encode(enc)
    print(enc, json.detect_encoding(raw), json.loads(raw) == json.loads(text))
for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                 (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
    raw = bom + text.encode(enc)
    print(enc, json.detect_encoding(raw), json.loads(raw) == json.loads(text))
print(json.loads(b'\xef\xbb\xbf[1, "\xc3\xa9"]'))
print(json.loads(bytearray(b'{"a": [true]}')))
print(json.loads(b'1'), json.loads('2'.encode('utf-16-le')), json.loads('3'.encode('utf-16-be')))
print(json.detect_encoding(b''), json.detect_encoding(b'\x00\x00\x00\x01'), json.detect_encoding(b'1\x00\x00\x00'))

# load reads from a file-like object.
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
print(json.load(Source('{"from": "file"}')))
print(json.load(Source(b'[1, 2]'), parse_int=lambda s: int(s) * 10))

# Round trips.
value = {"s": "q\"\\\n\x00\u2028\U0001f600", "f": [0.1, 1e300, -2.5e-10], "i": -(2 ** 80),
         "l": [None, True, False, [], {}], "u": "\u00e9"}
for kw in ({}, {"ensure_ascii": False}, {"indent": 2}, {"separators": (",", ":")}):
    print(json.loads(json.dumps(value, **kw)) == value)
print(json.loads(json.dumps([float("inf"), float("-inf")])))
nan = json.loads(json.dumps(float("nan")))
print(nan != nan)
print(scanner.make_scanner is not None, decoder.scanstring('"abc\\n" tail', 1))
