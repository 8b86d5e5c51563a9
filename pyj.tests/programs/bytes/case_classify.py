# bytes/bytearray case mapping and character classes: ASCII only, non-ASCII bytes never change.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


samples = [b'', b'hello world', b'HELLO World', b'hello\xe9WORLD\xc9', b"they're bill's friends", b'1st 2nd_3RD',
           b'aBc123', b'\xdf\xff', b'a\tb\nc', b'ABC', b'abc', b'123', b' \t\n\r\x0b\x0c', b'\x1c', b'\x85\xa0',
           b'Hello World', b'Hello world', b'HeLLo', b'A', b'a', b'1', b'_', b'A1 B2', b'\x7f', b'\x80']
for s in samples:
    for obj in (s, bytearray(s)):
        print(repr(obj), [m for m in ('isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle',
                                      'isupper') if getattr(obj, m)()])
        print('   ', obj.lower(), obj.upper(), obj.capitalize(), obj.swapcase(), obj.title())
for name in ('lower', 'upper', 'capitalize', 'swapcase', 'title'):
    src = b'Abc'
    r = getattr(src, name)()
    ba = bytearray(src)
    rb = getattr(ba, name)()
    print(name, type(r).__name__, type(rb).__name__, rb is ba, ba)
print(b''.join(bytes([i]).upper() for i in range(256)) == bytes(range(256)).upper())
print(bytes(range(256)).lower()[60:100], bytes(range(256)).upper()[90:130])
print(bytes(range(256)).swapcase()[60:130])
print(sum(bytes([i]).isalpha() for i in range(256)), sum(bytes([i]).isspace() for i in range(256)),
      sum(bytes([i]).isalnum() for i in range(256)), sum(bytes([i]).isdigit() for i in range(256)))
for expr in ["b'a'.lower(1)", "b'a'.isalpha(None)", "bytearray(b'a').upper(x=1)", "b'a'.title(b'x')"]:
    show(expr)
