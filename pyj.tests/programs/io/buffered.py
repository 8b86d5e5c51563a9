# BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair: buffering, positions, Python raw streams, closing.
import io

HERE = __file__.rpartition("/")[0]
TMP = HERE + "/_io_test_buffered.tmp"


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open(TMP, "wb") as f:
    print(type(f).__name__, f.write(b"".join(b"line %d\n" % i for i in range(2000))), f.tell(), f.raw.tell())

f = open(TMP, "rb")
print(f.read(5), f.tell(), len(f.peek()), f.peek(3)[:10], f.read1(3), f.tell(), f.raw.tell())
print(f.readline(), f.readline(3), f.readline(-1), f.readline(None))
print(len(f.read1()), f.tell(), len(f.read1(100000)), f.tell(), f.read1(0))
print(f.seek(-10, 2), f.read(), f.read(), f.read(3), f.read1(), f.peek(), f.tell())
print(f.seek(100), f.seek(5, 1), f.tell(), f.read(4), f.seek(-4, 1), f.read(4))
b = bytearray(10)
print(f.readinto(b), b, f.readinto1(b), b, f.tell(), f.readinto(memoryview(b)[2:4]), b)
print(f.seek(0), len(f.read(10000)), f.tell(), len(f.read(20000)), f.tell())
f.seek(0)
print(sum(1 for _ in f), f.tell())
f.seek(0)
print(f.readlines(30), len(f.readlines()), f.readable(), f.writable(), f.seekable(), f.isatty(), f.mode, f.closed)
attempt("read -2", lambda: f.read(-2))
attempt("read str", lambda: f.read("1"))
attempt("write", lambda: f.write(b"x"))
attempt("truncate", f.truncate)
attempt("readinto bytes", lambda: f.readinto(b"x"))
attempt("seek whence", lambda: f.seek(0, 5))
attempt("seek float", lambda: f.seek(1.5))
attempt("seek before start", lambda: f.seek(-1))
f.close()
for name in ["read", "read1", "peek", "readline", "tell", "seekable", "readable", "fileno", "isatty", "flush",
             "truncate", "detach", "__next__", "readlines"]:
    attempt(name, getattr(f, name))
attempt("seek", lambda: f.seek(0))
attempt("readinto", lambda: f.readinto(bytearray(1)))
print(f.closed, f.raw.closed, f.name == TMP, f.mode, repr(f).endswith("_io_test_buffered.tmp'>"))

with open(TMP, "wb") as f:
    f.write(b"0123456789" * 3)
f = open(TMP, "r+b")
print(f.read(3), f.write(b"abc"), f.tell(), f.read(2), f.tell())
f.seek(-4, 2)
print(f.write(b"XYZW!"), f.tell())
f.seek(0)
print(f.read())
print(f.seek(5), f.write(b"__"), f.seek(0, 1), f.read1(3), f.peek(1)[:2], f.tell())
print(f.truncate(12), f.tell())
f.seek(0)
print(f.read(), f.tell(), f.truncate(), f.tell())
f.seek(0)
print(f.read())
f.seek(20)
f.write(b"end")
f.seek(0)
print(f.read())
f.seek(0)
f.read(1)
f.write(b"Q")
print(f.read1(2), f.tell(), f.read(2))
attempt("truncate negative", lambda: f.truncate(-1))
f.close()
print(open(TMP, "rb").read())

w = open(TMP, "wb")
print(w.write(b"x" * 5000), w.tell(), len(open(TMP, "rb").read()), w.write(b"y" * 5000), len(open(TMP, "rb").read()))
w.flush()
print(len(open(TMP, "rb").read()), w.seek(2), w.write(b"ZZ"), w.tell(), w.writable(), w.readable())
attempt("read", w.read)
attempt("read1", w.read1)
attempt("readline", w.readline)
attempt("readinto", lambda: w.readinto(bytearray(1)))
w.close()
print(open(TMP, "rb").read()[:6])
attempt("write after close", lambda: w.write(b"x"))
attempt("flush after close", w.flush)
attempt("detach after close", w.detach)
with open(TMP, "ab") as a:
    print(a.tell(), a.write(b"tail"), a.tell(), a.seek(0), a.write(b"T"), a.tell())
print(open(TMP, "rb").read()[-6:])

d = open(TMP, "rb")
raw = d.detach()
print(type(raw).__name__, raw.closed, d.raw, repr(d))
attempt("read detached", d.read)
attempt("name detached", lambda: d.name)
attempt("closed detached", lambda: d.closed)
attempt("detach twice", d.detach)
raw.close()


class Source(io.RawIOBase):
    """Hands out at most three bytes per readinto, like a slow pipe."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


s = Source(b"hello\nworld\nmore")
print(s.read(4), s.read(), s.read(), s.readall(), isinstance(s, io.RawIOBase), isinstance(s, io.BufferedIOBase))
br = io.BufferedReader(Source(b"hello\nworld\nmore"), 4)
print(br.read(2), br.peek(), br.read1(10), br.readline(), list(br), br.closed, repr(br)[:18])
attempt("tell on unseekable", br.tell)
attempt("seek on unseekable", lambda: br.seek(0))
sink = Sink()
bw = io.BufferedWriter(sink, 4)
bw.write(b"ab")
bw.write(b"cdef")
bw.write(b"g")
print(sink.chunks)
bw.flush()
print(sink.chunks, isinstance(bw, io.BufferedIOBase), sink.closed)
bw.close()
print(sink.closed, bw.closed)
attempt("reader over writer", lambda: io.BufferedReader(Sink()))
attempt("writer over reader", lambda: io.BufferedWriter(Source(b"")))
attempt("random over unseekable", lambda: io.BufferedRandom(Source(b"")))
attempt("zero buffer", lambda: io.BufferedReader(Source(b""), 0))
attempt("uninitialized", lambda: io.BufferedReader.__new__(io.BufferedReader).read())
attempt("no raw", lambda: io.BufferedReader())

pair = io.BufferedRWPair(Source(b"abc\ndef"), Sink())
print(pair.read(2), pair.readline(), pair.peek(1), pair.read1(1), pair.write(b"zz"), pair.readable(), pair.writable(),
      pair.closed, pair.isatty(), isinstance(pair, io.BufferedIOBase))
pair.flush()
pair.close()
print(pair.closed)

with io.BufferedReader(io.BytesIO(b"x\ny\n")) as over_bytes:
    print(over_bytes.readlines(), over_bytes.raw.closed)
print(over_bytes.closed)
