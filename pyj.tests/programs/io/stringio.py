# io.StringIO: code-point positions, newline translation on write, line splitting, seek/truncate rules, closed state.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("héllo\nwörld 😀\nend")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline(4)), s.tell(), repr(s.read()), s.tell())
print(s.seek(0), s.readlines(), s.seek(0), list(s), s.seek(0), s.readlines(8))
print(s.seek(13), repr(s.read(2)), s.seek(0, 2), s.seek(0, 1), s.tell(), len(s.getvalue()))
print(s.seek(3), s.write("L😀L"), s.tell(), repr(s.getvalue()))
print(s.seek(25), s.write("!"), repr(s.getvalue()), s.tell())
print(s.truncate(4), s.tell(), repr(s.getvalue()), s.truncate(), repr(s.getvalue()), s.truncate(40), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors, s.newlines)
print(repr(io.StringIO().getvalue()), repr(io.StringIO(None).read()), repr(io.StringIO(initial_value="kw").read()))

text = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    init = io.StringIO(text, newline=nl)
    written = io.StringIO(newline=nl)
    written.write(text)
    written.seek(0)
    print(repr(nl), repr(init.getvalue()), init.readlines(), init.newlines, written.readlines(), written.newlines)
    print("   lines:", [repr(line) for line in io.StringIO("x\r\ny\rz\n", newline=nl)])

w = io.StringIO(newline="")
print(w.write("one\r"), w.newlines, w.write("\ntwo"), w.newlines, repr(w.getvalue()))

for label, f in [
    ("bytes init", lambda: io.StringIO(b"x")),
    ("bad newline", lambda: io.StringIO(newline="x")),
    ("newline type", lambda: io.StringIO(newline=1)),
    ("write bytes", lambda: io.StringIO().write(b"x")),
    ("seek negative", lambda: io.StringIO().seek(-1)),
    ("seek cur", lambda: io.StringIO().seek(1, 1)),
    ("seek end", lambda: io.StringIO().seek(-1, 2)),
    ("seek whence", lambda: io.StringIO().seek(0, 3)),
    ("truncate negative", lambda: io.StringIO().truncate(-1)),
    ("read str", lambda: io.StringIO().read("x")),
    ("fileno", lambda: io.StringIO().fileno()),
    ("detach", lambda: io.StringIO().detach()),
    ("uninitialized", lambda: io.StringIO.__new__(io.StringIO).read()),
]:
    attempt(label, f)

c = io.StringIO("text")
with c:
    print(c.read(2))
print(c.closed)
for name in ["read", "readline", "getvalue", "tell", "truncate", "readable", "writable", "seekable", "__next__",
             "flush", "isatty", "readlines"]:
    attempt(name, getattr(c, name))
attempt("write", lambda: c.write("x"))
attempt("seek", lambda: c.seek(0))
attempt("newlines", lambda: c.newlines)
attempt("line_buffering", lambda: c.line_buffering)
attempt("close again", c.close)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("print into", "a subclass", file=u)
u.writelines(["x", "y\n"])
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.StringIO), Upper.__mro__[1].__name__)
