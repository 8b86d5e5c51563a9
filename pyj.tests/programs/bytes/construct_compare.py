# bytes/bytearray construction, repr, indexing, slicing, concatenation, repetition, comparison, hashing and pickling hooks.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'


class BadBytes:
    def __bytes__(self):
        return bytearray(b'x')


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Both:
    def __bytes__(self):
        return b'bytes wins'

    def __index__(self):
        return 3


for T in ('bytes', 'bytearray'):
    print('---', T)
    for args in ('', '3', '0', 'Idx(2)', '[65, 66, 67]', '(1, 2)', 'range(3)', 'iter([255])', "b'abc'", "bytearray(b'xy')",
                 "memoryview(b'mv')", "'abc', 'ascii'", "'caf\\xe9', 'utf-8'", "'caf\\xe9', 'ascii'",
                 "'caf\\xe9', 'ascii', 'ignore'", "'caf\\xe9', encoding='latin-1'", "source='x', encoding='utf-8'",
                 "'abc'", "b'abc', 'ascii'", "3, 'ascii'", "encoding='ascii'", "errors='strict'", '-1', '[256]', '[-1]',
                 "['a']", '[1.0]', '1.5', 'None', 'object()', 'WithBytes()', 'BadBytes()', 'Both()', '[Idx(7)]',
                 "{1: 'a', 2: 'b'}", "'x', 'nope'", "'x', 'ascii', 'nope'", "'x', 1", '3, 4', "x=1", '10**30',
                 "memoryview(b'abcd')[1:3]", "memoryview(bytearray(b'ab'))"):
        show(T + '(' + args + ')')

print('--- repr')
for v in (b'', b"'", b'"', b'\'"', b'\t\n\r\\', b'\x00\x7f\x80\xff', bytes(range(30, 40))):
    print(repr(v), repr(bytearray(v)), str(v), str(bytearray(v)))

print('--- index/slice')
b = b'abcdefgh'
ba = bytearray(b)
for key in ('0', '-1', '7', '-8', '8', '-9', 'Idx(1)', 'True', '10**30', "'a'", '1.0', 'None', '1:3', '::2', '::-1',
            '-3:', ':100', '5:2', '6:1:-2', 'slice(None, None, 3)', 'slice(Idx(1), Idx(5))', '::0', "'a':"):
    show('b[' + key + ']')
    show('ba[' + key + ']')

print('--- concat/repeat')
for expr in [
    "b'ab' + b'cd'", "b'ab' + bytearray(b'cd')", "bytearray(b'ab') + b'cd'", "b'ab' + memoryview(b'cd')",
    "bytearray(b'ab') + memoryview(b'cd')", "b'ab' + 'cd'", "bytearray(b'ab') + 'cd'", "b'ab' + 1", "'ab' + b'cd'",
    "[1] + b'cd'", "b'ab' * 3", "3 * b'ab'", "b'ab' * 0", "b'ab' * -2", "bytearray(b'ab') * 2", "2 * bytearray(b'ab')",
    "b'ab' * Idx(2)", "b'ab' * 1.5", "bytearray(b'ab') * 'x'", "b'ab' * True", "memoryview(b'a') + b'b'",
    "b'a' * (2**62)", "b'' * (2**62)",
]:
    show(expr)
x = b'same'
print(x * 1 is x, x + b'' is x, b'' + x is x)

print('--- compare')
vals = [b'abc', bytearray(b'abc'), b'abd', bytearray(b'ab'), b'', memoryview(b'abc')]
for a in vals:
    row = []
    for c in vals:
        r = []
        for op in ('==', '!=', '<', '<=', '>', '>='):
            try:
                r.append('T' if eval('a ' + op + ' c') else 'F')
            except TypeError:
                r.append('E')
        row.append(''.join(r))
    print(type(a).__name__, row)
for expr in ["b'a' == 'a'", "b'a' != 'a'", "bytearray(b'a') == 'a'", "b'a' < 'a'", "bytearray(b'a') < 'b'",
             "b'a' == 97", "b'\\xff' > b'\\x01'", "bytearray(b'\\xff') > b'\\x01'", "b'a' < [1]",
             "b'abc' < bytearray(b'abd')", "b'a' == memoryview(b'a')", "b'a' < memoryview(b'b')"]:
    show(expr)

print('--- hash')
print(hash(b'') == hash(''), hash(b'abc') == hash(b'abc'), hash(b'abc') == hash(bytes(bytearray(b'abc'))))
print(hash(b'abc'), hash(b'\xff\x00'), hash(b''))
for expr in ["hash(bytearray(b'a'))", "{b'a': 1}[b'a']", "{bytearray(b'a'): 1}", "bytearray.__hash__", "b'k' in {b'k'}"]:
    show(expr)

print('--- conversions and hooks')
for expr in [
    "b'abc'.__bytes__()", "type(b'abc'.__bytes__())", "bytes.__bytes__(b'x')", "b'x'.__getnewargs__()",
    "bytearray(b'a\\xff').__reduce__()", "bytearray(b'a\\xff').__reduce_ex__(2)", "bytearray(b'a\\xff').__reduce_ex__(3)",
    "bytearray().__reduce__()", "bytearray(b'ab').__alloc__() >= 3", "bytearray().__alloc__()",
    "b'caf\\xc3\\xa9'.decode()", "b'caf\\xc3\\xa9'.decode('latin-1')", "bytearray(b'caf\\xc3\\xa9').decode(encoding='utf-8')",
    "b'\\x80'.decode()", "b'\\xff'.decode()", "b'\\xff'.decode('ascii', 'replace')", "b'\\xff'.decode(errors='ignore')", "b'x'.decode(1)",
    "str(b'x', 'ascii')", "str(bytearray(b'x'), 'ascii')", "str(memoryview(b'mv'), 'ascii')", "len(b'abc')",
    "len(bytearray(b'ab'))", "list(b'ab')", "list(bytearray(b'ab'))", "list(reversed(b'abc'))",
    "type(iter(b'x')).__name__", "type(iter(bytearray(b'x'))).__name__", "bool(b'')", "bool(bytearray(b'\\x00'))",
    "b'abc'.__len__()", "b'abc'.__getitem__(1)", "b'abc'.__contains__(98)", "bytes.__new__(bytes, b'x')",
    "bytearray.__new__(bytearray).__len__()", "isinstance(b'', bytes)", "isinstance(bytearray(), bytes)",
    "bytes.__name__", "bytearray.__name__", "b'a'.__class__", "bytearray.__mro__",
    "b'x'.__buffer__(0).tobytes()", "bytearray(b'y').__buffer__(0).tobytes()", "bytes.__buffer__(b'z', 0).readonly",
]:
    show(expr)
it = iter(bytearray(b'ab'))
print(next(it), next(it), next(it, 'done'))
ba = bytearray(b'xyz')
it = iter(ba)
print(next(it))
ba[1] = 65
print(next(it), list(it))

print('--- subclasses')


class B(bytes):
    pass


class BA(bytearray):
    pass


class Doubled(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


b = B(b'x')
x = BA(b'ab')
print(repr(B(b'q')), repr(BA(b'q')), B(3), BA(3), B([1, 2]), B('x', 'ascii'), BA('y', 'ascii'), isinstance(b, bytes))
print(type(B(b'q').strip()).__name__, type(B(b'q')[:]).__name__, type(B(b'q') * 1).__name__, type(BA(b'q').upper()).__name__)
print(B.fromhex('41'), type(B.fromhex('41')).__name__, BA.fromhex('41'), Doubled(b'ab'), Doubled.fromhex('41'))
print(type(b.__bytes__()).__name__, type(bytes(b)).__name__, b.__getnewargs__(), type(b + b'').__name__,
      type(b''.join([b])).__name__, memoryview(b).obj is b)
print(B(b'%s') % b'x', type(B(b'%s') % b'x').__name__, BA(b'%s') % b'y', type(BA(b'%s') % b'y').__name__)
print(list(iter(x)), type(iter(x)).__name__, type(B(b'ab').partition(b'a')[0]).__name__,
      type(B(b'ab').partition(b'z')[0]).__name__)
print(B(b'ab') == b'ab', hash(B(b'ab')) == hash(b'ab'), b'ab' == BA(b'ab'), BA(b'x') + b'y', type(BA(b'x') * 2).__name__,
      type(B(b'x') * 2).__name__)
print(x.__reduce_ex__(4), x.__reduce__())
x.k = 1
print(x.__reduce_ex__(4))
x.append(99)
x[0:1] = b'ZZ'
print(x, len(x), x.pop(), x)
