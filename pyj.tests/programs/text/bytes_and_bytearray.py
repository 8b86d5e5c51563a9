# bytes and bytearray: literals, methods, mutation, hex, and conversions.
b = b"Hello\x00\xff world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b.upper(), b.split(), b.find(b"o"), b.count(b"l"), b.hex(), b.hex(":", 2))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"a" * 3, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc")
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
del ba[-1]
ba.insert(0, 33)
print(ba, len(ba), ba.pop(), ba.remove(88) if False else ba, bytes(ba), ba.decode(), ba == b"!AXYZde", bytearray(2))
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"),
      b"a,b;c".replace(b";", b","), b"  x ".strip(), b"x".join([b"a", b"b"]), b"abc".startswith(b"ab"), b"%s=%d" % (b"k", 5))
print(repr(bytes(range(0, 256, 17))), b"\t\n\r'\"\\", list(b"ab"), b"abc"[1:2] == b"b", hash(b"x") == hash(b"x"), bytes.maketrans(b"a", b"b"))
for op in ["b'a' + 'b'", "b'\\xff'.decode()", "bytes([256])", "bytearray(b'x')[5]", "b'abc'[0] = 1", "bytes('x')", "hash(bytearray())"]:
    try:
        print(eval(op))
    except Exception as e:
        print(type(e).__name__ + ":", e)
