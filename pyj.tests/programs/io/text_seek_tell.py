# TextIOWrapper.tell()/seek(): opaque cookies inside multi-byte text and pending "\r", round trips, and the rules.
import io

TMP = __file__.rpartition("/")[0] + "/_io_test_text_seek_tell.tmp"


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def walk(f):
    """(tell(), next character) for every character, then checks that seek() returns to each."""
    steps = []
    while True:
        p = f.tell()
        c = f.read(1)
        if not c:
            break
        steps.append((p, c))
    for p, c in steps:
        f.seek(p)
        assert f.read(1) == c, (p, c)
    return steps


text = "héllo wörld ☃ 😀 end\n" * 3
with open(TMP, "w", encoding="utf-8") as f:
    f.write(text)
with open(TMP, encoding="utf-8") as f:
    print([p for p, c in walk(f)])
    f._CHUNK_SIZE = 4
    f.seek(0)
    print([p for p, c in walk(f)])
    f.seek(0)
    line = f.readline()
    p = f.tell()
    print(repr(line), p, repr(f.readline(5)), f.tell())
    f.seek(p)
    print(repr(f.read(4)), f.seek(0, 2), repr(f.read()), f.tell(), f.seek(0, 1), f.seek(0))
    attempt("nonzero cur", lambda: f.seek(3, 1))
    attempt("nonzero end", lambda: f.seek(-1, 2))
    attempt("bad whence", lambda: f.seek(0, 3))
    attempt("negative", lambda: f.seek(-1))
    attempt("str cookie", lambda: f.seek("x"))
    attempt("huge cookie", lambda: f.seek(1 << 200))

with open(TMP, "wb") as f:
    f.write(b"ab\r\ncd\r\ref\rg\r\n\xc3\xa9\r\n")
for nl in [None, "", "\r\n", "\r"]:
    with open(TMP, newline=nl, encoding="utf-8") as f:
        f._CHUNK_SIZE = 3
        steps = walk(f)
        print(repr(nl), steps, f.newlines)
        f.seek(0)
        print("   ", repr(f.readline()), f.newlines, f.tell(), f.newlines)

with open(TMP, "w", encoding="utf-16") as f:
    f.write("two\nlines\n")
with open(TMP, encoding="utf-16") as f:
    print([p for p, c in walk(f)], f.seek(0), repr(f.readline()), f.tell())

with open(TMP, "w") as f:
    f.write("line 1\nline 2\nline 3\n")
f = open(TMP)
for line in f:
    attempt("tell while iterating", f.tell)
    break
print(repr(f.readline()))
attempt("still disabled", f.tell)
print(list(f), f.tell())
f.seek(0)
print(next(f), f.tell() if False else "tell skipped", list(f))
print(f.tell())
f.close()

with open(TMP, "w+") as f:
    print(f.tell(), f.write("abc"), f.tell(), f.seek(1), f.write("X"), f.tell(), f.seek(0), f.read())

b = io.BytesIO("ab\ncd".encode())
t = io.TextIOWrapper(b, encoding="ascii")
print(t.tell(), t.readline(), t.tell(), t.read(), t.tell(), t.seekable())


class Pipe(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, buf):
        return 0


t = io.TextIOWrapper(io.BufferedReader(Pipe()), encoding="utf-8")
print(t.seekable(), repr(t.read()))
attempt("tell unseekable", t.tell)
attempt("seek unseekable", lambda: t.seek(0))
