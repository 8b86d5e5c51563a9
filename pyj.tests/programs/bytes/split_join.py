# bytes/bytearray splitting and joining: split, rsplit, splitlines, partition, rpartition, join.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


for T in ("b", "bytearray(b"):
    c = '' if T == 'b' else ')'
    print('---', T)
    for src in ("'  a b\\t\\nc  d \\x0b\\x0ce\\x1cf\\xa0g '", "'a,b,,c,'", "''", "'   '", "'a::b::c'"):
        obj = T + src + c
        for args in ('', 'None', "b','", "b'::'", 'None, 1', "b',', 1", "b',', 2", "b',', -1", "b',', 0",
                     "maxsplit=1", "sep=b','", "b'::', maxsplit=1", "sep=None, maxsplit=2", "bytearray(b',')",
                     "memoryview(b':')"):
            show(obj + '.split(' + args + ')')
            show(obj + '.rsplit(' + args + ')')

for expr in [
    "b'a b'.split('')", "b'a b'.split(b'')", "b'a b'.rsplit(b'')", "b'a b'.split(' ')", "b'a b'.split(1)",
    "b'a b'.split(None, 'x')", "b'a b'.split(b' ', 1.0)", "b'a b'.split(b' ', 1, 2)", "b'a b'.split(x=1)",
    "bytearray(b'a b').split(' ')", "b'a b'.rsplit(' ')", "b'a b c'.split(maxsplit=10**30)",
    "b'a  b c'.rsplit(None, 1)", "b' a b c '.rsplit(None, 1)",
]:
    show(expr)

print('--- splitlines')
for src in ("b'a\\nb\\r\\nc\\rd\\n\\ne'", "b'a\\nb\\n'", "b''", "b'\\n'", "b'x\\x0by\\x0cz\\x1cw\\x85v'", "b'\\r\\r\\n'"):
    for T in ('', 'bytearray'):
        for args in ('', 'True', 'False', 'keepends=True', '1', '0'):
            show(T + '(' + src + ').splitlines(' + args + ')')
for expr in ["b'a'.splitlines(keepends=None)", "b'a'.splitlines('x')", "b'a'.splitlines(1.5)", "b'a'.splitlines(True, 1)",
             "b'a'.splitlines(ends=1)"]:
    show(expr)

print('--- partition')
for T in ('', 'bytearray'):
    for args in ("b'b'", "b'x'", "b'bc'", "bytearray(b'c')", "b''", "'b'", "98", "b'a', b'b'", ""):
        for meth in ('partition', 'rpartition'):
            show(T + "(b'abcabc')." + meth + '(' + args + ')')
r = bytearray(b'abc').partition(b'x')
print(r, r[0] is r, type(r[1]), type(r[2]))
r = b'abc'.partition(b'x')
print(r, type(r[1]))
sep = b'b'
print(b'abc'.partition(sep)[1] is sep, b'abc'.rpartition(sep)[1] is sep)
m = memoryview(b'b')
print(b'abc'.partition(m)[1] is m, [type(x).__name__ for x in b'abc'.rpartition(m)])
print(bytearray(b'abc').partition(m), bytearray(b'abc').rpartition(m))

print('--- join')
for expr in [
    "b','.join([b'a', b'b', b'c'])", "b','.join([])", "b','.join([b'a'])", "b''.join([b'x', bytearray(b'y')])",
    "b'-'.join([memoryview(b'm'), b'n'])", "bytearray(b',').join([b'a', b'b'])", "bytearray(b',').join([])",
    "b','.join((b'a', b'b'))", "b','.join(iter([b'a', b'b']))", "b','.join([b'a', 'b'])", "b','.join([b'a', 1])",
    "b','.join(['a'])", "b','.join(5)", "bytearray(b',').join([b'a', None])", "b','.join(x for x in [b'p', b'q'])",
    "b','.join()", "b','.join([b'a'], [b'b'])", "b','.join({b'k': 1})",
]:
    show(expr)
x = b'solo'
print(b''.join([x]) is x, type(bytearray().join([x])))
