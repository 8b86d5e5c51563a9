# io.FileIO: raw reads and writes, positioning, truncate, modes, descriptors, closing, and the unsupported operations.
import io

TMP = __file__.rpartition("/")[0] + "/_io_test_fileio.tmp"


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, io.UnsupportedOperation))


w = io.FileIO(TMP, "w")
print(w.mode, w.closefd, w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed, w.name == TMP, w.fileno() > 2)
print(w.write(b"hello world\n"), w.write(bytearray(b"line two\n")), w.write(memoryview(b"end")), w.write(b""), w.tell())
attempt("read on write-only", w.read)
attempt("readall on write-only", w.readall)
attempt("readinto on write-only", lambda: w.readinto(bytearray(2)))
attempt("write str", lambda: w.write("text"))
print(w.seek(6), w.write(b"W"), w.tell(), w.seek(0, 2), w.seek(-3, 2), w.seek(2, 1), w.tell())
attempt("seek negative", lambda: w.seek(-1))
attempt("seek past start", lambda: w.seek(-100, 1))
attempt("seek whence", lambda: w.seek(0, 7))
attempt("seek float", lambda: w.seek(1.5))
attempt("seek whence str", lambda: w.seek(0, "x"))
print(w.truncate(5), w.tell(), w.truncate(), w.seek(0, 2), w.truncate(8), w.seek(0, 2))
w.close()
print(w.closed, repr(w), w.__dict__.get("__IOBase_closed"))
w.close()

r = io.FileIO(TMP)
print(r.mode, r.read(3), r.read(0), r.read(-1), r.read(), r.read(None), r.tell())
r.seek(0)
buf = bytearray(4)
print(r.readinto(buf), buf, r.readall(), r.readinto(buf), buf, r.readinto(bytearray()))
r.seek(0)
print(r.readline(), r.readlines(), list(r))
attempt("write on read-only", lambda: r.write(b"x"))
attempt("truncate on read-only", r.truncate)
attempt("read str", lambda: r.read("1"))
attempt("readinto bytes", lambda: r.readinto(b"abc"))
attempt("readinto str", lambda: r.readinto("abc"))
attempt("too many", lambda: r.read(1, 2))
attempt("keyword", lambda: r.read(size=1))
attempt("readinto none", lambda: r.readinto())
attempt("close args", lambda: r.close(1))
attempt("readall args", lambda: r.readall(1))
r.close()
for name in ["read", "readall", "tell", "truncate", "fileno", "isatty", "readable", "writable", "seekable",
             "readline", "flush", "__next__", "readlines"]:
    attempt(name, getattr(r, name))
attempt("write", lambda: r.write(b"x"))
attempt("seek", lambda: r.seek(0))
attempt("readinto", lambda: r.readinto(bytearray(1)))
attempt("writelines", lambda: r.writelines([]))
attempt("enter", r.__enter__)
attempt("iter", lambda: iter(r))

with io.FileIO(TMP, "a") as a:
    print(a.mode, a.tell(), a.write(b"++"), a.seek(0), a.write(b"!"), a.tell())
with io.FileIO(TMP, "r+") as rw:
    print(rw.mode, rw.read(4), rw.write(b"_"), rw.tell(), rw.seek(0), rw.read())
with io.FileIO(TMP, "w+") as wp:
    print(wp.mode, wp.read(), wp.write(b"abc"), wp.seek(0), wp.read())
with io.FileIO(TMP, "a+b") as ap:
    print(ap.mode, ap.read(), ap.seek(0), ap.read(1), ap.write(b"d"), ap.seek(0), ap.read())
try:
    io.FileIO(TMP, "x")
except FileExistsError as e:
    print("exclusive", e.errno, e.strerror, e.filename == TMP)
for mode in ["rt", "rw", "", "r++", "ab+x", "b+", "rb\0"]:
    attempt("mode " + repr(mode), lambda: io.FileIO(TMP, mode))
attempt("mode type", lambda: io.FileIO(TMP, 1))
attempt("closefd with name", lambda: io.FileIO(TMP, closefd=False))

f = io.FileIO(TMP, "r")
g = io.FileIO(f.fileno(), "r", closefd=False)
print(repr(g) == "<_io.FileIO name=%d mode='rb' closefd=False>" % f.fileno(), g.read(2), f.read(2), g.closefd)
g.close()
print(g.closed, f.closed, f.read())
f.close()
attempt("closed fd", lambda: io.FileIO(f.fileno() if not f.closed else 1000))


class Raw(io.FileIO):
    def read(self, size=-1):
        return super().read(size).upper()


with Raw(TMP) as raw:
    print(type(raw).__name__, raw.read(), isinstance(raw, io.RawIOBase), repr(raw).startswith("<Raw name="))
print(isinstance(raw, io.FileIO), issubclass(io.FileIO, io.RawIOBase), issubclass(io.FileIO, io.IOBase))
