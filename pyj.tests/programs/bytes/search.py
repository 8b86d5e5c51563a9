# bytes/bytearray searching: count, find, index, rfind, rindex, startswith, endswith and `in`, with every argument form.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for T in ('b', 'bytearray(b'):
    close = '' if T == 'b' else ')'
    print('---', T)
    data = T + "'abcabcab'" + close
    for meth in ('count', 'find', 'index', 'rfind', 'rindex'):
        for args in ("b'ab'", "b'c'", "b'zz'", "b''", '98', 'ord("z")', "bytearray(b'ca')", "memoryview(b'bc')",
                     "b'ab', 1", "b'ab', -3", "b'ab', 1, 4", "b'ab', 3, 5", "b'ab', None, None", "b'ab', -100, 100",
                     "b'', 9", "b'', 8", "b'', 20", "b'', 3, 2", "97, 1", "97, 1, -2", "b'b', Idx(2), Idx(-1)"):
            show(data + '.' + meth + '(' + args + ')')

for expr in [
    "b'abc'.find('a')", "b'abc'.find(256)", "b'abc'.find(-1)", "b'abc'.find(1.5)", "b'abc'.count([1])",
    "b'abc'.index(b'z')", "b'abc'.rindex(b'z')", "bytearray(b'abc').index(b'z')", "b'abc'.index(120)",
    "b'abc'.find(b'a', 'x')", "b'abc'.find(b'a', 0, 1.0)", "b'abc'.find()", "b'abc'.find(b'a', 0, 1, 2)",
    "b'abc'.count()", "b'abc'.find(sub=b'a')", "b'abc'.index(b'c', 10**30)", "b'abc'.find(b'c', -10**30)",
    "b'abc'.find(10**30)", "b'abc'.find(True)", "bytearray(b'abc').rfind('c')", "b'abc'.find((b'a',))",
    "b'abc'.count(Idx(98))", "b'aaaa'.count(b'aa')", "b'aaaa'.count(b'')", "b''.count(b'')", "b''.find(b'')",
    "b''.rfind(b'', 1)", "b'abc'.rfind(b'')", "b'abcabc'.rindex(98, 0, 4)",
]:
    show(expr)

print('--- startswith/endswith')
for expr in [
    "b'hello'.startswith(b'he')", "b'hello'.startswith(b'lo')", "b'hello'.endswith(b'lo')",
    "b'hello'.startswith((b'x', b'he'))", "b'hello'.endswith((b'x', bytearray(b'llo')))", "b'hello'.startswith(())",
    "b'hello'.startswith(b'll', 2)", "b'hello'.startswith(b'll', 2, 3)", "b'hello'.startswith(b'll', 2, 4)",
    "b'hello'.endswith(b'l', 0, 4)", "b'hello'.endswith(b'l', -2, -1)", "b'hello'.startswith(b'', 5)",
    "b'hello'.startswith(b'', 6)", "b'hello'.endswith(b'', 6)", "b'hello'.endswith(b'', 3, 2)",
    "b'hello'.startswith(b'h', None, None)", "b'hello'.endswith(memoryview(b'lo'))",
    "bytearray(b'hello').startswith(b'he')", "bytearray(b'hello').endswith((b'lo',))",
    "b'hello'.startswith('he')", "b'hello'.endswith('lo')", "b'hello'.startswith(104)", "b'hello'.startswith(['h'])",
    "b'hello'.startswith((b'x', 'h'))", "b'hello'.endswith((1,))", "b'hello'.startswith()",
    "b'hello'.startswith(b'h', 'x')", "bytearray(b'hello').startswith('h')", "b'hello'.startswith(b'h', 0, 1, 2)",
    "b'hello'.startswith(prefix=b'h')", "b'hello'.startswith(b'h', -100)", "b'hello'.endswith(b'o', 0, 100)",
]:
    show(expr)

print('--- in')
for expr in [
    "b'a' in b'abc'", "b'ac' in b'abc'", "b'' in b'abc'", "97 in b'abc'", "100 in b'abc'", "bytearray(b'bc') in b'abc'",
    "memoryview(b'ab') in b'abc'", "'a' in b'abc'", "256 in b'abc'", "-1 in b'abc'", "1.0 in b'abc'",
    "None in bytearray(b'x')", "b'b' in bytearray(b'abc')", "98 in bytearray(b'abc')", "Idx(99) in b'abc'",
    "[97] in b'abc'", "10**40 in b'abc'", "True in b'\\x01'",
]:
    show(expr)
