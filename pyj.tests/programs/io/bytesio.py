# io.BytesIO: reading, writing past the end, seek/tell/truncate, lines, readinto, closed and bad arguments.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.tell(), b.read1(2), b.read(), b.read(), b.tell())
print(b.seek(0), b.readline(), b.readline(3), b.readline(-1), b.readline(None), b.readline())
b.seek(0)
print(b.readlines(), b.seek(0), b.readlines(7), b.readlines(None))
b.seek(0)
print(list(b), b.getvalue())
print(b.seek(2), b.write(b"LL"), b.tell(), b.getvalue())
print(b.seek(20), b.write(b"!"), b.tell(), b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(-5, 1), b.read(2), b.seek(-100, 1), b.tell(), b.seek(-100, 2))
print(b.truncate(5), b.tell(), b.getvalue(), b.truncate(), b.getvalue(), b.truncate(50), b.getvalue())
print(b.write(bytearray(b"ab")), b.write(memoryview(b"cd")), b.writelines([b"e", bytearray(b"f")]), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)

target = bytearray(4)
r = io.BytesIO(b"0123456789")
print(r.readinto(target), target, r.readinto(target), target, r.readinto(bytearray(10)), r.readinto(target), target)
view = memoryview(bytearray(3))
r.seek(1)
print(r.readinto(view), bytes(view))

print(io.BytesIO().getvalue(), io.BytesIO(None).read(), io.BytesIO(initial_bytes=b"kw").read(), io.BytesIO(bytearray(b"ba")).read())
init = io.BytesIO(b"abc")
init.seek(2)
init.__init__(b"xyz")
print(init.tell(), init.read())

for label, f in [
    ("str init", lambda: io.BytesIO("text")),
    ("int init", lambda: io.BytesIO(3)),
    ("write str", lambda: io.BytesIO().write("s")),
    ("read str", lambda: io.BytesIO().read("1")),
    ("readline str", lambda: io.BytesIO().readline("1")),
    ("readlines str", lambda: io.BytesIO().readlines("1")),
    ("read float", lambda: io.BytesIO().read(1.5)),
    ("seek negative", lambda: io.BytesIO().seek(-1)),
    ("seek whence", lambda: io.BytesIO().seek(0, 3)),
    ("seek float", lambda: io.BytesIO().seek(1.0)),
    ("truncate negative", lambda: io.BytesIO().truncate(-1)),
    ("readinto bytes", lambda: io.BytesIO(b"x").readinto(b"y")),
    ("fileno", lambda: io.BytesIO().fileno()),
    ("detach", lambda: io.BytesIO().detach()),
    ("too many", lambda: io.BytesIO().read(1, 2)),
]:
    attempt(label, f)

c = io.BytesIO(b"data")
with c as entered:
    print(entered is c, entered.read(2))
print(c.closed)
for name in ["read", "read1", "readline", "readlines", "getvalue", "tell", "truncate", "flush", "isatty",
             "readable", "writable", "seekable", "__next__"]:
    attempt(name, getattr(c, name))
attempt("write", lambda: c.write(b"x"))
attempt("seek", lambda: c.seek(0))
attempt("readinto", lambda: c.readinto(bytearray(1)))
attempt("writelines", lambda: c.writelines([b"x"]))
attempt("enter", lambda: c.__enter__())
attempt("iter", lambda: iter(c) is c)
attempt("close again", c.close)
print(isinstance(c, io.BufferedIOBase), isinstance(c, io.IOBase), isinstance(c, io.RawIOBase), type(c).__name__)
