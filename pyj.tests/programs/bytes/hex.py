# hex() with separators and bytes_per_sep for bytes, bytearray and memoryview; fromhex parsing and errors.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


for T in ('', 'bytearray', 'memoryview'):
    for src in ("b'\\x00\\x01\\xab\\xcd\\xef\\xff\\x10'", "b''", "b'\\x7f'", "b'abcd'"):
        obj = T + '(' + src + ')'
        for args in ('', "':'", "b'-'", "':', 1", "':', 2", "':', -2", "':', 3", "' ', 0", "':', 7", "':', 100",
                     "':', -100", "sep='_'", "sep=b'.', bytes_per_sep=2", "bytes_per_sep=2", "':', bytes_per_sep=-3"):
            show(obj + '.hex(' + args + ')')

for expr in [
    "b'ab'.hex('::')", "b'ab'.hex('')", "b'ab'.hex('\\xe9')", "b'ab'.hex(b'\\xe9')", "b'ab'.hex(1)", "b'ab'.hex(':', 'x')",
    "b'ab'.hex(':', 1.0)", "b'ab'.hex(':', 1, 2)", "b'ab'.hex(x=1)", "bytearray(b'ab').hex(b'')", "b'ab'.hex(None)",
    "b'ab'.hex(':', 10**30)", "memoryview(b'ab').hex(':', 2)",
]:
    show(expr)

print('--- fromhex')
for T in ('bytes', 'bytearray'):
    for arg in ("''", "'00'", "'de ad be ef'", "'DEADbeef'", "' 01  02 '", "'0'", "'0 1'", "'zz'", "'0g'", "'01 0'",
                "'\\t01\\n02\\x0b03\\x0c04\\r'", "'1 2'", "'abc'", "'ab cd e'", "'\\xe9'", "' \\xa0 '", "'٠١'",
                "b'01'", "1", "bytearray(b'ab')", "'00' * 3", "'0x'", "'a b'"):
        show(T + '.fromhex(' + arg + ')')
for expr in ["bytes.fromhex()", "bytes.fromhex('00', '11')", "bytes.fromhex(string='00')", "b'x'.fromhex('41')",
             "bytearray(b'zz').fromhex('4142')", "type(bytearray.fromhex('41'))"]:
    show(expr)
