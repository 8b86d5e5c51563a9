# memoryview over bytes, bytearray and other memoryviews: indexing, slicing, writes through, attributes, cast, compare, release.


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


m = memoryview(b'abcdef')
ba = bytearray(b'hello world')
w = memoryview(ba)
for expr in [
    "len(m)", "m[0]", "m[-1]", "m[Idx(2)]", "m[6]", "m[-7]", "m['a']", "m[1.0]", "m[10**30]", "m[True]", "m[...]",
    "m[1:3].tobytes()", "m[::2].tobytes()", "m[::-1].tobytes()", "m[4:1:-1].tobytes()", "m[5:2].tobytes()", "m[::0]",
    "type(m[1:3]).__name__", "m.tobytes()", "m.tolist()", "m[1:4].tolist()", "m.hex()", "m[::2].hex(':')",
    "m.readonly", "w.readonly", "m.format", "m.itemsize", "m.nbytes", "m[::2].nbytes", "m.ndim", "m.shape",
    "m.strides", "m[::2].strides", "m[::-1].strides", "m.suboffsets", "m.obj", "w.obj is ba", "m[1:3].obj",
    "m.c_contiguous", "m.f_contiguous", "m.contiguous", "m[::2].contiguous", "m[::2].c_contiguous", "m[1:3].contiguous",
    "bytes(m)", "bytes(m[::2])", "bytearray(m[1:])", "list(m)", "list(m[::-2])", "97 in m", "b'a' in m", "'a' in m",
    "m == b'abcdef'", "m == bytearray(b'abcdef')", "m == memoryview(b'abcdef')", "m == m", "m != b'abc'",
    "m[::2] == b'ace'", "m == 'abcdef'", "m == [97, 98, 99, 100, 101, 102]", "m < m", "m <= b'x'", "m > b'a'",
    "hash(m) == hash(b'abcdef')", "hash(m[::2]) == hash(b'ace')", "hash(w)", "m.cast('B').tolist()",
    "m.cast('c').tolist()", "m.cast('c')[0]", "m.cast('c').format", "m.cast('B') == m", "m.cast('c') == m",
    "m.cast('c') == m.cast('c')", "m.cast('b').tolist()", "m.cast('b').format", "m[::2].cast('B')", "m.cast('x')", "m.cast(1)",
    "m.cast('B', [6]).shape", "m.cast()", "m.toreadonly().readonly", "w.toreadonly().readonly", "m.toreadonly() == m",
    "memoryview(m).tobytes()", "memoryview(m[1:3]).tolist()", "memoryview(m) == m", "memoryview(w).readonly",
    "memoryview('abc')", "memoryview(5)", "memoryview([1, 2])", "memoryview(None)", "memoryview()", "memoryview(b'a', b'b')",
    "memoryview(object=b'xy').tobytes()", "memoryview(obj=b'x')", "bool(memoryview(b''))", "bool(m)",
    "memoryview(b'').tolist()", "memoryview(b'').tobytes()", "memoryview(b'').shape", "m.tobytes('C')",
    "m.tobytes('F')", "m.tobytes('A')", "m.tobytes(None)", "m.tobytes('X')", "m.tolist(1)", "b'x' + m", "m + b'x'",
    "m * 2", "m.index", "str(memoryview(b'xy'), 'ascii')", "b''.join([m, m[::2]])", "b'abcdef'.find(m[2:4])",
    "bytearray(b'ab') + m", "m.__len__()", "memoryview.__name__", "type(m)", "memoryview(b'z').release()",
    "list(reversed(memoryview(b'abc')))", "sorted(memoryview(b'cab'))", "w.cast('c')[0]",
    "b''.join([m[::2]])", "b'abc'.find(m[::2])", "b'x' + m[::2]", "b'%s' % m[::2]", "bytearray(b'abc') == m[::2]",
    "memoryview(m[::2]).tolist()", "memoryview(m[::-1])[1:3].tobytes()", "m[::2][::-1].tolist()", "m[1:][1:][1:].tobytes()",
    "m.__buffer__(0).tobytes()", "m.__buffer__(1)", "w.__buffer__(1).readonly", "w.toreadonly().__buffer__(1)",
    "m[::2].__buffer__(0)", "m.__buffer__('x')", "b'ab'.__buffer__(1)", "bytearray(b'ab').__buffer__(1).readonly",
    "ba.__buffer__(0).obj is ba", "m.__release_buffer__(5)", "ba.__release_buffer__(m)", "m.__release_buffer__(m)",
    "m[(1,)]", "m[(-1,)]", "m[(9,)]", "m[(0, 0)]", "m[()]", "m[(slice(0, 1),)]", "m[0:1, 0:1]", "m[('a',)]",
    "m.cast(None)", "memoryview(b'\\xff').cast('b').tolist()", "memoryview(b'\\xff').cast('b') == b'\\xff'",
    "memoryview(b'\\x7f').cast('b') == b'\\x7f'", "memoryview(b'').cast('c') == b''", "m.cast('@B').format",
    "m.cast('<B')", "m.cast('BB')", "m.cast('i')", "m.cast('B', 6)", "m.cast('B', [7])", "m.cast('B', (6,)).tolist()",
    "hash(m.cast('c')) == hash(b'abcdef')", "memoryview(bytearray(1)).cast('b').__setitem__(0, -128)",
    "memoryview(bytearray(1)).cast('b').__setitem__(0, 128)", "memoryview(bytearray(2))[(0,)]",
]:
    show(expr)
for stmt in ["m[0] = 1", "del w[0]", "del m[0]", "m[0:1] = b'x'", "w[0:2] = b'x'", "w[0] = b'x'", "w[0] = 256", "w[0] = -1",
             "w[0] = 'a'", "w[0] = 1.0", "w[20] = 1", "w[-20] = 1", "w[::2] = b'abc'", "w[::0] = b''", "w[0:1] = 'x'",
             "w[0:1] = [65]", "w['a'] = 1", "w[0:2] = memoryview(b'xy')", "w[0:3] = memoryview(b'abcdef')[::2]",
             "w[0:1] = bytearray(b'Z')", "w[...] = 1", "w[0] = True", "w[:] = w", "w[(1,)] = 66", "w[(0, 0)] = 1",
             "w[()] = 1", "w[(slice(0, 1),)] = b'x'", "w[0:1] = w.cast('c')[0:1]", "w[(20,)] = 1"]:
    try:
        exec(stmt)
        print(stmt, '->', ba)
    except Exception as e:
        print(stmt, '->', type(e).__name__ + ':', e)

print('--- writes through')
ba = bytearray(b'hello world')
w = memoryview(ba)
w[0] = 72
w[1:3] = b'EY'
w[-5:] = bytearray(b'WORLD')
print(ba, w.tobytes(), w[0], w[-1])
w[::2] = b'ABCDEF'
print(ba)
w[Idx(1)] = Idx(33)
print(ba)
part = w[2:6]
part[0] = ord('#')
part[1:3] = b'!!'
print(ba, part.tobytes(), part.obj is ba, len(part))
rev = w[::-1]
rev[0] = ord('$')
print(ba, rev.tobytes()[:3])
ba[0] = ord('z')
print(w[0], part.tolist(), w[:1].tobytes())
c = w.cast('c')
c[0] = b'Q'
print(ba, c[0], c[1:3].tolist())
for stmt in ["c[0] = 81", "c[0] = b'QQ'", "c[0] = bytearray(b'q')", "c[0:2] = b'ab'"]:
    try:
        exec(stmt)
        print(stmt, ba)
    except Exception as e:
        print(stmt, type(e).__name__ + ':', e)
b = bytearray(b'01')
memoryview(b)[1:] = memoryview(b)[:1]
print(b)

print('--- release')
rel = memoryview(b'xyz')
print(rel.release(), rel.release())
for expr in ["rel[0]", "len(rel)", "rel.tobytes()", "rel.tolist()", "rel.hex()", "rel.readonly", "rel.format",
             "rel.itemsize", "rel.nbytes", "rel.ndim", "rel.shape", "rel.strides", "rel.obj", "bytes(rel)",
             "rel == rel", "rel == b'xyz'", "rel != b'xyz'", "rel[0:1]", "list(rel)", "b'x' + rel", "bytearray(rel)",
             "b'xyz'.find(rel)", "hash(rel)", "rel.cast('B')", "memoryview(rel)", "rel.toreadonly()", "rel.c_contiguous",
             "'released' in repr(rel)", "rel.__enter__()", "b'%s' % rel"]:
    show(expr)
with memoryview(bytearray(b'ctx')) as cm:
    print(cm.tobytes(), cm[0])
show("cm.tobytes()")
cm2 = memoryview(b'q')
with cm2 as cm3:
    print(cm3 is cm2)
print('released' in repr(cm2), repr(memoryview(b'')).startswith('<memory at 0x'))
try:
    with memoryview(b'e') as cm4:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError propagated', e)
show("cm4[0]")
print(memoryview(b'x').__exit__(None, None, None))
