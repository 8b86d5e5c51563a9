# bytearray mutation: item and slice assignment/deletion (extended slices too), insert, remove, reverse, append, extend, pop, clear, copy, += and *=.


def attempt(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def run(stmt, init=b'abcdefgh'):
    ba = bytearray(init)
    env = {'ba': ba, 'Idx': Idx}
    try:
        exec(stmt, env)
        print(stmt, '->', ba)
    except Exception as e:
        print(stmt, '->', type(e).__name__ + ':', e, ba)


print('--- item assignment')
for stmt in ['ba[0] = 65', 'ba[-1] = 0', 'ba[8] = 1', 'ba[-9] = 1', 'ba[0] = 256', 'ba[0] = -1', "ba[0] = b'x'",
             "ba[0] = 'x'", 'ba[0] = 1.0', 'ba[Idx(2)] = Idx(66)', "ba['x'] = 1", 'ba[1.5] = 1', 'ba[10**30] = 1',
             'ba[True] = 90', 'ba[0] = None', "ba[8] = 'x'", "ba[10**30] = 'x'", 'ba[-9] = 300']:
    run(stmt)

print('--- slice assignment')
for stmt in ["ba[1:3] = b'XYZ'", "ba[1:3] = b''", "ba[:] = b'new'", "ba[5:2] = b'--'", "ba[100:] = b'end'",
             "ba[-2:] = bytearray(b'!')", "ba[1:4] = [1, 2]", "ba[1:4] = (65,)", "ba[1:2] = range(3)",
             "ba[0:0] = memoryview(b'mv')", "ba[1:3] = 'xy'", "ba[1:3] = 5", "ba[1:3] = [256]", "ba[1:3] = ['a']",
             "ba[1:3] = None", "ba[:] = ba", "ba[2:5] = ba", "ba[::2] = b'ABCD'", "ba[::2] = b'AB'", "ba[1::3] = b'xyz'",
             "ba[::-1] = b'12345678'", "ba[::-2] = [1, 2, 3, 4]", "ba[::2] = b''", "ba[5:1:-1] = b'wxyz'",
             "ba[0:0:2] = b''", "ba[::0] = b''", "ba[1:3] = iter([9])", "ba[::3] = ba[:3]", "ba[1:1] = b'ins'",
             "ba[::2] = memoryview(b'1234')", "ba[1:5:1] = b'Q'", "ba[2:6] = 3", "ba[::2] = 4"]:
    run(stmt)

print('--- deletion')
for stmt in ['del ba[0]', 'del ba[-1]', 'del ba[8]', 'del ba[-9]', 'del ba[1:3]', 'del ba[:]', 'del ba[::2]',
             'del ba[::-3]', 'del ba[5:1:-1]', 'del ba[100:]', 'del ba[::0]', "del ba['a']", 'del ba[Idx(1)]',
             'del ba[1::2]', 'del ba[-100:2]']:
    run(stmt)

print('--- methods')
for stmt in ['ba.insert(0, 33)', 'ba.insert(-1, 33)', 'ba.insert(100, 33)', 'ba.insert(-100, 33)', 'ba.insert(3, 256)',
             "ba.insert(0, b'x')", 'ba.insert(0)', "ba.insert('a', 1)", 'ba.insert(Idx(1), Idx(70))', 'ba.insert(10**30, 1)',
             'ba.remove(99)', 'ba.remove(122)', 'ba.remove(256)', "ba.remove(b'c')", 'ba.remove()', 'ba.remove(Idx(97))',
             'ba.reverse()', 'ba.reverse(1)', 'ba.append(65)', 'ba.append(256)', "ba.append(b'a')", "ba.append('a')",
             'ba.append(Idx(66))', 'ba.append()', "ba.extend(b'xyz')", 'ba.extend([1, 2])', "ba.extend('abc')",
             'ba.extend(5)', 'ba.extend([300])', "ba.extend(memoryview(b'mv'))", 'ba.extend(x for x in (70, 71))',
             "ba.extend(['a'])", 'ba.extend(ba)', 'ba.extend(iter(range(3)))', 'ba.extend(bytearray())',
             'r = ba.pop(); print(r)', 'r = ba.pop(0); print(r)', 'r = ba.pop(-2); print(r)', 'ba.pop(8)', 'ba.pop(-9)',
             "ba.pop('x')", 'ba.pop(1, 2)', 'r = ba.pop(Idx(1)); print(r)', 'ba.clear()', 'ba.clear(1)',
             'c = ba.copy(); c[0] = 0; print(c, type(c))', 'ba.copy(1)', 'ba.pop(10**30)']:
    run(stmt)
for stmt in ['ba.pop()', 'ba.pop(0)', 'ba.remove(1)', 'ba.reverse()', 'ba.insert(0, 1)', 'del ba[0]', 'ba[0] = 1',
             'ba[:] = b""', 'ba.clear()']:
    run(stmt, b'')

print('--- in-place operators')
for stmt in ["ba += b'++'", "ba += bytearray(b'!')", "ba += memoryview(b'mv')", "ba += 'str'", 'ba += 5', 'ba += [1]',
             'ba *= 2', 'ba *= 0', 'ba *= -1', "ba *= 'x'", 'ba *= 1.5', 'ba *= Idx(2)', 'ba += ba', 'ba *= True']:
    run(stmt, b'ab')
ba = bytearray(b'id')
same = ba
ba += b'!'
ba *= 2
print(ba is same, ba)
print(bytearray(b'ab').__imul__(3), bytearray(b'ab').__iadd__(b'c'), bytearray(b'ab').__mul__(2), bytearray(b'ab').__rmul__(2))
attempt('__imul__ str', lambda: bytearray(b'ab').__imul__('x'))
attempt('__iadd__ int', lambda: bytearray(b'ab').__iadd__(1))
attempt('setitem str key', lambda: bytearray(b'ab').__setitem__('x', 1))
attempt('delitem', lambda: bytearray(b'abc').__delitem__(1))
attempt('bytes setitem', lambda: exec("b = b'ab'; b[0] = 1"))
attempt('bytes delitem', lambda: exec("b = b'ab'; del b[0]"))
attempt('bytes append', lambda: b'ab'.append(1))
attempt('bytes +=', lambda: exec("b = b'ab'; c = b; b += b'c'; print(b, c, b is c)"))
attempt('bytes *=', lambda: exec("b = b'ab'; c = b; b *= 2; print(b, c, b is c)"))
ba = bytearray(b'abc')
m = memoryview(ba)
m.release()
ba.append(100)
print(ba)
