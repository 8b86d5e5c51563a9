# bytes/bytearray padding and stripping: center, ljust, rjust, zfill, expandtabs, strip/lstrip/rstrip, removeprefix/removesuffix.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


class Idx:
    def __index__(self):
        return 7


for T in ('', 'bytearray'):
    print('---', T or 'bytes')
    for src in ("b'abc'", "b''", "b'ab'", "b'-42'", "b'+7'", "b'x-1'"):
        obj = T + '(' + src + ')'
        for call in ('center(7)', "center(8, b'*')", 'center(2)', 'center(-1)', "ljust(6, b'.')", 'ljust(5)',
                     "rjust(6, bytearray(b'#'))", 'rjust(1)', 'zfill(6)', 'zfill(0)', 'zfill(-3)', 'center(Idx())'):
            show(obj + '.' + call)
    for src in ("b'a\\tbc\\tdef\\n\\tx\\ry\\tz'", "b'\\t'", "b'abcdefgh\\t|'", "b''"):
        obj = T + '(' + src + ')'
        for call in ('expandtabs()', 'expandtabs(4)', 'expandtabs(0)', 'expandtabs(-1)', 'expandtabs(tabsize=3)',
                     'expandtabs(1)'):
            show(obj + '.' + call)
    for src in ("b'  \\t spam \\n\\x0b\\x0c\\r'", "b'xxspamxx'", "b''", "b'\\x1c a \\x1c'", "b'\\xa0a\\xa0'"):
        obj = T + '(' + src + ')'
        for m in ('strip', 'lstrip', 'rstrip'):
            for args in ('', 'None', "b'x'", "b'xa'", "bytearray(b'xs')", "memoryview(b'x')", "b''"):
                show(obj + '.' + m + '(' + args + ')')
    for src in ("b'prefix-body-suffix'", "b''"):
        obj = T + '(' + src + ')'
        for call in ("removeprefix(b'prefix-')", "removeprefix(b'x')", "removeprefix(b'')",
                     "removesuffix(b'-suffix')", "removesuffix(bytearray(b'fix'))", "removesuffix(b'')",
                     "removeprefix(memoryview(b'pre'))"):
            show(obj + '.' + call)

for expr in [
    "b'a'.center(5, 'x')", "b'a'.center(5, b'xy')", "b'a'.center(5, b'')", "b'a'.ljust(5, 120)", "b'a'.rjust(5.0)",
    "b'a'.center()", "b'a'.center(5, b'x', 1)", "bytearray(b'a').ljust(3, b'ab')", "b'a'.zfill('3')", "b'a'.zfill()",
    "b'a'.center(width=5)", "b'a'.ljust(5, fillchar=b'-')", "b'a'.expandtabs('4')", "b'a'.expandtabs(4, 2)",
    "b'a'.strip('a')", "b'a'.lstrip(97)", "bytearray(b'a').rstrip('a')", "b'a'.strip(b'a', b'b')", "b'a'.strip(chars=b'a')",
    "b'a'.removeprefix('a')", "b'a'.removesuffix(None)", "b'a'.removeprefix()", "b'a'.removeprefix(prefix=b'a')",
    "b'a'.center(10**30)", "b'a'.zfill(10**30)",
]:
    show(expr)

b = b'keep'
print(b.ljust(2) is b, b.center(4) is b, b.zfill(3) is b, b.strip() is b, b.removeprefix(b'x') is b,
      b.removesuffix(b'') is b, b.expandtabs() is b)
ba = bytearray(b'keep')
print(ba.ljust(2) is ba, ba.strip() is ba, ba.removeprefix(b'x') is ba, ba.zfill(1) is ba)
