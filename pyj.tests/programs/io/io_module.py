# The io and _io modules: names, the abstract classes and registration, UnsupportedOperation, Python subclasses.
import io
import _io

print(sorted(name for name in io.__all__))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.BlockingIOError is BlockingIOError)
print(io.open is open, _io.open is open, io.FileIO is _io.FileIO, io.UnsupportedOperation is _io.UnsupportedOperation)
print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
print(io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, type(io.IOBase).__name__)
print(io.RawIOBase.__mro__)
print(io.FileIO.__mro__)
print(io.TextIOWrapper.__mro__)
print(io.StringIO.__mro__, io.BytesIO.__mro__)
for cls in [io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.BytesIO,
            io.TextIOWrapper, io.StringIO]:
    print(cls.__name__, cls.__module__, [issubclass(cls, abc) for abc in [io.IOBase, io.RawIOBase, io.BufferedIOBase,
                                                                          io.TextIOBase]])
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.IOBase), isinstance(1, io.IOBase))
print(io.text_encoding(None) in ("locale", "utf-8"), io.text_encoding("latin-1"), io.text_encoding(None, 3) is not None)

try:
    io.StringIO().fileno()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
try:
    io.BytesIO().detach()
except OSError as e:
    print("caught as OSError:", e, e.errno, e.args)


class Counter(io.RawIOBase):
    """A raw stream in Python: only readinto() and readable() are needed for read() and readall()."""

    def __init__(self, n):
        self.left = n

    def readable(self):
        return True

    def readinto(self, b):
        k = min(len(b), self.left, 5)
        b[:k] = b"x" * k
        self.left -= k
        return k


c = Counter(12)
print(c.read(3), c.read(-1), c.read(), isinstance(c, io.RawIOBase), isinstance(c, io.IOBase), type(c).__mro__[1:3])
print(io.BufferedReader(Counter(7)).read(), io.TextIOWrapper(io.BufferedReader(Counter(3)), encoding="ascii").read())


class Shouter(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


s = Shouter()
print("hello", "there", file=s)
s.writelines(["a", "b"])
print(s.parts, s.encoding, s.errors, s.newlines, s.closed, s.writable(), s.readable())
with s:
    pass
print(s.closed)
for name in ["read", "readline", "detach", "fileno", "seek", "truncate", "tell"]:
    try:
        getattr(s, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    s.write("late")
    s.flush()
except ValueError as e:
    print("flush after close:", e)


class Chunks(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        n = len(self.data) if n < 0 else n
        out, self.data = self.data[:n], self.data[n:]
        return out

    def read1(self, n=-1):
        return self.read(min(n, 2))


ch = Chunks(b"abcdefgh")
buf = bytearray(3)
print(ch.readinto(buf), buf, ch.readinto1(buf), buf, ch.readline(), isinstance(ch, io.BufferedIOBase))
for name, args in [("read1", ()), ("write", (b"x",)), ("detach", ()), ("write", ())]:
    try:
        getattr(io.BufferedIOBase(), name)(*args)
    except (io.UnsupportedOperation, TypeError) as e:
        print(name, type(e).__name__, e)

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode("a\r\nb\rc\n")), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode("x")))
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"x")
except TypeError as e:
    print(e)

with io.open_code(__file__) as f:
    print(type(f).__name__, f.mode, f.readline()[:20])
try:
    io.open_code(b"x")
except TypeError as e:
    print(e)
