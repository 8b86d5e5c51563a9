# json decoding errors: JSONDecodeError messages, positions and attributes, and loads type errors.
import json
from json import JSONDecodeError


def show(doc, **kw):
    try:
        print(repr(json.loads(doc, **kw)))
    except JSONDecodeError as e:
        print(type(e).__name__, e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)


for doc in ['', '   ', 'x', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[1 2]', '[,1]',
            '{"a"', '{"a":', '{"a" 1}', '{"a":1', '{"a":1,', '{"a":1,}', '{"a":1 "b":2}',
            '{1: 2}', "{'a': 1}", '{"a": 1, 2: 3}', '{,}', '[1]]', '[1] x', '1 2', '"abc',
            '"abc\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\u0041', '"\\ud800\\u12"',
            '"\\ud800\\uzzzz"', '"a\nb"', '"a\tb"', '"\x00"', '"\x1f"', '"\x7f"', 'nul', 'tru',
            'falsy', 'NaNa', 'Inf', '-Inf', '-', '--1', '+1', '01', '1.', '.5', '1e', '1e+',
            '1.e5', '0x10', '[1.5.2]', '[-]', 'truefalse', '\ufeff[]', '[\n1,\n2\n3]',
            '{\n  "a": 1,\n  "b": [\n    1 2\n  ]\n}', '\n\n   @', 'null null']:
    show(doc)

show('"a\nb"', strict=False)
show('{"a\tb": "\x01"}', strict=False)
show('["ok", "\x05"]')
show('[1, 2', parse_int=float)
show('{"a": NaN}', parse_constant=lambda c: 1 / 0)

# Wrong input types.
for bad in [42, None, 1.5, ["[]"], {"a": 1}, memoryview(b"[]")]:
    show(bad)
show(b'[1,]')
show(b'\xef\xbb\xbf{')

# The exception itself.
try:
    json.loads('{"key": value}')
except ValueError as e:
    print(isinstance(e, JSONDecodeError), issubclass(JSONDecodeError, ValueError))
    print(e.args, e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
    cls, args = e.__reduce__()
    print(cls.__name__, args)
e = JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, "|", e.lineno, e.colno, e.args)
e = JSONDecodeError("At start", "", 0)
print(e, e.lineno, e.colno)
print(json.decoder.JSONDecodeError is JSONDecodeError, json.JSONDecodeError.__module__)

# raw_decode and decode via a decoder instance.
d = json.JSONDecoder()
for doc, idx in [('[1] [2]', 0), ('[1] [2]', 3), ('[1] [2]', 4), ('abc', 0), ('', 0)]:
    try:
        print(d.raw_decode(doc, idx))
    except JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    d.decode('{"a": [1, 2}')
except JSONDecodeError as e:
    print(type(e).__name__, e)

# Encoding errors.
def enc(obj, **kw):
    try:
        print(json.dumps(obj, **kw))
    except Exception as e:
        print(type(e).__name__, e)
enc({"a": {1j: 1}})
enc([1, 2, 3j])
enc(float("nan"), allow_nan=False)
enc({"x": [float("-inf")]}, allow_nan=False)
enc(object(), default=lambda o: None)
enc([1], separators=(",",))
enc([1], indent=1.5)
