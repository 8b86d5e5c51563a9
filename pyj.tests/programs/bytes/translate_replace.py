# bytes/bytearray replace, translate (with delete) and maketrans.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


for T in ('', 'bytearray'):
    for src in ("b'one two one two one'", "b'aaa'", "b''", "b'abc'"):
        obj = T + '(' + src + ')'
        for args in ("b'one', b'1'", "b'one', b'ONE', 2", "b'one', b'', 1", "b'', b'-'", "b'', b'-', 2",
                     "b'a', b'bb'", "b'aa', b'b'", "b'x', b'y'", "b'one', b'1', -1", "b'one', b'1', 0",
                     "bytearray(b'two'), memoryview(b'2')", "b'', b''", "b'one', b'1', count=1"):
            show(obj + '.replace(' + args + ')')

for expr in [
    "b'a'.replace('a', b'b')", "b'a'.replace(b'a', 'b')", "b'a'.replace(b'a')", "b'a'.replace(b'a', b'b', 1, 2)",
    "b'a'.replace(b'a', b'b', 'x')", "b'a'.replace(97, b'b')", "b'aaa'.replace(b'a', b'b', 1.0)",
    "bytearray(b'a').replace(b'a', 'b')",
]:
    show(expr)

print('--- maketrans/translate')
t = bytes.maketrans(b'abc', b'xyz')
print(type(t), len(t), t[95:101])
t2 = bytearray.maketrans(bytearray(b'ab'), memoryview(b'AB'))
print(type(t2), t2[96:100])
print(b''.maketrans(b'', b'') == bytes(range(256)))
for expr in [
    "b'abcabc'.translate(bytes.maketrans(b'abc', b'xyz'))", "b'abcabc'.translate(None)",
    "b'abcabc'.translate(None, b'b')", "b'abcabc'.translate(bytes.maketrans(b'a', b'A'), b'c')",
    "b'abcabc'.translate(None, delete=b'ac')", "b'abc'.translate(bytearray(bytes.maketrans(b'b', b'B')))",
    "bytearray(b'abcabc').translate(None, b'a')", "bytearray(b'abc').translate(bytes.maketrans(b'c', b'C'))",
    "b'abc'.translate(b'x')", "b'abc'.translate('x' * 256)", "b'abc'.translate(None, 'a')",
    "b'abc'.translate()", "b'abc'.translate(None, b'a', b'b')", "b'abc'.translate(table=None)",
    "bytes.maketrans(b'ab', b'x')", "bytes.maketrans('a', 'b')", "bytes.maketrans(b'a')", "bytes.maketrans(b'a', 98)",
    "bytes.maketrans(b'a', b'b', b'c')", "b'\\xff\\x00'.translate(bytes.maketrans(b'\\xff', b'\\x01'))",
    "b'abc'.translate(memoryview(bytes(range(256))))", "b'abc'.translate(None, memoryview(b'b'))",
]:
    show(expr)
b = b'same'
print(b.translate(None) is b, b.translate(None, b'') is b, b.replace(b'x', b'y') is b, b.replace(b's', b's', 0) is b)
ba = bytearray(b'same')
print(ba.translate(None) is ba, ba.replace(b'x', b'y') is ba)
