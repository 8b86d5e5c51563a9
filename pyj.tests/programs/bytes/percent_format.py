# printf-style formatting of bytes and bytearray: b'...' % args, every conversion, flags, mappings and errors.


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)


class WithBytes:
    def __bytes__(self):
        return b'<wb>'


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


class Num:
    def __index__(self):
        return 42


class Reprs:
    def __repr__(self):
        return 'R\xe9pr'


for T in ('', 'bytearray'):
    for expr in [
        "b'%s' % b'abc'", "b'%s' % (b'abc',)", "b'%b' % bytearray(b'xy')", "b'%s' % memoryview(b'mv')",
        "b'%s|%s' % (b'a', WithBytes())", "b'%s' % 'str'", "b'%b' % 5", "b'%s' % BadBytes()", "b'%5s|%-5s|' % (b'ab', b'cd')",
        "b'%.2s' % b'abcdef'", "b'%r' % 'caf\\xe9'", "b'%a' % 'caf\\xe9'", "b'%r' % b'x'", "b'%a' % Reprs()",
        "b'%c' % 65", "b'%c' % b'Z'", "b'%c' % bytearray(b'Y')", "b'%c' % 256", "b'%c' % -1", "b'%c' % b'ab'",
        "b'%c' % 'a'", "b'%c' % 1.5", "b'%d %i %u' % (1, -2, 3)", "b'%x %X %o' % (255, 255, 8)",
        "b'%#x %#X %#o' % (255, 255, 8)", "b'%05d|%-5d|%+d|% d' % (42, 42, 42, 42)", "b'%.3d' % 7",
        "b'%e %E %f %F %g %G' % (1.5, 1.5, 1.5, 1.5, 1.5e10, 1.5e-10)", "b'%.2f|%10.3f|%-10.1f|' % (3.14159, 2.5, 1.25)",
        "b'%d' % 3.9", "b'%x' % 3.9", "b'%d' % Num()", "b'%x' % Num()", "b'%d' % 'x'", "b'%f' % 'x'", "b'%d' % 10**25",
        "b'%%' % ()", "b'100%%' % ()", "b'%s %s' % (b'a',)", "b'%s' % (b'a', b'b')", "b'%(k)s' % {b'k': b'v'}",
        "b'%(k)s' % {'k': b'v'}", "b'%(a)s-%(b)d' % {b'a': b'x', b'b': 5}", "b'%(k)s' % (1,)", "b'%s' % {b'k': 1}",
        "b'%z' % 1", "b'%' % 1", "b'%*d' % (5, 3)", "b'%-*d|' % (5, 3)", "b'%.*f' % (2, 3.14159)", "b'%*d' % ('x', 3)",
        "b'abc' % ()", "b'abc' % 5", "b'abc' % b'x'", "b'abc' % []", "b'%s' % []", "b'%s' % None", "b'%r' % None",
        "b'%5c|' % 65", "b'%(a)s %s' % {b'a': b'1'}", "b'%ld %hd %Ld' % (1, 2, 3)", "b'\\xe9%s' % b'\\xff'",
        "b'%s' % (b'x' * 3,)", "b'%c' % 255", "b'%10.4s|' % b'abcdefg'", "b'%#5x|%-#6o|' % (10, 10)",
        "b'%s' % 1", "b'%-%' % ()", "b'%5%' % (1,)", "b'%(a)%' % {b'a': 1}", "b'%\\xff' % (1,)",
        "b'%.0f %.0e' % (2.5, 2.5)", "b'%g' % 1e100", "b'%f' % float('inf')", "b'%05.1f' % -2.5",
    ]:
        show(expr.replace("b'", T + "(b'", 1).replace("' %", "') %", 1) if T else expr)
    print()
print(type(bytearray(b'%s') % b'x'), type(b'%s' % bytearray(b'x')))
for expr in ["'%s' % b'x'", "'s' % b'x'", "'s' % bytearray(b'x')", "'s' % memoryview(b'x')", "'%-%' % (1,)",
             "'%(a)s %s' % {'a': 1}", "b'x'.__mod__(1)", "b'%d'.__mod__(1)", "b'x'.__rmod__(b'y')", "bytearray(b'%d').__mod__(1)",
             "bytearray(b'%d').__rmod__(1)", "1 % b'x'", "[] % bytearray(b'x')"]:
    show(expr)
